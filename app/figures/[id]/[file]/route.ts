import { figureWork, makeCitations } from '@/lib/site/citation';
import { FIGURE_FILES, figureCsv, figureDownloadName, figureRecord, isFigureFile, type FigureFile } from '@/lib/site/downloads';
import { getSiteModel } from '@/build/site';
import { absoluteUrl, figurePath } from '@/lib/site/routes';

export const dynamic = 'force-static';
// Only each figure's listed files exist: any other id or name is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string; file: string }> {
  return getSiteModel().figures.flatMap((f) => Object.keys(FIGURE_FILES).map((file) => ({ id: f.id, file })));
}

function body(id: string, file: FigureFile): string | undefined {
  const { figureById, metadata, source, builtAt } = getSiteModel();
  const figure = figureById.get(id);
  if (!figure) return undefined;
  const url = absoluteUrl(figurePath(id));
  if (file === 'figure.csv') return figureCsv(figure);
  if (file === 'figure.json') return `${JSON.stringify(figureRecord(figure, source, url), null, 2)}\n`;
  const citations = makeCitations(metadata, figureWork(figure, url, builtAt));
  return `${file === 'citation.bib' ? citations.bibtex : file === 'citation.ris' ? citations.ris : citations.csl}\n`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }): Promise<Response> {
  const { id, file } = await params;
  const text = isFigureFile(file) ? body(id, file) : undefined;
  if (text === undefined || !isFigureFile(file)) {
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(text, {
    headers: {
      'Content-Type': FIGURE_FILES[file],
      'Content-Disposition': `attachment; filename="${figureDownloadName(id, file)}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
