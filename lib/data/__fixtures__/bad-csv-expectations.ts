// Expected problems for each file in lib/data/__fixtures__/bad-csv/, as line:column: message.
export const BAD_CSV_EXPECTATIONS: Readonly<Record<string, readonly string[]>> = {
  'bad-period-trade.csv': ['4:28: period: is not a period code (1990, 1991-S1, 1990-12, 1991-06-30 or an interval such as 1991/1994)'],
  'blank-line-trade.csv': ['3:1: blank line between rows'],
  'derived-missing-input-trade.csv': ['4:64: derivation: input "trade-exports-change-1991" not found in this file'],
  'derived-wrong-formula-trade.csv': ['4:33: value: 3080.53 is not what the derivation gives: 2993.584 (rounded to 2 decimals: 2993.58)'],
  'duplicate-id-trade.csv': ['5:1: id: duplicate id "trade-exports-1990" (first on line 2)'],
  'empty-file-trade.csv': [
    '1:1: file is empty; expected a header row: id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'extra-column-trade.csv': [
    '1:94: unknown column "x"; expected id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'header-only-trade.csv': ['2:1: no data rows after the header'],
  'infinity-value-trade.csv': [
    '4:33: value: must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators',
  ],
  'latin1-bytes-trade.csv': ['1:21: byte 0xE9 is not valid UTF-8 (is the file Latin-1 or Windows-1252?)'],
  'missing-column-trade.csv': [
    '1:80: missing column "note"; expected id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'nan-value-trade.csv': [
    '4:33: value: must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators',
  ],
  'non-numeric-value-trade.csv': [
    '4:33: value: must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators',
  ],
  'nul-byte-trade.csv': ['2:35: NUL byte: this is not a text file'],
  'percent-change-without-base-trade.csv': ['3:69: base_period: a percent change needs the base period it is measured against'],
  'quote-not-in-report-trade.csv': [
    '2:77: quote: quote is not a sentence of the report (it must match one sentence exactly; only whitespace may differ)',
  ],
  'quote-two-sentences-trade.csv': ['5:68: quote: quote is 2 sentences of the report; cite exactly one'],
  'renamed-column-trade.csv': [
    '1:52: unknown column "valuetext"; expected id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
    '1:88: missing column "value_text"; expected id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'reported-without-quote-trade.csv': ['2:77: quote: a reported row needs the sentence that states it'],
  'thousands-separator-trade.csv': [
    '4:33: value: must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators',
  ],
  'too-many-fields-trade.csv': ['4:129: row has 14 fields; the header has 13'],
  'unbalanced-quote-trade.csv': ['4:128: quoted field is not closed (unbalanced ")'],
  'unit-not-of-series-trade.csv': ['4:41: unit: unit "JPY" does not match series "exports", which is in USD'],
  'unknown-kind-trade.csv': ['4:54: kind: must be reported or derived'],
  'unknown-unit-trade.csv': ['4:41: unit: must be one of USD, JPY, DEM, SUR, tonnes, percent_change, percent, count, rank'],
  'utf16-trade.csv': ['1:1: file is UTF-16; save it as UTF-8'],
  'value-disagrees-trade.csv': [
    '2:33: value: value 2536 disagrees with value_text "$2,563 million", which reads 2563',
    '4:33: value: 3080.53 is not what the derivation gives: 3048.0769 (rounded to 2 decimals: 3048.08)',
  ],
  'value-text-not-in-quote-trade.csv': [
    '2:33: value: value 2563 disagrees with value_text "$2,536 million", which reads 2536',
    '2:60: value_text: value_text "$2,536 million" does not occur in the quote',
  ],
  'too-many-digits-trade.csv': ['2:33: value: has more than 17 significant digits or 40 characters'],
  'bidi-override-trade.csv': [
    '2:282: note: contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5; control and format characters are not allowed',
  ],
  'zero-width-trade.csv': ['2:282: note: contains U+200B ZERO WIDTH SPACE at character 3; control and format characters are not allowed'],
  'terminal-escape-trade.csv': ['2:282: note: contains U+001B ESCAPE at character 1; control and format characters are not allowed'],
  'too-many-columns-trade.csv': [
    '1:1: header has 53 columns; expected the 13 columns id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'unknown-column-escape-trade.csv': [
    '1:89: header: contains U+001B ESCAPE at character 5; control and format characters are not allowed',
    '1:89: missing column "note"; expected id,series,period,value,unit,scale,base_period,kind,value_text,quote,derivation,restates,note',
  ],
  'long-cell-trade.csv': ['2:282: note: cell is 5000 characters long; the limit is 4000'],
  'derived-without-input-trade.csv': ['3:58: derivation: a derived row needs at least one input, e.g. {row-a} + {row-b}'],
};
