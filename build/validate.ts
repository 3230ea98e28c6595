// `npm run validate [-- files or dirs]`: prints every problem as path:line:column: message; exit 1 if any.
// Only regular files are read (build/data-files.ts, readRegularFile): a link, a device or a FIFO named here, or found in
// a directory named here, is refused with a message.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readRegularFile, readSourceText, validateProjectData } from './data-files';
import { parseSourceDocument } from '../lib/data/sentences';
import { capIssues, formatIssue, tableForFileName, validateCsv, type ValidationIssue } from '../lib/data/validate';

function csvFilesIn(target: string): string[] {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => join(target, name));
}

function main(args: string[]): number {
  const issues: ValidationIssue[] = [];
  let files = 0;
  let rows = 0;
  if (args.length === 0) {
    const { data, issues: found } = validateProjectData();
    issues.push(...found);
    files = 5;
    rows = data?.figures.length ?? 0;
  } else {
    const source = parseSourceDocument(readSourceText());
    for (const target of args.flatMap(csvFilesIn)) {
      const path = relative(process.cwd(), target) || target;
      const refuse = (message: string): number => issues.push({ path, line: 1, column: 1, message });
      files++;
      const table = tableForFileName(target);
      if (!table) {
        refuse(
          'unknown file name: expected economy.csv, trade.csv, fisheries.csv, payments.csv, assistance.csv or figures.csv (a download prefix such as bluebook-1991-soviet-union- is allowed)',
        );
        continue;
      }
      const read = readRegularFile(target);
      if (!read.ok) {
        refuse(read.message);
        continue;
      }
      const result = validateCsv({ path, bytes: read.bytes, table, source });
      issues.push(...result.issues);
      rows += result.figures.length;
    }
  }
  for (const issue of capIssues(issues, 'validate')) console.error(formatIssue(issue));
  if (issues.length > 0) {
    console.error(`${issues.length} problem(s) in ${files} file(s)`);
    return 1;
  }
  console.log(`validated ${rows} rows in ${files} file(s): no problems`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
