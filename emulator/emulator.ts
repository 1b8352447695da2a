import type { Format, Verb } from '../lib/contracts/types.ts';
import { groupParameters } from '../lib/rules/parameter-values.ts';
import { AUTH_ERROR, errorList, httpError, NOT_FOUND, type Answer } from './answers/answer.ts';
import type { Call } from './effects/call.ts';
import type { Route } from './http/route.ts';
import { listFields } from './operations/list-fields.ts';
import { OperationTable } from './operations/operation-table.ts';
import type { EmulatorParts } from './parts.ts';
import { CustomerStore, type ResellerAccount } from './state/customer-store.ts';

// The Web API v2 credential parameters (every example call).
const API_USER = 'api_user';
const API_KEY = 'api_key';

/** The emulated service, without HTTP: one call in, one answer out. Synchronous, so calls never interleave. */
export class Emulator {
  readonly store: CustomerStore;
  readonly table: OperationTable;
  private readonly listFields: string[];

  constructor(
    readonly parts: EmulatorParts,
    accounts: ResellerAccount[],
  ) {
    this.store = new CustomerStore(accounts);
    this.table = new OperationTable(parts.operations);
    this.listFields = listFields(parts.operations);
  }

  /** Credentials, then the operation, then the contract's rules, then the change. */
  handle(route: Route, verb: Verb, params: Array<[string, string]>): Answer {
    const values = groupParameters(params);
    const reseller = this.parts.authenticate(this.store, values.get(API_USER)?.[0], values.get(API_KEY)?.[0]);
    if (!reseller) return AUTH_ERROR;
    const selection = this.table.select(route.endpoint, values);
    if (!selection.found) return errorList(selection.errors);
    const { operation } = selection.prepared;
    if (!operation.formats.includes(route.format)) return NOT_FOUND;
    if (!operation.verbs.includes(verb)) return httpError(405, `${verb} is not supported by ${operation.id}`);
    const call: Call = { store: this.store, reseller, prepared: selection.prepared, values, listFields: this.listFields };
    const violations = this.parts.validate(operation, values, this.parts.ruleContext(this.store, reseller, this.today()));
    if (violations.length > 0) return this.parts.refuse(call, violations);
    return this.parts.effects[operation.effect.kind](call);
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
      : { body: this.parts.writeJson(answer), contentType: 'application/json' };
  }
}
