import type { KeywordDefinition } from 'ajv';

/**
 * `requirement` (an annotation, never a check): in an envelope schema, the register entry that an
 * answer breaks when it fails at or below this subschema (e.g. `active` → retrieve.answer.active-string).
 */
export const requirementKeyword: KeywordDefinition = { keyword: 'requirement', schemaType: 'string' };
