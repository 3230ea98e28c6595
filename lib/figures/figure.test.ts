import { describe, expect, it } from 'vitest';
import { getSiteModel } from '../../build/site';
import { datasetFigures, figuresBySentence, markValueTexts } from './figure';

const { figures, source } = getSiteModel();

describe('figures for display', () => {
  it('carry their sentence, its headings and a formatted value', () => {
    const f = figures.find((x) => x.id === 'fisheries-cooperation-1991');
    expect(f?.display).toBe('¥2,835 million');
    expect(f?.sentenceText).toBe(source.sentenceById.get(f?.sentenceId ?? '')?.text);
    expect(f?.sourceTrail).toEqual(['3. Relation with Japan', '(4) Fishery Relations']);
  });

  it('describe derivations with the input values', () => {
    const f = figures.find((x) => x.id === 'trade-soviet-surplus-1991-s1');
    expect(f?.formulaText).toBe('$1,682.23 million \u2212 $1,061.46 million');
  });

  it('leave restatements out of dataset listings but list them under their sentence', () => {
    expect(datasetFigures(figures, 'assistance').some((f) => f.restates !== '')).toBe(false);
    const overview = figures.find((f) => f.id === 'assistance-food-medical-grant-overview');
    expect(
      figuresBySentence(figures)
        .get(overview?.sentenceId ?? '')
        ?.map((f) => f.id),
    ).toContain('assistance-food-medical-grant-overview');
  });

  it('mark the number inside its sentence', () => {
    expect(markValueTexts('grew by 11.6 percent over', ['grew by 11.6 percent'])).toEqual([
      { text: 'grew by 11.6 percent', marked: true },
      { text: ' over', marked: false },
    ]);
    expect(
      markValueTexts('a $1 and $2 b', ['$2', '$1'])
        .filter((s) => s.marked)
        .map((s) => s.text),
    ).toEqual(['$1', '$2']);
    expect(markValueTexts('nothing here', ['$5'])).toEqual([{ text: 'nothing here', marked: false }]);
  });
});
