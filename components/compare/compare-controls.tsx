'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { type CompareDatasetOption } from '@/lib/figures/compare';
import { comparePath, PATHS } from '@/lib/site/routes';

// The picker that started a navigation. The new comparison remounts these controls, so without this a keyboard
// user's focus would fall back to the page and the next arrow key would do nothing.
let focusAfterNavigation: string | null = null;

/**
 * Dataset and period pickers: a change updates the URL in place, the server rendering the comparison ("router") or the browser
 * (the static export's "history"); without JavaScript the form submits the same query.
 */
export function CompareControls({
  options,
  dataset,
  a,
  b,
  navigation,
}: {
  options: CompareDatasetOption[];
  dataset: string;
  a: string;
  b: string;
  navigation: 'router' | 'history';
}): React.ReactNode {
  const router = useRouter();
  const [loading, startLoading] = useTransition();
  const [state, setState] = useState({ dataset, a, b });
  const form = useRef<HTMLFormElement>(null);
  const periods = options.find((o) => o.name === state.dataset)?.periods ?? [];
  const datasets = options.map((o) => ({ code: o.name, label: o.title }));

  const go = (next: { dataset: string; a: string; b: string }): void => {
    setState(next);
    if (!next.dataset || !next.a || !next.b) return;
    const href = comparePath(next.dataset, next.a, next.b);
    const active = document.activeElement;
    focusAfterNavigation = active instanceof HTMLSelectElement && form.current?.contains(active) ? active.name : null;
    if (navigation === 'router') startLoading(() => router.push(href, { scroll: false }));
    else window.history.pushState(null, '', href);
  };

  const onDataset = (name: string): void => {
    const ps = options.find((o) => o.name === name)?.periods.map((p) => p.code) ?? [];
    const a2 = ps.includes(state.a) ? state.a : (ps.at(-2) ?? '');
    const b2 = ps.includes(state.b) && state.b !== a2 ? state.b : (ps.at(-1) ?? '');
    go({ dataset: name, a: a2, b: b2 });
  };

  useEffect(() => {
    // React starts at the reader's first input (build/paint-first.ts), so a picker may have been changed before it
    // hydrated: the browser shows the reader's choice and React leaves it there; act on it as on a later change.
    const shown = (name: string, rendered: string): string =>
      form.current?.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? rendered;
    const picked = { dataset: shown('dataset', dataset), a: shown('a', a), b: shown('b', b) };
    if (picked.dataset !== dataset) onDataset(picked.dataset);
    else if (picked.a !== a || picked.b !== b) go(picked);
    else if (focusAfterNavigation !== null) {
      const select = form.current?.querySelector<HTMLSelectElement>(`select[name="${focusAfterNavigation}"]`);
      focusAfterNavigation = null;
      select?.focus();
    }
    // Once, at mount: later changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form
      ref={form}
      className="compare-controls"
      method="get"
      action={PATHS.compare}
      onSubmit={(e) => {
        e.preventDefault();
        go(state);
      }}
    >
      <Picker label="Dataset" name="dataset" value={state.dataset} choices={datasets} onChange={onDataset} />
      <Picker label="Period A" name="a" value={state.a} choices={periods} onChange={(a2) => go({ ...state, a: a2 })} />
      <Picker label="Period B" name="b" value={state.b} choices={periods} onChange={(b2) => go({ ...state, b: b2 })} />
      <button type="submit">Compare</button>
      <span className="compare-status muted" role="status">
        {loading ? 'Loading the comparison…' : ''}
      </span>
    </form>
  );
}

function Picker({
  label,
  name,
  value,
  choices,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  choices: Array<{ code: string; label: string }>;
  onChange: (code: string) => void;
}): React.ReactNode {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.some((c) => c.code === value) ? null : <option value={value}>Choose…</option>}
        {choices.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
