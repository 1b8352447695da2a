import { loadOperation } from '../../lib/contracts/load.ts';
import { outcomeOf } from '../../lib/envelopes/compiled-schemas.ts';
import { addDays } from '../../lib/dates.ts';
import { createPairs } from '../../generators/commands/create-pairs.ts';
import { test } from '../transitions/fixtures.ts';
import type { Answer } from '../transitions/support/answer.ts';
import { described } from '../transitions/support/transition.ts';

const create = loadOperation('create');
const billingDate = create.parameters.find((parameter) =>
  parameter.constraints.some((constraint) => constraint.kind === 'withinBillingCycle'),
)!;
const cycle = billingDate.constraints.find((constraint) => constraint.kind === 'withinBillingCycle')!;

/**
 * Consecutive days around the generator's today. The target's today may be another day (a time zone,
 * a run across midnight), so no single day of them is sure to be accepted (a reading refuses past days)
 * or refused. But under every reading of D5 the window is one interval reaching at least 27 days past the
 * target's today: among these days, once one is accepted every later one is too. A target that refuses
 * its own today (or any day inside) while it accepts the day before is caught, whatever its today is.
 */
const AROUND_TODAY = [-2, -1, 0, 1];

for (const format of create.formats) {
  test(
    `${format} create: billing dates around today, once one is accepted every later one is too`,
    described('create', format, [cycle.refusing, 'create.billing_date.cycle-reading'], ['@billing']),
    async ({ scenario, generatorContext }) => {
      const s = scenario(format);
      const answers: Array<{ date: string; answer: Answer; accepted: boolean }> = [];
      for (const days of AROUND_TODAY) {
        const date = addDays(generatorContext.today, days);
        const pairs: Array<[string, string]> = [
          ...createPairs(s.account, {
            username: s.names.username(),
            email: s.names.email(),
            password: 'Secret123',
            confirmPassword: 'Secret123',
            text: (name) => s.names.text(name),
          }),
          [billingDate.name, date],
        ];
        const answer = await s.call('create', pairs, [create.answers.success, ...create.answers.refusal]);
        if (
          !s.findings.expectKind(
            answer,
            [create.answers.success, ...create.answers.refusal],
            cycle.refusing,
            `a create with billing_date ${date} (a day around today) succeeds or is refused`,
          )
        )
          continue;
        answers.push({ date, answer, accepted: answer.kind !== undefined && outcomeOf(answer.kind) === 'success' });
      }
      const firstAccepted = answers.find((each) => each.accepted);
      for (const later of answers.filter((each) => firstAccepted && each.date > firstAccepted.date && !each.accepted))
        s.findings.fail(
          cycle.refusing,
          `billing_date ${later.date} is inside one billing cycle whenever ${firstAccepted!.date} is: ` +
            'the window is one interval under every reading (D5)',
          later.answer,
        );
      await s.findings.report();
    },
  );
}
