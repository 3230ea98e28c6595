import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { getProjectData, readDataFiles, readRegularFile, validateProjectData } from './data-files';
import { formatIssue } from '../lib/data/validate';

describe('the real data in data/', () => {
  it('validates with no problems', () => {
    const { issues } = validateProjectData();
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('keeps the report byte for byte as shared/ has it, with its checksum recorded', () => {
    const text = readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.txt');
    expect(createHash('sha256').update(text).digest('hex')).toBe(getProjectData().metadata.sha256);
  });

  it('quotes, for every reported figure, a sentence that contains its value_text', () => {
    const { figures, source } = getProjectData();
    const reported = figures.filter((f) => f.row.kind === 'reported');
    expect(reported.length).toBeGreaterThan(30);
    for (const f of reported) {
      const sentence = source.sentenceById.get(f.sentenceId);
      expect(sentence?.text.replace(/\s+/g, ' ')).toContain(f.row.value_text);
    }
  });

  it('covers every number of the report that an economic figure is stated in', () => {
    const texts = new Set(getProjectData().figures.map((f) => f.row.value_text));
    for (const t of [
      '$2,563 million',
      '$3,351 million',
      '$5,914 million',
      '$790 million',
      '$483 million',
      '$1,061.46 million',
      '$1,682.23 million',
      '\\2,835 million',
      '\\3,150 million',
      '\\1 billion',
      '\\2.6 billion',
      '$100 million',
      '15 billion deutschemarks',
      '250 billion rubles',
      '182,000 tons',
      '35,000 tons',
      '9,000 tons',
      '11,000 tons',
      'fourth',
      '34',
      '15',
      'by 60 percent',
      '85 percent',
    ]) {
      expect(texts, t).toContain(t);
    }
  });

  it('reads the five dataset files', () => {
    expect(readDataFiles().map((f) => f.path)).toEqual([
      'data/economy.csv',
      'data/trade.csv',
      'data/fisheries.csv',
      'data/payments.csv',
      'data/assistance.csv',
    ]);
  });
});

describe('readRegularFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-regular-'));
  const file = join(dir, 'trade.csv');
  writeFileSync(file, 'id\n');
  symlinkSync('/etc/passwd', join(dir, 'link-trade.csv'));
  mkdirSync(join(dir, 'dir-trade.csv'));
  execFileSync('mkfifo', [join(dir, 'fifo-trade.csv')]);

  it('reads a regular file', () => {
    const read = readRegularFile(file);
    expect(read.ok && read.bytes.toString()).toBe('id\n');
  });

  it('refuses a symbolic link without following it, a directory, a FIFO (without blocking) and a device', () => {
    expect(readRegularFile(join(dir, 'link-trade.csv'))).toEqual({ ok: false, message: 'is a symbolic link; only regular files are read' });
    expect(readRegularFile(join(dir, 'dir-trade.csv'))).toEqual({ ok: false, message: 'is a directory; only regular files are read' });
    expect(readRegularFile(join(dir, 'fifo-trade.csv'))).toEqual({ ok: false, message: 'is a FIFO; only regular files are read' });
    expect(readRegularFile('/dev/zero')).toEqual({ ok: false, message: 'is a device; only regular files are read' });
    expect(readRegularFile(join(dir, 'none.csv'))).toEqual({ ok: false, message: 'no such file' });
  });

  it('checks the size before reading a byte', () => {
    expect(readRegularFile(file, 2)).toEqual({ ok: false, message: 'file is 0.0 MB; the limit is 0.0 MB' });
  });

  it('is what `npm run validate` uses on the command line: a link is refused with its path and a message', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'build/validate.ts', join(dir, 'link-trade.csv'), join(dir, 'fifo-trade.csv')],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${relative(process.cwd(), join(dir, 'link-trade.csv'))}:1:1: is a symbolic link; only regular files are read`,
    );
    expect(run.stderr).toContain(`${relative(process.cwd(), join(dir, 'fifo-trade.csv'))}:1:1: is a FIFO; only regular files are read`);
    expect(run.stderr).not.toContain('root:');
  }, 30_000);
});
