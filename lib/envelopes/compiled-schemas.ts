import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020.js';
import { createContractsAjv } from '../contracts/ajv.ts';
import { cachedValidator } from '../contracts/cached-validator.ts';
import { loadAnswerSchemaIndex, loadEnvelopeSchema } from '../contracts/envelopes.ts';
import type { AnswerKind, AnswerOutcome, Format } from '../contracts/types.ts';

export interface CompiledKind {
  kind: AnswerKind;
  outcome: AnswerOutcome;
  envelope: ValidateFunction;
  shape: ValidateFunction;
}

export type CompiledSchemas = Record<Format, CompiledKind[]>;

let compiled: CompiledSchemas | undefined;

/** Every envelope and shape schema of contracts/envelopes, compiled once per process, in answers.json order. */
export function compiledSchemas(): CompiledSchemas {
  if (compiled) return compiled;
  let ajv: Ajv2020 | undefined;
  const compile = (schema: Record<string, unknown>) =>
    cachedValidator(schema, 'contracts', () => (ajv ??= createContractsAjv({ source: true })));
  const index = loadAnswerSchemaIndex();
  const kinds = Object.keys(index.kinds) as AnswerKind[];
  const forFormat = (format: Format): CompiledKind[] =>
    kinds.map((kind) => ({
      kind,
      outcome: index.kinds[kind].outcome,
      envelope: compile(loadEnvelopeSchema(kind, format)),
      shape: compile(index.kinds[kind].shape[format]),
    }));
  compiled = { json: forFormat('json'), xml: forFormat('xml') };
  return compiled;
}

/** The outcome of an answer kind (success or error), as answers.json says. */
export function outcomeOf(kind: AnswerKind): AnswerOutcome {
  return compiledSchemas().json.find((entry) => entry.kind === kind)!.outcome;
}

/** Whether an answer came as one of the error kinds (a refusal), not as a success or as no documented kind. */
export function isRefusal(kind: AnswerKind | undefined): boolean {
  return kind !== undefined && outcomeOf(kind) === 'error';
}
