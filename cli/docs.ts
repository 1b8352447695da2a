import { existsSync } from 'node:fs';
import path from 'node:path';
import { lastResults, writeReference } from '../reports/src/docs.ts';
import { defineCommand } from './command.ts';
import { EXIT, UsageError } from './exit-codes.ts';

const HELP = `Usage: sendgrid-reseller-conformance docs [--certificate file] [--out dir]

Renders the contracts into a reference (Markdown and HTML): per operation the parameter table, the
example calls and answers, the requirement IDs and the decisions on ambiguities.

Options:
  --certificate <file>   a certificate.json: adds each requirement's last result
  --out <dir>            where to write reference.md and reference.html (default reports/docs/)
  -h, --help             this text

Exit codes: 0 written; 2 usage error or a certificate that cannot be read.`;

export const docsCommand = defineCommand({
  summary: 'render the contracts into a reference (Markdown, HTML)',
  help: HELP,
  options: { certificate: { type: 'string' }, out: { type: 'string' } },
  async run(values) {
    let results;
    if (values.certificate !== undefined) {
      if (!existsSync(values.certificate)) throw new UsageError(`no certificate at ${values.certificate}`);
      try {
        results = lastResults(values.certificate);
      } catch (error) {
        throw new UsageError(`${values.certificate} is not a certificate.json: ${(error as Error).message}`);
      }
    }
    const written = writeReference(path.resolve(values.out ?? 'reports/docs'), results);
    console.log(`Reference written: ${written.join(', ')}`);
    return EXIT.ok;
  },
});
