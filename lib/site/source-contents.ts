// The report's table of contents: its headings below the section title, nested by level, each with an address of
// its own on /source.
import type { Block } from '../data/sentences';

export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** "(1) Transformation of Political Stance" → "part-transformation-of-political-stance": its numbering dropped. */
export function headingId(text: string): string {
  const words = text
    .replace(/^(\d+\.|\([0-9a-z]+\))\s*/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `part-${words}`;
}

/**
 * The headings below level 1 (the section's title, which the page's own title names), nested: a "(1)" under its
 * "1.", an "(a)" under its "(1)". Two headings with one address would make one of them unreachable, so that fails.
 */
export function sourceContents(blocks: readonly Block[]): ContentsEntry[] {
  const top: ContentsEntry[] = [];
  const open: Array<{ level: number; entry: ContentsEntry }> = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level < 2) continue;
    const entry: ContentsEntry = { id: headingId(block.text), text: block.text, children: [] };
    if (seen.has(entry.id)) throw new Error(`two headings of the report would share the address #${entry.id}`);
    seen.add(entry.id);
    while ((open.at(-1)?.level ?? 0) >= block.level) open.pop();
    (open.at(-1)?.entry.children ?? top).push(entry);
    open.push({ level: block.level, entry });
  }
  return top;
}
