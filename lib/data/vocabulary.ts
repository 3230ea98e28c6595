// The allowed units, scales and period codes of the data files.

export const UNITS = ['USD', 'JPY', 'DEM', 'SUR', 'tonnes', 'percent_change', 'percent', 'count', 'rank'] as const;
export type Unit = (typeof UNITS)[number];

export const CURRENCY_UNITS: ReadonlySet<string> = new Set(['USD', 'JPY', 'DEM', 'SUR']);

/** Units of rates: compared in percentage points, never as a percentage of a percentage. */
export const RATE_UNITS: ReadonlySet<string> = new Set(['percent_change', 'percent']);

export const SCALES = ['', 'million', 'billion'] as const;
export type Scale = (typeof SCALES)[number];

export const KINDS = ['reported', 'derived'] as const;

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const SINGLE_PERIOD = new RegExp(`^${YEAR}(?:-S([12])|-(\\d\\d)(?:-(\\d\\d))?)?$`);

type PeriodPrecision = 'year' | 'half' | 'month' | 'day';

export interface PeriodInfo {
  code: string;
  precision: PeriodPrecision;
  /** First and last day covered, as ISO dates; they order and compare periods. */
  startDate: string;
  endDate: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function parseSinglePeriod(code: string): PeriodInfo | undefined {
  const m = SINGLE_PERIOD.exec(code);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const half = Number(m[2]);
    return {
      code,
      precision: 'half',
      startDate: `${year}-${half === 1 ? '01-01' : '07-01'}`,
      endDate: `${year}-${half === 1 ? '06-30' : '12-31'}`,
    };
  }
  if (m[3]) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return undefined;
    const last = daysInMonth(year, month);
    if (m[4]) {
      const day = Number(m[4]);
      if (day < 1 || day > last) return undefined;
      return { code, precision: 'day', startDate: code, endDate: code };
    }
    return { code, precision: 'month', startDate: `${year}-${pad2(month)}-01`, endDate: `${year}-${pad2(month)}-${pad2(last)}` };
  }
  return { code, precision: 'year', startDate: `${year}-01-01`, endDate: `${year}-12-31` };
}

/**
 * SDMX-style period codes: `1990`, `1991-S1` (a half year), `1990-12` (a month), `1991-06-30` (a day,
 * for an "as of" stock), or an ISO 8601 interval of two of them, `1991/1994`.
 */
export function parsePeriod(code: string): PeriodInfo | undefined {
  const parts = code.split('/');
  if (parts.length === 1) return parseSinglePeriod(code);
  if (parts.length !== 2) return undefined;
  const from = parseSinglePeriod(parts[0] ?? '');
  const to = parseSinglePeriod(parts[1] ?? '');
  if (!from || !to || from.startDate > to.endDate) return undefined;
  return { code, precision: from.precision, startDate: from.startDate, endDate: to.endDate };
}

/** Whether `code` is a period code that parsePeriod reads. */
export function isPeriodCode(code: string): boolean {
  return parsePeriod(code) !== undefined;
}

/** Code-unit order: period codes and ISO dates are ASCII, and localeCompare (ICU collation) made sorting slow in the browser. */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders period codes by start date, then by end date. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return compareAscii(a, b);
  return compareAscii(pa.startDate, pb.startDate) || compareAscii(pa.endDate, pb.endDate);
}
