import { describe, expect, it } from 'vitest';
import type { Block } from '../data/sentences';
import { getSiteModel } from '../../build/site';
import { headingId, sourceContents } from './source-contents';

const heading = (level: number, text: string): Block => ({ kind: 'heading', level, text, start: 0, end: 0, sentences: [] });

describe('sourceContents', () => {
  it('nests the report’s headings by level, below its title', () => {
    const contents = sourceContents(getSiteModel().source.blocks);
    expect(contents.map((e) => e.text)).toEqual(['1. Domestic Affairs', '2. Foreign Affairs', '3. Relation with Japan']);
    const economy = contents[0]?.children.find((e) => e.text === '(5) Economy');
    expect(economy?.id).toBe('part-economy');
    expect(economy?.children.map((e) => e.text)).toEqual([
      '(a) Economic Performance',
      '(b) Trends in Economic Reforms',
      '(c) The London Summit and Assistance to the Soviet Union',
    ]);
  });

  it('gives each heading an address from its words, never one another has', () => {
    expect(headingId("(4) Coup d'etat and Its Failure")).toBe('part-coup-d-etat-and-its-failure');
    expect(() => sourceContents([heading(2, '1. Overview'), heading(3, '(1) Overview')])).toThrow('#part-overview');
  });

  it('puts a heading after a deeper one back at its own level', () => {
    const contents = sourceContents([heading(2, '1. A'), heading(3, '(1) B'), heading(4, '(a) C'), heading(2, '2. D')]);
    expect(contents.map((e) => e.text)).toEqual(['1. A', '2. D']);
    expect(contents[0]?.children[0]?.children[0]?.text).toBe('(a) C');
  });
});
