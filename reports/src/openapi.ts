import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadOperations, loadRequirements } from '../../lib/contracts/load.ts';
import { loadEnvelopeSchema } from '../../lib/contracts/envelopes.ts';
import { buildOpenApi } from './openapi-build.ts';
import { suiteIdentity } from './suite-identity.ts';
import { SUITE_ROOT } from './suite-root.ts';

export const OPENAPI_FILE = path.join(SUITE_ROOT, 'reports/openapi.json');

export function contractsOpenApi(): Record<string, unknown> {
  return buildOpenApi(loadOperations(), loadRequirements(), loadEnvelopeSchema, suiteIdentity().version);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(contractsOpenApi(), null, 2)}\n`);
  console.log(`OpenAPI written: ${OPENAPI_FILE}`);
}
