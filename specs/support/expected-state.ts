import type { Format, Operation, Parameter } from '../../lib/contracts/types.ts';
import { listedValueAgrees, mismatchCause } from '../../lib/model/listed-value.ts';
import type { Listed } from './listing.ts';

/** A username the call is about, and what retrieve showed for it. */
export type Snapshot = Map<string, Listed | undefined>;

/**
 * One way retrieve disagrees with the answer;
 * `cause`: a cross-cutting rule that explains it (the listed bytes' encoding).
 */
export interface Disagreement {
  text: string;
  cause?: string;
}

/** Differences between what retrieve shows and what the answer implies; empty when they agree. */
export function stateDisagreements(
  operation: Operation,
  format: Format,
  params: Array<[string, string]>,
  succeeded: boolean,
  before: Snapshot,
  after: Snapshot,
): Disagreement[] {
  const fieldsDiffer = (actual: Listed, expected: Listed, username: string) =>
    differences(actual, expected, username, format);
  const compareEntry = (
    username: string,
    expected: Listed | undefined,
    actual: Listed | undefined,
    ignored: Set<string>,
  ) => entryDifferences(username, expected, actual, ignored, fieldsDiffer);
  const unchanged = (ignored: Set<string>) =>
    [...before.keys()].flatMap((username) =>
      compareEntry(username, before.get(username), after.get(username), ignored),
    );
  if (!succeeded) return unchanged(new Set());
  const effect = operation.effect;
  const valueOf = (parameter: Parameter) => params.find(([name]) => name === parameter.name)?.[1];
  const subject = operation.parameters.find((parameter) => parameter.role === 'subject');
  const subjectName = subject ? valueOf(subject) : undefined;
  const problems: Disagreement[] = [];
  switch (effect.kind) {
    case 'creates': {
      const name = operation.parameters.find(
        (parameter) => parameter.role === 'value' && parameter.valueType === 'username',
      );
      const username = name && valueOf(name);
      const entry = username ? after.get(username) : undefined;
      if (!username || !entry) return [{ text: `the created customer ${username} is not listed` }];
      problems.push(...fieldsDiffer(entry, { ...listedValues(operation, params), ...effect.listed }, username));
      return problems;
    }
    case 'deletes':
      return subjectName && after.get(subjectName)
        ? [{ text: `${subjectName} is still listed after its deletion` }]
        : [];
    case 'sets': {
      if (!subjectName) return [];
      const expected = before.get(subjectName) && { ...before.get(subjectName) };
      if (expected && effect.observable) expected[effect.field] = effect.value;
      return compareEntry(
        subjectName,
        expected,
        after.get(subjectName),
        effect.observable ? new Set() : new Set([effect.field]),
      );
    }
    case 'updates': {
      if (!subjectName) return [];
      const expected = before.get(subjectName) && {
        ...before.get(subjectName),
        ...listedValues(operation, params, effect.fromParameters),
      };
      return compareEntry(subjectName, expected, after.get(subjectName), new Set());
    }
    case 'renames': {
      const renamed = operation.parameters.find((parameter) => parameter.name === effect.parameter);
      const newName = renamed && valueOf(renamed);
      if (!subjectName || !newName) return [];
      if (after.get(subjectName))
        problems.push({ text: `the old username ${subjectName} is still listed after the rename` });
      const expected = before.get(subjectName) && { ...before.get(subjectName), username: newName };
      problems.push(...compareEntry(newName, expected, after.get(newName), new Set()));
      return problems;
    }
    default:
      return unchanged(new Set());
  }
}

/** The listed field of each sent parameter that shows up in the list (limited to `only` when given). */
function listedValues(operation: Operation, params: Array<[string, string]>, only?: string[]): Listed {
  const values: Listed = {};
  for (const parameter of operation.parameters) {
    if (!parameter.listedAs || (only && !only.includes(parameter.name))) continue;
    const sent = params.find(([name]) => name === parameter.name);
    if (sent) values[parameter.listedAs] = sent[1];
  }
  return values;
}

type FieldsDiffer = (actual: Listed, expected: Listed, username: string) => Disagreement[];

function entryDifferences(
  username: string,
  expected: Listed | undefined,
  actual: Listed | undefined,
  ignored: Set<string>,
  fieldsDiffer: FieldsDiffer,
): Disagreement[] {
  if (!expected) return actual ? [{ text: `${username} is listed, and was not before` }] : [];
  if (!actual) return [{ text: `${username} is no longer listed` }];
  return fieldsDiffer(
    actual,
    Object.fromEntries(Object.entries(expected).filter(([field]) => !ignored.has(field) && field in actual)),
    username,
  );
}

function differences(actual: Listed, expected: Listed, username: string, format: Format): Disagreement[] {
  return Object.entries(expected)
    .filter(([field, value]) => !listedValueAgrees(field, value, actual[field]))
    .map(([field, value]) => {
      const cause = mismatchCause(value, actual[field], format);
      return {
        text: `${username}: ${field} is ${JSON.stringify(actual[field])}, expected ${JSON.stringify(value)}`,
        ...(cause ? { cause } : {}),
      };
    });
}
