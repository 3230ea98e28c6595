// One zod schema per CSV; every row type of the project is inferred from these.

import { z } from 'zod';
import { DATASET_NAMES, DATASETS, type DatasetName } from './catalog';
import { isPeriodCode, KINDS, SCALES, UNITS } from './vocabulary';

/** Column order of every dataset CSV, as written by the cleaner and the downloads. */
export const DATASET_COLUMNS = [
  'id',
  'series',
  'period',
  'value',
  'unit',
  'scale',
  'base_period',
  'kind',
  'value_text',
  'quote',
  'derivation',
  'restates',
  'note',
] as const;

/** Column order of figures.csv: every figure of every dataset. */
export const FIGURES_COLUMNS = [
  'id',
  'dataset',
  'series',
  'period',
  'value',
  'value_low',
  'value_high',
  'unit',
  'kind',
  'value_text',
  'quote',
  'sentence_id',
  'derivation',
  'note',
  'scale',
  'base_period',
  'restates',
] as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/**
 * A double round-trips at most 17 significant digits (our downloads write the intervals so); the report's numbers
 * have at most 5. More is a mistake or an attack: 400 digits read as Infinity, and 400 leading zeros as 0.
 */
const MAX_SIGNIFICANT_DIGITS = 17;
const MAX_NUMBER_CHARACTERS = 40;
const fewDigits = (s: string): boolean =>
  s.length <= MAX_SIGNIFICANT_DIGITS ||
  (s.length <= MAX_NUMBER_CHARACTERS && s.replace(/^-|\./g, '').replace(/^0+/, '').length <= MAX_SIGNIFICANT_DIGITS);
const DIGITS_MESSAGE = `has more than ${MAX_SIGNIFICANT_DIGITS} significant digits or ${MAX_NUMBER_CHARACTERS} characters`;

const PERIOD_MESSAGE = 'is not a period code (1990, 1991-S1, 1990-12, 1991-06-30 or an interval such as 1991/1994)';
const periodCode = z.string().refine(isPeriodCode, PERIOD_MESSAGE);

const figureRowSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be lower-case letters and digits joined by hyphens'),
  series: z.string().min(1, 'is empty'),
  period: periodCode,
  value: z
    .string()
    .regex(PLAIN_NUMBER, 'must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators')
    .refine(fewDigits, DIGITS_MESSAGE)
    .transform(Number),
  unit: z.enum(UNITS, `must be one of ${UNITS.join(', ')}`),
  scale: z.enum(SCALES, `must be empty, million or billion`),
  // refine rather than z.union: a union costs more than the rest of the row (validation speed is benched).
  base_period: z.string().refine((s) => s === '' || isPeriodCode(s), PERIOD_MESSAGE),
  kind: z.enum(KINDS, 'must be reported or derived'),
  value_text: z.string(),
  quote: z.string(),
  derivation: z.string(),
  restates: z.string().refine((s) => s === '' || ID_PATTERN.test(s), 'must be a row id'),
  note: z.string(),
});

/** A figure of any dataset, as validated. */
export type FigureRow = z.infer<typeof figureRowSchema>;

/** Each dataset's rows: a figure whose series is one of the dataset's. */
export const DATASET_SCHEMAS = Object.fromEntries<z.ZodType<FigureRow>>(
  DATASET_NAMES.map((d) => {
    const names = Object.keys(DATASETS[d].series) as [string, ...string[]];
    return [d, figureRowSchema.extend({ series: z.enum(names, `must be one of ${names.join(', ')}`) })];
  }),
) as Record<DatasetName, z.ZodType<FigureRow>>;

/** figures.csv: a figure of any dataset, with its dataset and the id of its sentence. */
const intervalBound = z
  .string()
  .refine((s) => s === '' || PLAIN_NUMBER.test(s), 'must be empty or a plain number')
  .refine(fewDigits, DIGITS_MESSAGE);

export const figuresCsvRowSchema = figureRowSchema.extend({
  dataset: z.enum(DATASET_NAMES, `must be one of ${DATASET_NAMES.join(', ')}`),
  sentence_id: z.string(),
  // A derived figure's interval (lib/figures/precision.ts); empty for reported figures.
  value_low: intervalBound,
  value_high: intervalBound,
});

/** The report's bibliographic metadata, data/sources/diplomatic-bluebook-1991-soviet-union.json. */
export const sourceMetadataSchema = z.strictObject({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  originalTitle: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  section: z.string(),
  language: z.string(),
  periodCovered: z.string(),
  contentsUrl: z.url(),
  /** The section's own page on the Ministry's site. */
  sectionUrl: z.url(),
  notes: z.string(),
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

/** What a column holds, once: the data package's fields, the workbook's About sheet and /data's tables read it. */
export interface ColumnInfo {
  /** Its type in a Frictionless Table Schema. */
  type: 'string' | 'number';
  title: string;
  description: string;
  /** Every row has it. */
  required?: boolean;
}

/** Every column of the data files and figures.csv. */
export const COLUMNS = {
  id: { type: 'string', title: 'Id', description: 'Stable id of the figure; its page is /figures/<id>', required: true },
  dataset: { type: 'string', title: 'Dataset', description: 'The dataset the figure belongs to', required: true },
  series: { type: 'string', title: 'Series', description: 'The series within the dataset', required: true },
  period: {
    type: 'string',
    title: 'Period',
    description: 'SDMX-style period: 1990, 1991-S1 (first half), 1990-12 (a month), 1991-06-30 (an "as of" date), or an interval 1991/1994',
    required: true,
  },
  value: {
    type: 'number',
    title: 'Value',
    description: 'The figure in its unit and scale; derived figures as computed, unrounded',
    required: true,
  },
  value_low: {
    type: 'number',
    title: 'Lowest value',
    description:
      "Derived figures: the lowest value the inputs' rounding allows (each stated input taken as ± half a unit of its last written digit); empty for reported figures",
  },
  value_high: {
    type: 'number',
    title: 'Highest value',
    description: "Derived figures: the highest value the inputs' rounding allows; empty for reported figures",
  },
  unit: {
    type: 'string',
    title: 'Unit',
    description: 'ISO 4217 currency (SUR: Soviet rouble), or tonnes, percent_change, percent, count, rank',
    required: true,
  },
  scale: { type: 'string', title: 'Scale', description: 'million or billion for currency amounts; empty otherwise' },
  base_period: { type: 'string', title: 'Base period', description: 'For a percent change: the period it is measured against' },
  kind: {
    type: 'string',
    title: 'Kind',
    description: 'reported (stated in the report) or derived (computed from reported figures)',
    required: true,
  },
  value_text: {
    type: 'string',
    title: 'Value as written',
    description: 'Reported figures: the number exactly as the report writes it (the yen sign is a backslash there)',
  },
  quote: { type: 'string', title: 'Quote', description: 'Reported figures: the sentence of the report that states it, verbatim' },
  sentence_id: { type: 'string', title: 'Sentence id', description: 'Id of that sentence: /source#<id> shows it in the report' },
  derivation: { type: 'string', title: 'Derivation', description: 'Derived figures: the formula over figure ids in braces' },
  restates: { type: 'string', title: 'Restates', description: 'The id of the figure this one states again elsewhere in the report' },
  note: { type: 'string', title: 'Note', description: 'Context and assumptions' },
} as const satisfies Record<(typeof FIGURES_COLUMNS)[number], ColumnInfo>;
