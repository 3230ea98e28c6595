// Reads a number as the report writes it ("$2,563 million", "\2,835 million", "16.8 percent decrease").

import type { Scale, Unit } from './vocabulary';

export interface ParsedValueText {
  /** Signed value in the row's scale: "a 16.8 percent decrease" gives -16.8. */
  value: number;
  scale: Scale;
  /** Units the text is compatible with: "34" can be a count, "fourth" only a rank. */
  compatibleUnits: readonly Unit[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const DECREASE = /\b(decrease|decreased|drop|dropped|decline|declined|fell|fall|reduction|reduced|cut)\b/i;
const INCREASE = /\b(increase|increased|grew|growth|rise|rose|raised)\b/i;

// The report writes the yen sign as a backslash (Shift-JIS 0x5C); "¥" is accepted too.
const MONEY = /^(\$|\\|¥)?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?\s+(million|billion)(?:\s+(deutschemarks|rubles|roubles|dollars|yen))?$/;
/** A currency by its sign or its name. */
const CURRENCY: Readonly<Record<string, Unit>> = {
  ...{ $: 'USD', '\\': 'JPY', '¥': 'JPY' },
  ...{ dollars: 'USD', yen: 'JPY', deutschemarks: 'DEM', rubles: 'SUR', roubles: 'SUR' },
};

function toNumber(integerPart: string, fraction: string | undefined): number {
  return Number(integerPart.replace(/,/g, '') + (fraction ?? ''));
}

/** Parses `value_text`; returns an error message when the text is not a number the validator understands. */
export function parseValueText(text: string): ParsedValueText | string {
  const t = text.trim();
  if (t === '') return 'value_text is empty';
  const ordinal = ORDINALS.indexOf(t.toLowerCase());
  if (ordinal >= 0) return { value: ordinal + 1, scale: '', compatibleUnits: ['rank'] };
  const money = MONEY.exec(t);
  if (money) {
    const [, sign, integerPart = '', fraction, scaleWord, currencyWord] = money;
    if (sign && currencyWord) return `value_text "${text}" names its currency twice`;
    const unit = CURRENCY[sign ?? currencyWord ?? ''];
    if (!unit) return `value_text "${text}" has no currency sign or currency name`;
    const scale: Scale = scaleWord === 'billion' ? 'billion' : 'million';
    return { value: toNumber(integerPart, fraction), scale, compatibleUnits: [unit] };
  }
  const percent = /(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?\s+percent\b/.exec(t);
  if (percent) {
    const magnitude = toNumber(percent[1] ?? '', percent[2]);
    const decrease = DECREASE.test(t);
    const increase = INCREASE.test(t);
    if (decrease && increase) return `value_text "${text}" says both increase and decrease`;
    const rest = t
      .replace(percent[0], '')
      .replace(DECREASE, '')
      .replace(INCREASE, '')
      .replace(/\b(by|a|an|of)\b/gi, '');
    if (/\d/.test(rest)) return `value_text "${text}" holds more than one number`;
    const value = decrease ? -magnitude : magnitude;
    return { value, scale: '', compatibleUnits: decrease || increase ? ['percent_change'] : ['percent_change', 'percent'] };
  }
  const tonnes = /^(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?\s+(tons|tonnes)$/.exec(t);
  if (tonnes) return { value: toNumber(tonnes[1] ?? '', tonnes[2]), scale: '', compatibleUnits: ['tonnes'] };
  const plain = /^(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/.exec(t);
  if (plain) return { value: toNumber(plain[1] ?? '', plain[2]), scale: '', compatibleUnits: ['count'] };
  return `value_text "${text}" is not a number the validator can read (money, percent, tons, a count or an ordinal)`;
}

/** Decimal places as written in a number cell ("1061.46" → 2, "-16.8" → 1, "483" → 0). */
export function decimalPlaces(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot < 0 ? 0 : numberText.length - dot - 1;
}
