import { describe, expect, it } from 'vitest';
import { getSiteModel } from '../../build/site';
import { comparePeriods } from '../data/vocabulary';
import { figureUses } from './figure-uses';

const model = getSiteModel();
const figure = (id: string): NonNullable<ReturnType<typeof model.figureById.get>> => {
  const f = model.figureById.get(id);
  if (!f) throw new Error(id);
  return f;
};

describe('figureUses', () => {
  const uses = figureUses(figure('trade-exports-1990'), model);

  it('lists the checks, charts, derived figures and comparisons that read a figure', () => {
    expect(uses.checks.map((l) => l.href)).toContain('/checks#check-trade-total-1990');
    expect(uses.charts.map((l) => l.href)).toContain('/trade#trade-annual');
    expect(uses.derived.map((l) => l.href)).toContain('/figures/trade-exports-1989');
    expect(uses.comparisons.map((l) => l.href)).toContain('/compare?dataset=trade&a=1989&b=1990');
  });

  it('orders each comparison from the earlier period to the later', () => {
    for (const link of uses.comparisons) {
      const query = new URLSearchParams(link.href.split('?')[1]);
      expect(comparePeriods(query.get('a') ?? '', query.get('b') ?? ''), link.href).toBeLessThan(0);
      // Readers' words, never the CSV's period codes.
      expect(link.label).toMatch(/^(1989|1990|first half of 1990|first half of 1991|2 April 1991) and /);
      expect(link.label).not.toMatch(/-S\d/);
    }
  });
});
