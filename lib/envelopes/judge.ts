import type { Exchange } from '../client/exchange.ts';
import type { AnswerKind, Format } from '../contracts/types.ts';
import { compiledSchemas } from './compiled-schemas.ts';
import { readJson } from './read-json.ts';
import { readXml } from './read-xml.ts';

export interface Judgement {
  /** The answer kind whose envelope the body matches (an accepted kind first), if any. */
  kind?: AnswerKind;
  /** Everything wrong with the answer, in words. Empty: the answer is one of the accepted kinds and well formed. */
  problems: string[];
  /** Requirement IDs of the cross-cutting rules the answer broke (status, encoding, declaration). */
  broken: string[];
  /** The parsed body (JSON value or XML tree). */
  value?: unknown;
}

const SUCCESS_KINDS: ReadonlySet<AnswerKind> = new Set(['success', 'customer-list']);

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

  const schemas = compiledSchemas()[format];
  const matching = schemas.filter(([, validate]) => validate(read.value)).map(([kind]) => kind);
  const kind = matching.find((candidate) => accepted.includes(candidate)) ?? matching[0];
  if (kind === undefined) {
    note(`the body matches no documented ${format.toUpperCase()} envelope (expected ${accepted.join(' or ')})`);
  } else if (!accepted.includes(kind)) {
    note(`the answer is ${kind}, expected ${accepted.join(' or ')}`);
  }
  if (kind !== undefined && SUCCESS_KINDS.has(kind) && (exchange.status < 200 || exchange.status > 299)) {
    note(`a ${kind} answer came with HTTP ${exchange.status}; success needs a 2xx status`, 'api.status.success-2xx');
  }
  return { ...(kind !== undefined ? { kind } : {}), problems, broken, value: read.value };
}
