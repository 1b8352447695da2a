import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contractsOpenApi } from '../reports/src/openapi.ts';
import { defineCommand } from './command.ts';
import { EXIT } from './exit-codes.ts';

const HELP = `Usage: sendgrid-reseller-conformance openapi [--out file]

Writes an OpenAPI 3.1 export of the contracts; what OpenAPI cannot express is said inside it.

Options:
  --out <file>   where to write it (default reports/openapi.json)
  -h, --help     this text

Exit codes: 0 written; 2 usage error.`;

export const openapiCommand = defineCommand({
  summary: 'write an OpenAPI 3.1 export of the contracts',
  help: HELP,
  options: { out: { type: 'string' } },
  async run(values) {
    const file = path.resolve(values.out ?? 'reports/openapi.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(contractsOpenApi(), null, 2)}\n`);
    console.log(`OpenAPI written: ${file}`);
    return EXIT.ok;
  },
});
