import { getSiteModel } from '@/build/site';
import { isDatasetName } from '@/lib/data/catalog';
import {
  CITATIONS_FILE,
  citationsJsonld,
  DATA_PACKAGE_FILE,
  dataPackage,
  datasetCsv,
  downloadFileName,
  downloadFiles,
  FIGURES_FILE,
  FIGURES_JSON_FILE,
  figuresCsv,
  figuresJson,
  REPORT_FILE,
  WORKBOOK_FILE,
  WORKBOOK_TYPE,
} from '@/lib/site/downloads';
import { collectionWork, makeCitations } from '@/lib/site/citation';
import { figuresWorkbook } from '@/lib/site/workbook';
import { absoluteUrl } from '@/lib/site/routes';

export const dynamic = 'force-static';
// Only the listed files exist: any other name, however encoded, is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ file: string }> {
  return downloadFiles().map((file) => ({ file }));
}

async function body(file: string): Promise<{ text: string | Uint8Array<ArrayBuffer>; type: string } | undefined> {
  const model = getSiteModel();
  const { figures, metadata } = model;
  const json = (value: unknown, type: string): { text: string; type: string } => ({ text: `${JSON.stringify(value, null, 2)}\n`, type });
  if (file === FIGURES_FILE) return { text: figuresCsv(figures), type: 'text/csv; charset=utf-8' };
  if (file === FIGURES_JSON_FILE) return json(figuresJson(model, absoluteUrl), 'application/json; charset=utf-8');
  if (file === CITATIONS_FILE) return json(citationsJsonld(model, absoluteUrl), 'application/ld+json; charset=utf-8');
  if (file === REPORT_FILE) return { text: model.source.text, type: 'text/plain; charset=utf-8' };
  if (file === WORKBOOK_FILE) {
    const citation = makeCitations(metadata, collectionWork(model.builtAt)).long;
    return { text: await figuresWorkbook(metadata, figures, citation, model.builtAt), type: WORKBOOK_TYPE };
  }
  if (file === DATA_PACKAGE_FILE) return json(dataPackage(metadata, figures), 'application/json; charset=utf-8');
  const name = file.replace(/\.csv$/, '');
  if (file.endsWith('.csv') && isDatasetName(name)) return { text: datasetCsv(figures, name), type: 'text/csv; charset=utf-8' };
  return undefined;
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const found = await body(file);
  if (!found) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(found.text, {
    headers: {
      'Content-Type': found.type,
      'Content-Disposition': `attachment; filename="${downloadFileName(file)}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
