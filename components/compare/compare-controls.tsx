'use client';

import { useState } from 'react';
import type { CompareDatasetOption } from '@/lib/compare';

/**
 * Dataset and period pickers. Each change updates the URL in place, without a page reload; the
 * Compare button does the same for keyboard users who prefer to confirm.
 */
export function CompareControls({
  options,
  dataset,
  a,
  b,
  onChange,
}: {
  options: CompareDatasetOption[];
  dataset: string;
  a: string;
  b: string;
  onChange: (dataset: string, a: string, b: string) => void;
}): React.ReactNode {
  const [state, setState] = useState({ dataset, a, b });
  const periods = options.find((o) => o.name === state.dataset)?.periods ?? [];

  const go = (next: { dataset: string; a: string; b: string }): void => {
    setState(next);
    if (next.dataset && next.a && next.b) onChange(next.dataset, next.a, next.b);
  };

  const onDataset = (name: string): void => {
    const ps = options.find((o) => o.name === name)?.periods.map((p) => p.code) ?? [];
    const a2 = ps.includes(state.a) ? state.a : (ps.at(-2) ?? '');
    const b2 = ps.includes(state.b) && state.b !== a2 ? state.b : (ps.at(-1) ?? '');
    go({ dataset: name, a: a2, b: b2 });
  };

  return (
    <form className="compare-controls" method="get" action="/compare" onSubmit={(e) => {
      e.preventDefault();
      go(state);
    }}>
      <label>
        Dataset
        <select name="dataset" value={state.dataset} onChange={(e) => onDataset(e.target.value)}>
          {state.dataset === '' ? <option value="">Choose…</option> : null}
          {options.map((o) => (
            <option key={o.name} value={o.name}>
              {o.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Period A
        <select name="a" value={state.a} onChange={(e) => go({ ...state, a: e.target.value })}>
          {periods.some((p) => p.code === state.a) ? null : <option value={state.a}>Choose…</option>}
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Period B
        <select name="b" value={state.b} onChange={(e) => go({ ...state, b: e.target.value })}>
          {periods.some((p) => p.code === state.b) ? null : <option value={state.b}>Choose…</option>}
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}
