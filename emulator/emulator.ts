import type { Format, Verb } from '../lib/contracts/types.ts';
import { groupParameters } from '../lib/contracts/parameter-values.ts';
import { AUTH_ERROR, errorList, httpError, NOT_AUTHORIZED, NOT_FOUND, type Answer } from './answers/answer.ts';
import type { Call } from './effects/call.ts';
import type { Route } from './http/route.ts';
import { listFields } from './operations/list-fields.ts';
import { OperationTable } from './operations/operation-table.ts';
import type { EmulatorParts } from './parts.ts';
import type { CustomerStore } from './state/customer-store.ts';

// The Web API v2 credential parameters (every example call).
const API_USER = 'api_user';
const API_KEY = 'api_key';

/**
 * The emulated service, without HTTP: one call in, one answer out. The standard parts are
 * synchronous, so calls never interleave; an effect may return a Promise (the race defects wait
 * between the uniqueness check and the write), and then the answer is a Promise too.
 */
export class Emulator {
  table: OperationTable;
  /** Called after every call of an operation that may change the customers (persistence listens here). */
  onChange?: () => void;
  private listFields: string[];

  constructor(
    public parts: EmulatorParts,
    /** Replaced whole (admin reset, loaded state), never half-changed. */
    public store: CustomerStore,
  ) {
    this.table = new OperationTable(parts.operations);
    this.listFields = listFields(parts.operations);
  }

  /** New parts (other defects or readings switched at run time); the customers stay. */
  reconfigure(parts: EmulatorParts): void {
    this.parts = parts;
    this.table = new OperationTable(parts.operations);
    this.listFields = listFields(parts.operations);
  }

  /** Credentials, then the operation, then the contract's rules and the store's limits, then the change. */
  handle(route: Route, verb: Verb, params: Array<[string, string]>): Answer | Promise<Answer> {
    const values = groupParameters(params);
    const apiUser = values.get(API_USER)?.[0];
    const apiKey = values.get(API_KEY)?.[0];
    const turnedAway = this.parts.admit(apiUser);
    if (turnedAway) return turnedAway;
    const reseller = this.parts.authenticate(this.store, apiUser, apiKey);
    if (!reseller) return this.store.isNonReseller(apiUser, apiKey) ? NOT_AUTHORIZED : AUTH_ERROR;
    const selection = this.table.select(route.endpoint, values);
    if (!selection.found) return errorList(selection.errors);
    const { operation } = selection.prepared;
    if (!operation.formats.includes(route.format)) return NOT_FOUND;
    if (!operation.verbs.includes(verb)) return httpError(405, `${verb} is not supported by ${operation.id}`);
    const call: Call = {
      store: this.store,
      reseller,
      prepared: selection.prepared,
      values,
      listFields: this.listFields,
    };
    const violations = this.parts.validate(
      operation,
      values,
      this.parts.ruleContext(this.store, reseller, this.today()),
    );
    let answer: Answer | Promise<Answer>;
    if (violations.length > 0) answer = this.parts.refuse(call, violations);
    else {
      const full = operation.effect.kind === 'creates' ? this.store.fullFor(reseller) : undefined;
      answer = full !== undefined ? errorList([full]) : this.parts.effects[operation.effect.kind](call);
    }
    if (operation.effect.kind === 'none') return answer;
    if (answer instanceof Promise) return answer.then((settled) => (this.onChange?.(), settled));
    this.onChange?.();
    return answer;
  }

  /** For callers that need the answer at once (fixtures, self-tests): the standard parts answer synchronously. */
  handleNow(route: Route, verb: Verb, params: Array<[string, string]>): Answer {
    const answer = this.handle(route, verb, params);
    if (answer instanceof Promise) throw new Error('an effect part answered later (a race defect): use handle()');
    return answer;
  }

  private day = { date: '', endsAt: 0 };

  /** Today's UTC date, computed again only once the day is over (it was one Date and one ISO string per call). */
  private today(): string {
    const now = Date.now();
    if (now >= this.day.endsAt) {
      const date = new Date(now).toISOString().slice(0, 10);
      this.day = { date, endsAt: Date.parse(`${date}T00:00:00Z`) + 86_400_000 };
    }
    return this.day.date;
  }

  write(answer: Answer, format: Format): { body: string | Buffer; contentType: string } {
    return format === 'xml'
      ? { body: this.parts.writeXml(answer), contentType: this.parts.xmlContentType }
      : { body: this.parts.writeJson(answer), contentType: this.parts.jsonContentType };
  }
}
