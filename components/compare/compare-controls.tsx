'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { CompareDatasetOption } from '@/lib/compare';
import { compareHref } from '@/lib/compare';

/**
 * Dataset and period pickers. A plain GET form, so it works without script; with script each
 * change replaces the URL in place, without a page reload.
 */
export function CompareControls({
  options,
  dataset,
  a,
  b,
}: {
  options: CompareDatasetOption[];
  dataset: string;
  a: string;
  b: string;
}): React.ReactNode {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState({ dataset, a, b });
  const periods = options.find((o) => o.name === state.dataset)?.periods ?? [];

  const go = (next: { dataset: string; a: string; b: string }): void => {
    setState(next);
    if (next.dataset && next.a && next.b) startTransition(() => router.replace(compareHref(next.dataset, next.a, next.b), { scroll: false }));
  };

  const onDataset = (name: string): void => {
    const ps = options.find((o) => o.name === name)?.periods.map((p) => p.code) ?? [];
    const a2 = ps.includes(state.a) ? state.a : (ps.at(-2) ?? '');
    const b2 = ps.includes(state.b) && state.b !== a2 ? state.b : (ps.at(-1) ?? '');
    go({ dataset: name, a: a2, b: b2 });
  };

  return (
    <form className="compare-controls" method="get" action="/compare" aria-busy={pending} onSubmit={(e) => {
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
      <span className="compare-status" role="status" aria-live="polite">
        {pending ? 'Updating…' : ''}
      </span>
    </form>
  );
}
