// `npm run validate [-- files or dirs]`: prints every problem as path:line:column: message; exit 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateProjectData, readSourceText } from '../lib/load-data';
import { parseSourceDocument } from '../lib/sentences';
import { formatIssue, tableForFileName, validateCsv, type ValidationIssue } from '../lib/validate';

function csvFilesIn(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return [target];
  if (!stat.isDirectory()) return [target];
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
      files++;
      const table = tableForFileName(target);
      if (!table) {
        issues.push({
          path,
          line: 1,
          column: 1,
          message:
            'unknown file name: expected economy.csv, trade.csv, fisheries.csv, payments.csv, assistance.csv or figures.csv (a download prefix such as bluebook-1991-soviet-union- is allowed)',
        });
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(target);
      } catch (error) {
        issues.push({ path, line: 1, column: 1, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
        continue;
      }
      const result = validateCsv({ path, bytes, table, source });
      issues.push(...result.issues);
      rows += result.figures.length;
    }
  }
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length > 0) {
    console.error(`${issues.length} problem(s) in ${files} file(s)`);
    return 1;
  }
  console.log(`validated ${rows} rows in ${files} file(s): no problems`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
