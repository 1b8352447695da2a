import { createRequire } from 'node:module';
import type Ajv2020 from 'ajv/dist/2020.js';
import { requirementKeyword } from './requirement-keyword.ts';

const require = createRequire(import.meta.url);

/** ajv's draft 2020-12 class, loaded when first asked for (a worker with cached validators never loads it). */
export function ajv2020Class(): typeof Ajv2020 {
  return (require('ajv/dist/2020.js') as { default: typeof Ajv2020 }).default;
}

/**
 * The JSON Schema engine for everything in contracts/ (draft 2020-12, strict: a misspelled keyword is an error;
 * `required` may name properties a sibling branch defines). `source`: keeps the code for the validator cache.
 */
export function createContractsAjv(options: { source?: boolean } = {}): Ajv2020 {
  const Ajv = ajv2020Class();
  return new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    ...(options.source ? { code: { source: true } } : {}),
  }).addKeyword(requirementKeyword);
}
