// The one place that formats numbers, units and periods for reading.

import { parsePeriod } from './vocabulary';

const MINUS = '\u2212';

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(maxDecimals: number): Intl.NumberFormat {
  let f = numberFormats.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0 });
    numberFormats.set(maxDecimals, f);
  }
  return f;
}

const currencyFormats = new Map<string, Intl.NumberFormat>();
function currencyFormat(code: string): Intl.NumberFormat {
  let f = currencyFormats.get(code);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    });
    currencyFormats.set(code, f);
  }
  return f;
}

/** A typographic minus: "−16.8" rather than "-16.8". */
function withMinus(text: string): string {
  return text.replace(/^-/, MINUS).replace(/-(?=[\d$¥])/, MINUS);
}

export function formatNumber(value: number, maxDecimals = 2): string {
  return withMinus(numberFormat(maxDecimals).format(value));
}

function formatSigned(value: number, maxDecimals = 2): string {
  const body = formatNumber(Math.abs(value), maxDecimals);
  if (value > 0) return `+${body}`;
  if (value < 0) return `${MINUS}${body}`;
  return body;
}

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** "$2,563 million", "¥2,835 million", "DEM 15 billion", "−16.8 %", "182,000 t", "4th". */
export function formatValue(value: number, unit: string, scale = ''): string {
  const scaleWord = scale ? ` ${scale}` : '';
  switch (unit) {
    case 'USD':
    case 'JPY':
      return withMinus(currencyFormat(unit).format(value)) + scaleWord;
    case 'DEM':
    case 'SUR':
      return `${unit} ${formatNumber(value)}${scaleWord}`;
    case 'percent_change':
      return `${formatSigned(value)} %`;
    case 'percent':
      return `${formatNumber(value)} %`;
    case 'percentage_points':
      return `${formatSigned(value)} pp`;
    case 'tonnes':
      return `${formatNumber(value)} t`;
    case 'rank':
      return `${value}${ORDINAL_SUFFIX[ordinalRules.select(value)] ?? 'th'}`;
    default:
      return formatNumber(value) + scaleWord;
  }
}

/** The unit as a column header or axis label: "USD million", "% change", "tonnes". */
export function formatUnit(unit: string, scale = ''): string {
  switch (unit) {
    case 'percent_change':
      return '% change';
    case 'percent':
      return '%';
    case 'percentage_points':
      return 'percentage points';
    case 'tonnes':
      return 'tonnes';
    case 'count':
      return 'number';
    case 'rank':
      return 'rank';
    default:
      return scale ? `${unit} ${scale}` : unit;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatSinglePeriod(code: string): string {
  const half = /^(\d{4})-S([12])$/.exec(code);
  if (half) return `${half[2] === '1' ? 'first' : 'second'} half of ${half[1]}`;
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(code);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d\d)$/.exec(code);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return code;
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
  const half = /^(\d{4})-S([12])$/.exec(code);
  if (half) return `H${half[2]} ${half[1]}`;
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(code);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]?.slice(0, 3)} ${day[1]}`;
  const month = /^(\d{4})-(\d\d)$/.exec(code);
  if (month) return `${MONTHS[Number(month[2]) - 1]?.slice(0, 3)} ${month[1]}`;
  return formatPeriod(code);
}

/** "% change against 1989", "% change against the first half of 1990". */
export function formatBase(basePeriod: string): string {
  if (!basePeriod) return '';
  const label = formatPeriod(basePeriod);
  return /^\d/.test(label) ? `against ${label}` : `against the ${label}`;
}
