import type { Operation, OperationId } from '../../../lib/contracts/types.ts';
import type { ParameterValues } from '../../../lib/contracts/parameter-values.ts';
import type { RuleContext, Violation, ViolationKind } from '../../../lib/rules/types.ts';
import type { Answer } from '../../answers/answer.ts';
import type { Call, EffectHandler } from '../../effects/call.ts';
import { sentValue } from '../../effects/values.ts';
import type { EmulatorParts } from '../../parts.ts';
import type { Customer } from '../../state/customer.ts';
import type { CustomerStore } from '../../state/customer-store.ts';
import type { Reseller } from '../../state/reseller.ts';

// Helpers shared by the independent defects: they only combine the emulator's public parts.

export interface Caller {
  store: CustomerStore;
  reseller: Reseller;
}

/** Lets a faulty validate know who calls: the rule context handed to validate is remembered with its caller. */
export function trackCallers(parts: EmulatorParts): (context: RuleContext) => Caller | undefined {
  const callers = new WeakMap<RuleContext, Caller>();
  const ruleContext = parts.ruleContext;
  parts.ruleContext = (store, reseller, today) => {
    const context = ruleContext(store, reseller, today);
    callers.set(context, { store, reseller });
    return context;
  };
  return (context) => callers.get(context);
}

/** Wraps validate for one operation only. */
export function validateOf(
  parts: EmulatorParts,
  operationId: OperationId,
  faulty: (
    operation: Operation,
    values: ParameterValues,
    context: RuleContext,
    clean: EmulatorParts['validate'],
  ) => Violation[],
): void {
  const clean = parts.validate;
  parts.validate = (operation, values, context) =>
    operation.id === operationId ? faulty(operation, values, context, clean) : clean(operation, values, context);
}

/** Wraps the effect of one operation only (effects are shared by kind: sets serves enable, disable, website_*). */
export function effectOf(
  parts: EmulatorParts,
  operationId: OperationId,
  faulty: (call: Call, clean: EffectHandler) => Answer | Promise<Answer>,
): void {
  const operation = parts.operations.find((candidate) => candidate.id === operationId);
  if (!operation) throw new Error(`No operation ${operationId} in the contracts`);
  const kind = operation.effect.kind;
  const clean = parts.effects[kind];
  parts.effects[kind] = (call) => (call.prepared.operation.id === operationId ? faulty(call, clean) : clean(call));
}

/** A refusal the contract's rules do not have, answered like the operation's other refusals. */
export function extraViolation(
  operation: Operation,
  parameter: string,
  kind: ViolationKind,
  message: string,
  requirement: string,
): Violation {
  return { requirement, parameter, kind, message, refusal: operation.answers.refusal };
}

/** A copy of the call's values with one parameter's values replaced (or removed). */
export function withValues(
  values: ParameterValues,
  name: string,
  replacement: readonly string[] | undefined,
): Map<string, readonly string[]> {
  const copy = new Map(values);
  if (replacement === undefined) copy.delete(name);
  else copy.set(name, replacement);
  return copy;
}

/** The username the call names (`user`, or disable's alias). */
export function subjectOf(call: Call): string | undefined {
  return sentValue(call.prepared.subject, call.values);
}

/** The customer the call names among the caller's own live customers. */
export function subjectCustomer(call: Call): Customer | undefined {
  const username = subjectOf(call);
  return username === undefined ? undefined : call.reseller.customers.get(username);
}

/** The reseller whose live customer holds this username, if any. */
export function ownerOf(store: CustomerStore, username: string): Reseller | undefined {
  for (const reseller of store.resellers.values()) if (reseller.customers.has(username)) return reseller;
  return undefined;
}

export function later(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
