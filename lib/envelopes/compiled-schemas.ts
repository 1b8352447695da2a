import type { ValidateFunction } from 'ajv';
import { createContractsAjv } from '../contracts/ajv.ts';
import { loadAnswerSchemaIndex, loadEnvelopeSchema } from '../contracts/envelopes.ts';
import type { AnswerKind, Format } from '../contracts/types.ts';

export type CompiledSchemas = Record<Format, Array<[AnswerKind, ValidateFunction]>>;

let compiled: CompiledSchemas | undefined;

/** Every envelope schema of contracts/envelopes, compiled once per process, in answers.json order. */
export function compiledSchemas(): CompiledSchemas {
  if (compiled) return compiled;
  const ajv = createContractsAjv();
  const kinds = Object.keys(loadAnswerSchemaIndex().kinds) as AnswerKind[];
  const forFormat = (format: Format): Array<[AnswerKind, ValidateFunction]> => kinds.map((kind) => [kind, ajv.compile(loadEnvelopeSchema(kind, format))]);
  compiled = { json: forFormat('json'), xml: forFormat('xml') };
  return compiled;
}
