import { contractFormats } from '../../lib/contracts/formats.ts';
import { loadOperation } from '../../lib/contracts/load.ts';
import { groupParameters, subjectValue } from '../../lib/contracts/parameter-values.ts';
import type { OperationId } from '../../lib/contracts/types.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import { describeMismatch, type ListingMismatch } from '../../lib/model/listing-mismatch.ts';
import { stateRequirement } from '../../lib/model/listing-verdict.ts';
import { Verdict } from '../../lib/reporting/verdict.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import type { Answer } from '../transitions/support/answer.ts';
import type { Scenario } from '../transitions/support/scenario.ts';
import { described } from '../transitions/support/transition.ts';

// Two calls that claim one username, sent at once (the worker's pool has several connections, so
// they travel side by side). A correct target may order them either way: exactly one succeeds, the
// other is refused as for a taken name, and the list shows one customer with that name. Whatever a
// wrong target creates twice is on the run's ledger (every name is written before its call leaves)
// and is deleted by the fixture and the teardown sweep.

const CREATES = 'create.username.not-taken-concurrent';
const RENAMES = 'update_username.username.not-taken-concurrent';

interface Claim {
  operationId: OperationId;
  pairs: Array<[string, string]>;
}

/** A create of `username` with its own values (another email, password and texts than any other claim). */
function createClaim(s: Scenario, username: string): Claim {
  return {
    operationId: 'create',
    pairs: s.createPairs(username),
  };
}

function renameClaim(from: string, to: string): Claim {
  return {
    operationId: 'update_username',
    pairs: [...subjectPairs(loadOperation('update_username'), from), ['username', to]],
  };
}

/**
 * Sends both claims at once; records a failure unless exactly one succeeded and the other was
 * refused; applies the winner to the model; then the list must hold `username` once and match the model.
 */
async function race(
  s: Scenario,
  username: string,
  claims: [Claim, Claim],
  requirements: string[],
  documented: string,
): Promise<void> {
  const accepted = claims.map(({ operationId }) => {
    const { answers } = loadOperation(operationId);
    return [answers.success, ...answers.refusal];
  });
  const answers = await Promise.all(
    claims.map(({ operationId, pairs }, index) => s.call(operationId, pairs, accepted[index]!)),
  );
  const fail = (answer: Answer, received: string) =>
    requirements.forEach((requirement) => s.findings.fail(requirement, documented, answer, received));
  answers.forEach((answer, index) =>
    s.findings.expectKind(
      answer,
      accepted[index]!,
      requirements[0]!,
      `${answer.operation} racing for a username answers success or its refusal`,
    ),
  );
  const winners = answers.flatMap((answer, index) => (answer.kind === accepted[index]![0] ? [index] : []));
  if (winners.length === 0 && answers.every((answer) => answer.kind !== undefined)) {
    // Both refused: a race only when the first call alone succeeds; refused alone too, it is a valid call
    // refused (recorded by `succeed`), and the race is blocked by it.
    const [first] = claims;
    const failures = s.findings.failures.length;
    const alone =
      first.operationId === 'create' ? await s.created(first.pairs) : await s.succeed(first.operationId, first.pairs);
    if (!alone) {
      const causes = [...new Set(s.findings.failures.slice(failures).flatMap(({ requirement }) => requirement ?? []))];
      for (const requirement of requirements) s.findings.block(requirement, causes, documented, answers[0]!);
      return;
    }
    for (const answer of answers) fail(answer, `both calls were refused when sent at once: ${answer.received}`);
  } else if (winners.length !== 1)
    for (const answer of answers) fail(answer, `${winners.length} of the two calls succeeded: ${answer.received}`);
  const listing = await s.list();
  if (!listing) return;
  if (winners.length === 1) {
    const winner = claims[winners[0]!]!;
    const operation = loadOperation(winner.operationId);
    s.model.apply(operation, winner.pairs);
    const won = { operation, pairs: winner.pairs, credentials: 'valid', succeeded: true } as const;
    const mismatches = compareListing(s.model.customers, listing.customers, (name) => s.judged(name), s.format);
    // The winner's values, nothing of the loser, and the name held once. What the winning call did wrong on its own
    // (a field listed as no claim sent it, the name it won not listed, the name it renamed away still listed) is
    // judged as any call's listing is (stateRequirement); a difference the encoding explains blames that rule.
    const renamedAway = subjectValue(operation, groupParameters(winner.pairs));
    const winnersOwn = (mismatch: ListingMismatch) => {
      switch (mismatch.problem) {
        case 'field differs':
          return !claims.some(({ pairs }) => pairs.some(([, value]) => value === mismatch.listed));
        case 'not listed':
          return mismatch.username === username;
        case 'listed but not expected':
          return mismatch.username === renamedAway;
        default:
          return false;
      }
    };
    const raceDocumented = Object.fromEntries(requirements.map((requirement) => [requirement, documented]));
    for (const mismatch of mismatches) {
      const verdict = new Verdict();
      for (const requirement of winnersOwn(mismatch) ? [stateRequirement(won, mismatch)] : requirements)
        verdict.fail(requirement, mismatch.cause ? [mismatch.cause] : []);
      s.findings.record(verdict, listing.answer, raceDocumented, describeMismatch(mismatch));
    }
    s.model.forget(mismatches);
  } else {
    const holders = listing.customers.filter((entry) => entry['username'] === username).length;
    if (holders !== 1) fail(listing.answer, `${holders} customers listed with username ${username}`);
  }
}

for (const format of contractFormats()) {
  test.describe(`${format}`, () => {
    test.beforeEach(({ connections }) => {
      test.skip(
        connections < 2,
        "the worker's pool has one connection (`connections` option): two calls cannot travel at once",
      );
    });

    test(
      'race: two creates of one username sent at once: exactly one succeeds, one customer is listed',
      described('create', format, [CREATES], ['@race']),
      async ({ scenario }) => {
        const s = scenario(format);
        const username = s.names.username();
        await race(
          s,
          username,
          [createClaim(s, username), createClaim(s, username)],
          [CREATES],
          'of two creates of one username sent at once exactly one succeeds and the other is refused',
        );
        await s.findings.report();
      },
    );

    test(
      'race: a create and a rename to the same username sent at once: ' +
        'exactly one succeeds, one customer holds the name',
      described('update_username', format, [RENAMES, CREATES], ['@race']),
      async ({ scenario }) => {
        const s = scenario(format);
        // Both orders: whichever call leaves first usually arrives first,
        // and a gap on either side shows in one of them.
        for (const createFirst of [true, false]) {
          const existing = await s.create();
          if (!existing) break;
          const username = s.names.username();
          const [create, rename] = [createClaim(s, username), renameClaim(existing.username, username)];
          await race(
            s,
            username,
            createFirst ? [create, rename] : [rename, create],
            [RENAMES, CREATES],
            'of a create and a setUsername to one username sent at once exactly one succeeds and the other is refused',
          );
        }
        await s.findings.report();
      },
    );

    test(
      'race: two renames to the same username sent at once: exactly one succeeds, one customer holds the name',
      described('update_username', format, [RENAMES], ['@race']),
      async ({ scenario }) => {
        const s = scenario(format);
        const [one, two] = [await s.create(), await s.create()];
        if (one && two) {
          const username = s.names.username();
          await race(
            s,
            username,
            [renameClaim(one.username, username), renameClaim(two.username, username)],
            [RENAMES],
            'of two setUsername calls to one username sent at once exactly one succeeds and the other is refused',
          );
        }
        await s.findings.report();
      },
    );
  });
}
