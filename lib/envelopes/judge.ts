import type { ErrorObject } from 'ajv';
import type { Exchange } from '../client/exchange.ts';
import type { AnswerKind, Format, Operation } from '../contracts/types.ts';
import { compiledSchemas, outcomeOf, type CompiledKind } from './compiled-schemas.ts';
import { annotatedRequirement } from './envelope-requirement.ts';
import { readJson } from './read-json.ts';
import { readXml } from './read-xml.ts';

export interface Judgement {
  /** The answer kind whose envelope the body matches (an accepted kind first), if any. */
  kind?: AnswerKind;
  /** The kind the body is trying to be (answers.json shapes): equals `kind` when the envelope matches. */
  shape?: AnswerKind;
  /** Everything wrong with the answer, in words. Empty: the answer is one of the accepted kinds and well formed. */
  problems: string[];
  /** Requirement IDs of the cross-cutting rules the answer broke (status, encoding, declaration). */
  broken: string[];
  /** Where the body departs from the envelope of its shape (when it matches none): ajv's errors, for attribution. */
  envelopeErrors?: ErrorObject[];
  /** The parsed body (JSON value or XML tree). */
  value?: unknown;
}

/**
 * Every kind that counts as an answer of the outcomes asked for: a refusal may come as any error
 * kind (D24: the documents fix the error shape of no refusal beyond its examples), a success only as
 * the kinds named.
 */
export function acceptedKinds(entries: readonly CompiledKind[], accepted: readonly AnswerKind[]): Set<AnswerKind> {
  const refusal = entries.some((entry) => accepted.includes(entry.kind) && entry.outcome === 'error');
  return new Set(
    entries
      .filter((entry) => accepted.includes(entry.kind) || (refusal && entry.outcome === 'error'))
      .map((entry) => entry.kind),
  );
}

/** Whether an answer kind counts as one of `accepted` (any error kind for a refusal, D24). */
export function isAccepted(kind: AnswerKind | undefined, accepted: readonly AnswerKind[]): boolean {
  return kind !== undefined && acceptedKinds(compiledSchemas().json, accepted).has(kind);
}

/** Judges an answer against the envelope schemas and the status rules (D13). */
export function judgeAnswer(exchange: Exchange, format: Format, accepted: readonly AnswerKind[]): Judgement {
  if (exchange.error !== undefined) return { problems: [exchange.error], broken: [] };
  const problems: string[] = [];
  const broken: string[] = [];
  const note = (message: string, requirement?: string) => {
    if (!problems.includes(message)) problems.push(message);
    if (requirement && !broken.includes(requirement)) broken.push(requirement);
  };
  // A 5xx body is a failure page, not an answer: its shape says nothing about the envelopes.
  if (exchange.status >= 500) {
    note(`HTTP ${exchange.status}: a 5xx status is never a valid answer`, 'api.status.no-5xx');
    return { problems, broken };
  }

  const read = format === 'json' ? readJson(exchange.body) : readXml(exchange.body);
  for (const problem of read.problems) note(problem.message, problem.requirement);
  if (read.value === undefined) return { problems, broken };

  const entries = compiledSchemas()[format];
  const welcome = acceptedKinds(entries, accepted);
  const matching = entries.filter((entry) => entry.envelope(read.value));
  const match = matching.find((entry) => welcome.has(entry.kind)) ?? matching[0];
  const shape = match ?? entries.find((entry) => entry.shape(read.value));
  const expected = [...welcome].join(' or ');
  let envelopeErrors: ErrorObject[] | undefined;
  if (match === undefined) {
    envelopeErrors = shape ? (shape.envelope(read.value), [...(shape.envelope.errors ?? [])]) : undefined;
    const detail = envelopeErrors
      ?.slice(0, 3)
      .map((error) => `${error.instancePath || '/'} ${error.message}`)
      .join('; ');
    const resemblance = shape ? `; it looks like a broken ${shape.kind}: ${detail}` : '';
    note(`the body matches no documented ${format.toUpperCase()} envelope (expected ${expected}${resemblance})`);
  } else if (!welcome.has(match.kind)) {
    note(`the answer is ${match.kind}, expected ${expected}`);
  }
  if (match?.outcome === 'success' && (exchange.status < 200 || exchange.status > 299)) {
    note(
      `a ${match.kind} answer came with HTTP ${exchange.status}; success needs a 2xx status`,
      'api.status.success-2xx',
    );
  }
  return {
    ...(match ? { kind: match.kind } : {}),
    ...(shape ? { shape: shape.kind } : {}),
    problems,
    broken,
    ...(envelopeErrors ? { envelopeErrors } : {}),
    value: read.value,
  };
}

/**
 * The requirements an answer breaks as an answer of `operation`: the cross-cutting rules, and for a
 * body trying to be a kind whose envelope it breaks, that envelope's requirement (the schema's own
 * annotation, else the operation's envelope requirement of that outcome). Empty when nothing is known.
 */
function answerCauses(operation: Operation, format: Format, judgement: Judgement): string[] {
  const causes = [...judgement.broken];
  if (judgement.kind === undefined && judgement.shape !== undefined) {
    const envelope =
      annotatedRequirement(judgement.shape, format, judgement.envelopeErrors ?? []) ??
      operation.answers.envelopeRequirements[outcomeOf(judgement.shape)];
    if (envelope && !causes.includes(envelope)) causes.push(envelope);
  }
  return causes;
}

/**
 * What an answer that is not of the outcome expected, or whose envelope is broken, breaks: the call's
 * own requirement (`about`: the rule a refused call breaks, or the valid call's acceptance) when the
 * answer is of the other outcome, and the envelope of the kind that came when it is broken. The
 * cross-cutting rules (`judgement.broken`) are not repeated here.
 */
export function answerRequirements(
  operation: Operation,
  format: Format,
  judgement: Judgement,
  expected: { outcome: 'success' | 'error'; about: string },
): string[] {
  const came = judgement.kind ?? judgement.shape;
  const requirements = answerCauses(operation, format, judgement).filter(
    (requirement) => !judgement.broken.includes(requirement),
  );
  if (came !== undefined && outcomeOf(came) !== expected.outcome) requirements.push(expected.about);
  if (requirements.length === 0)
    requirements.push(operation.answers.envelopeRequirements[expected.outcome] ?? expected.about);
  return requirements;
}
