// The one place that formats numbers, units and periods for reading.

import { roundTo } from '../data/formula';
import { parsePeriod } from '../data/vocabulary';

const MINUS = '\u2212';

/**
 * Decimals to show: up to two (trailing zeros dropped), or, for a number shown at the precision its interval
 * justifies (lib/figures/precision.ts), exactly `fixed` (trailing zeros kept: "−16.80 %" claims two decimals).
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(fixed: number | undefined, currency?: string): Intl.NumberFormat {
  const key = `${currency ?? ''}/${fixed ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    const digits = { maximumFractionDigits: fixed ?? 2, minimumFractionDigits: fixed ?? 0 };
    f = new Intl.NumberFormat('en-US', currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...digits } : digits);
    formats.set(key, f);
  }
  return f;
}

/** A typographic minus: "−16.8" rather than "-16.8". */
function withMinus(text: string): string {
  return text.replace(/^-/, MINUS).replace(/-(?=[\d$¥])/, MINUS);
}

export function formatNumber(value: number, fixed?: number): string {
  return withMinus(numberFormat(fixed).format(value));
}

function formatSigned(value: number, fixed: number | undefined): string {
  const body = formatNumber(Math.abs(value), fixed);
  if (value > 0) return `+${body}`;
  if (value < 0) return `${MINUS}${body}`;
  return body;
}

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/**
 * "$2,563 million", "¥2,835 million", "DEM 15 billion", "−16.8 %", "182,000 t", "4th". With `decimals` (from
 * lib/figures/precision.ts; negative rounds to tens, hundreds…) the value is rounded to that place and shown with exactly
 * that many decimals; without, with up to two.
 */
export function formatValue(value: number, unit: string, scale = '', decimals?: number): string {
  const scaleWord = scale ? ` ${scale}` : '';
  const fixed = decimals === undefined ? undefined : Math.max(decimals, 0);
  const v = decimals === undefined ? value : roundTo(value, decimals);
  switch (unit) {
    case 'USD':
    case 'JPY':
      return withMinus(numberFormat(fixed, unit).format(v)) + scaleWord;
    case 'DEM':
    case 'SUR':
      return `${unit} ${formatNumber(v, fixed)}${scaleWord}`;
    case 'percent_change':
      return `${formatSigned(v, fixed)} %`;
    case 'percent':
      return `${formatNumber(v, fixed)} %`;
    case 'percentage_points':
      return `${formatSigned(v, fixed)} pp`;
    case 'tonnes':
      return `${formatNumber(v, fixed)} t`;
    case 'rank':
      return `${v}${ORDINAL_SUFFIX[ordinalRules.select(v)] ?? 'th'}`;
    default:
      return formatNumber(v, fixed) + scaleWord;
  }
}

const UNIT_LABELS: ReadonlyMap<string, string> = new Map([
  ['percent_change', '% change'],
  ['percent', '%'],
  ['percentage_points', 'percentage points'],
  ['tonnes', 'tonnes'],
  ['count', 'number'],
  ['rank', 'rank'],
]);

/** The unit as a column header or axis label: "USD million", "% change", "tonnes". */
export function formatUnit(unit: string, scale = ''): string {
  return UNIT_LABELS.get(unit) ?? (scale ? `${unit} ${scale}` : unit);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One period code in words ("first half of 1991", "30 June 1991") or, `short`, for axes ("H1 1991", "30 Jun 1991"). */
function formatSinglePeriod(code: string, short = false): string {
  const half = /^(\d{4})-S([12])$/.exec(code);
  if (half) return short ? `H${half[2]} ${half[1]}` : `${half[2] === '1' ? 'first' : 'second'} half of ${half[1]}`;
  const [, year, month, day] = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(code) ?? [];
  if (!year) return code;
  const name = short ? MONTHS[Number(month) - 1]?.slice(0, 3) : MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "1990", "first half of 1991", "30 June 1991", "1991–1994", "August 1990 – July 1991". */
export function formatPeriod(code: string): string {
  if (!parsePeriod(code)) return code;
  const [from, to] = code.split('/');
  if (to === undefined) return formatSinglePeriod(code);
  const a = formatSinglePeriod(from ?? '');
  const b = formatSinglePeriod(to);
  return /^\d{4}$/.test(from ?? '') && /^\d{4}$/.test(to) ? `${a}\u2013${b}` : `${a} \u2013 ${b}`;
}

/** A short period label for axes and table headers: "1990", "H1 1991", "30 Jun 1991". */
export function formatPeriodShort(code: string): string {
  return code.includes('/') ? formatPeriod(code) : formatSinglePeriod(code, true);
}

/** "% change against 1989", "% change against the first half of 1990". */
export function formatBase(basePeriod: string): string {
  if (!basePeriod) return '';
  const label = formatPeriod(basePeriod);
  return /^\d/.test(label) ? `against ${label}` : `against the ${label}`;
}

/** "First half of 1991": a phrase of the formatter's made to begin a sentence or a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
