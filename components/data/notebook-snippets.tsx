import { notebookSnippets } from '@/lib/site/notebook-snippets';
import { CopyButton } from '../citation/copy-button';

/** Code that loads one cleaned CSV in a notebook, in three languages, each selectable and copyable. */
export function NotebookSnippets({ file, url, level }: { file: string; url: string; level: 3 | 4 }): React.ReactNode {
  const Heading = level === 3 ? 'h3' : 'h4';
  const id = `notebook-${file.replace(/\W+/g, '-')}`;
  return (
    <details className="notebook-snippets" id={id}>
      <summary>Load {file} in a notebook</summary>
      <p>
        From its address, in pandas, R or JavaScript, with <code>period</code> and <code>base_period</code> kept as text (read as numbers,
        &ldquo;1990&rdquo; would no longer sort with &ldquo;1991-S1&rdquo;).
      </p>
      {notebookSnippets(url).map((s) => (
        <section key={s.key} aria-labelledby={`${id}-${s.key}`}>
          <Heading id={`${id}-${s.key}`}>{s.language}</Heading>
          <pre id={`${id}-${s.key}-code`} tabIndex={0} role="region" aria-labelledby={`${id}-${s.key}`} data-snippet={s.key}>
            <code>{s.code}</code>
          </pre>
          <CopyButton from={`${id}-${s.key}-code`} label={`${s.language} code`} />
        </section>
      ))}
    </details>
  );
}
