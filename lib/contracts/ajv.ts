import Ajv2020 from 'ajv/dist/2020.js';
import { requirementKeyword } from './requirement-keyword.ts';

/** The JSON Schema engine for everything in contracts/ (draft 2020-12, strict: a misspelled keyword is an error; `required` may name properties a sibling branch defines). */
export function createContractsAjv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).addKeyword(requirementKeyword);
}
