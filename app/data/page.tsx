import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { JsonLd } from '@/components/shared/json-ld';
import { NotebookSnippets } from '@/components/data/notebook-snippets';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { tableHeightEstimate } from '@/components/shared/table-estimate';
import { getSiteModel } from '@/build/site';
import { collectionWork, makeCitations } from '@/lib/site/citation';
import { DATASETS, DATASET_NAMES } from '@/lib/data/catalog';
import {
  CITATIONS_FILE,
  DATA_PACKAGE_FILE,
  downloadFileName,
  FIGURES_FILE,
  FIGURES_JSON_FILE,
  LICENSE_NOTE,
  REPORT_FILE,
  WORKBOOK_FILE,
} from '@/lib/site/downloads';
import { formatUnit } from '@/lib/figures/format';
import { COLUMNS, DATASET_COLUMNS } from '@/lib/data/schema';
import { absoluteUrl, dataFilePath, PATHS, topicSectionPath } from '@/lib/site/routes';

export const metadata = pageMetadata(sitePage('data'));

export default function DataPage(): React.ReactNode {
  const { figures, metadata, builtAt } = getSiteModel();
  const cite = makeCitations(metadata, collectionWork(builtAt));
  return (
    <>
      <JsonLd data={datasetJsonLd(metadata, figures, absoluteUrl)} />
      <h1>Data downloads</h1>
      <p className="lede">
        Clean CSV files of every figure, with the sentence each comes from: UTF-8, comma-separated (RFC 4180), one header row,{' '}
        <code>.</code> as the decimal point and no thousands separators. Text that a spreadsheet could run as a formula is prefixed with an
        apostrophe. Every file is described by a <a href={dataFilePath(DATA_PACKAGE_FILE)}>Frictionless Data Package</a>.
      </p>
      <p>
        <a className="download" href={dataFilePath(FIGURES_FILE)} download={downloadFileName(FIGURES_FILE)}>
          Download all {figures.length} figures (figures.csv)
        </a>{' '}
        · <FileLink file={DATA_PACKAGE_FILE} /> · <a href={PATHS.figures}>Every figure, each with a page to cite</a>
      </p>

      <h2 id="notebook">In a notebook</h2>
      <p>
        Each file loads from its address as it is; the code below reads figures.csv, and any dataset&rsquo;s file reads the same way (each
        topic page gives its own).
      </p>
      <NotebookSnippets file={FIGURES_FILE} url={absoluteUrl(dataFilePath(FIGURES_FILE))} level={3} />

      <h2>Provenance a machine can read</h2>
      <ul>
        <li>
          <FileLink file={FIGURES_JSON_FILE} />: every figure with the fields of figures.csv (empty cells as <code>null</code>), a derived
          figure&rsquo;s interval, the URL of its page, and its sentence&rsquo;s place in the report text (<code>start</code> and{' '}
          <code>end</code> in Unicode code points, end exclusive).
        </li>
        <li>
          <FileLink file={CITATIONS_FILE} />: one <a href="https://www.w3.org/TR/annotation-model/">W3C Web Annotation</a> per reported
          figure, tying the figure&rsquo;s page and its row of figures.csv (<code>#row=</code>, RFC 7111) to its sentence in the report text
          by a <code>TextQuoteSelector</code> (exact, prefix, suffix) and a <code>TextPositionSelector</code> counted in code points.
        </li>
        <li>
          <FileLink file={WORKBOOK_FILE} />: a workbook for spreadsheets, with an About sheet (source, citation, licence, what each column
          means), every figure, and a sheet per dataset. Ids, periods and codes are text, never turned into dates; values are numbers; there
          are no formulas.
        </li>
        <li>
          <FileLink file={REPORT_FILE} />: the report text those offsets count in, byte for byte (SHA-256 <code>{metadata.sha256}</code>).
        </li>
      </ul>

      <h2>Datasets</h2>
      {DATASET_NAMES.map((name) => {
        const d = DATASETS[name];
        const rows = figures.filter((f) => f.dataset === name);
        return (
          <section key={name} aria-labelledby={`ds-${name}`} className="dataset">
            <h3 id={`ds-${name}`}>{d.title}</h3>
            <p>{d.description}</p>
            <p>
              {rows.length} rows: {rows.filter((f) => f.kind === 'reported').length} reported,{' '}
              {rows.filter((f) => f.kind === 'derived').length} derived.{' '}
              <a className="download" href={dataFilePath(`${name}.csv`)} download={downloadFileName(`${name}.csv`)} data-dataset={name}>
                Download {name}.csv
              </a>{' '}
              · <a href={topicSectionPath(name)}>Charts and tables</a>
            </p>
            <KeyTable
              caption={`Series in ${name}.csv and their units`}
              heads={['series', 'What it is', 'Unit']}
              rows={Object.entries(d.series).map(([key, s]) => [key, s.description, formatUnit(s.unit, s.scale)])}
            />
          </section>
        );
      })}

      <h2>Columns</h2>
      <p>
        Each dataset file has these columns, in this order: <code>{DATASET_COLUMNS.join(',')}</code>. <code>figures.csv</code> adds{' '}
        <code>dataset</code> and <code>sentence_id</code>.
      </p>
      <KeyTable
        caption="Columns of the dataset files"
        heads={['Column', 'Type', 'Meaning']}
        rows={DATASET_COLUMNS.map((c) => [c, COLUMNS[c].type, COLUMNS[c].description])}
      />

      <h2 id="licence">Source and licence</h2>
      <p>
        {metadata.publisher}, <cite>{metadata.title}</cite>, {metadata.section} (
        <a href={metadata.contentsUrl} rel="external">
          contents page
        </a>
        ). {LICENSE_NOTE}
      </p>

      <h2 id="cite">How to cite</h2>
      <dl className="citations">
        <dt>Short</dt>
        <dd>
          <p>{cite.short}</p>
        </dd>
        <dt>Full</dt>
        <dd>
          <p>{cite.long}</p>
        </dd>
        <dt>BibTeX</dt>
        <dd>
          <pre tabIndex={0} role="region" aria-label="BibTeX entry">
            <code>{cite.bibtex}</code>
          </pre>
        </dd>
      </dl>
    </>
  );
}

/** A table of names, as code, with two columns about each, in its sideways scroller. */
function KeyTable({ caption, heads, rows }: { caption: string; heads: string[]; rows: Array<[string, string, string]> }): React.ReactNode {
  return (
    <div className="table-scroll" style={tableHeightEstimate(rows.length + 1)}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, a, b]) => (
            <tr key={key}>
              <th scope="row">
                <code>{key}</code>
              </th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FileLink({ file }: { file: string }): React.ReactNode {
  return (
    <a href={dataFilePath(file)} download={downloadFileName(file)}>
      {file}
    </a>
  );
}
