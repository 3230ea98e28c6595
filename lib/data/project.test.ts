import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportHash, REPORT_SHA256, validateProject } from './project';
import { formatIssue } from './validate';

const REPORT = readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.txt');
const METADATA = readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.json', 'utf8');

describe('the pinned report', () => {
  it('is the report as data/ holds it', () => {
    expect(checkReportHash(readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.txt'))).toBeUndefined();
  });

  it('refuses a copy changed by one byte, naming both hashes', () => {
    const text = readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.txt');
    const changed = Buffer.from(text);
    changed[100] = (changed[100] ?? 0) ^ 1;
    const issue = checkReportHash(changed);
    expect(issue && formatIssue(issue)).toMatch(
      new RegExp(
        `^data/sources/diplomatic-bluebook-1991-soviet-union\\.txt:1:1: the report's SHA-256 is [0-9a-f]{64}, not the pinned ${REPORT_SHA256} \\(lib/data/project\\.ts\\): its text is never edited$`,
      ),
    );
  });
});

describe("the report's metadata", () => {
  const problems = (metadata: string): string[] => validateProject({ report: REPORT, metadata, files: [] }).issues.map(formatIssue);

  it('is read with the report', () => {
    const { data, issues } = validateProject({ report: REPORT, metadata: METADATA, files: [] });
    expect(issues).toEqual([]);
    expect(data?.metadata.sectionUrl).toBe('https://www.mofa.go.jp/policy/other/bluebook/1991/1991-4-4.htm');
  });

  it('must be JSON with every field, and name the pinned hash', () => {
    const path = 'data/sources/diplomatic-bluebook-1991-soviet-union.json:1:1: ';
    expect(problems('{')).toEqual([`${path}is not JSON`]);
    const withoutSection = JSON.parse(METADATA) as Record<string, unknown>;
    delete withoutSection.sectionUrl;
    expect(problems(JSON.stringify(withoutSection))[0]).toMatch(new RegExp(`^${path}sectionUrl: `));
    expect(problems(JSON.stringify({ ...JSON.parse(METADATA), sha256: '0'.repeat(64) }))).toEqual([
      `${path}sha256: ${'0'.repeat(40)}… is not the pinned ${REPORT_SHA256} (lib/data/project.ts)`,
    ]);
  });
});
