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
      <PeriodSelect label="Period A" name="a" value={state.a} periods={periods} onChange={(a2) => go({ ...state, a: a2 })} />
      <PeriodSelect label="Period B" name="b" value={state.b} periods={periods} onChange={(b2) => go({ ...state, b: b2 })} />
      <button type="submit">Compare</button>
    </form>
  );
}

function PeriodSelect({
  label,
  name,
  value,
  periods,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  periods: Array<{ code: string; label: string }>;
  onChange: (code: string) => void;
}): React.ReactNode {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {periods.some((p) => p.code === value) ? null : <option value={value}>Choose…</option>}
        {periods.map((p) => (
          <option key={p.code} value={p.code}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
