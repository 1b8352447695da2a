import type { ErrorObject } from 'ajv';
import { loadEnvelopeSchema } from '../contracts/envelopes.ts';
import type { AnswerKind, Format } from '../contracts/types.ts';

/**
 * The requirement an envelope error breaks, from the `requirement` annotations on the path to the
 * failing subschema (the deepest wins); undefined when no annotation lies on the path.
 */
export function annotatedRequirement(
  kind: AnswerKind,
  format: Format,
  errors: readonly ErrorObject[],
): string | undefined {
  const schema = loadEnvelopeSchema(kind, format);
  const found = errors.map((error) => deepestAnnotation(schema, error.schemaPath)).filter((hit) => hit !== undefined);
  found.sort((a, b) => b.depth - a.depth);
  return found[0]?.requirement;
}

function deepestAnnotation(schema: unknown, schemaPath: string): { requirement: string; depth: number } | undefined {
  const segments = schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = schema;
  let hit: { requirement: string; depth: number } | undefined;
  for (let depth = 0; node !== null && typeof node === 'object'; depth++) {
    const requirement = (node as { requirement?: unknown }).requirement;
    if (typeof requirement === 'string') hit = { requirement, depth };
    if (depth === segments.length) break;
    node = (node as Record<string, unknown>)[segments[depth]!];
  }
  return hit;
}
