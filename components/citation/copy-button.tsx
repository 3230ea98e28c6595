import { COPY_FROM_ATTRIBUTE, COPY_LABEL_ATTRIBUTE } from '../layout/inline-behaviours';

/** Copies the text of the element `from` names (the page's inline script); the text itself is selectable without script. */
export function CopyButton({ from, label }: { from: string; label: string }): React.ReactNode {
  return (
    <>
      <button type="button" className="secondary" {...{ [COPY_FROM_ATTRIBUTE]: from, [COPY_LABEL_ATTRIBUTE]: label }}>
        Copy {label}
      </button>
      <span className="copy-status" role="status" />
    </>
  );
}
