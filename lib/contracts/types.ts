// TypeScript view of the contract data in contracts/. The JSON meta-schemas in contracts/schema/
// are the normative definition; these types mirror them for our own code.

export type Format = 'json' | 'xml';
export type Verb = 'GET' | 'POST';
export type Endpoint = 'reseller.add' | 'reseller.delete' | 'reseller.manage';

export type OperationId =
  | 'create'
  | 'delete'
  | 'retrieve'
  | 'enable'
  | 'disable'
  | 'website_enable'
  | 'website_disable'
  | 'update_profile'
  | 'update_password'
  | 'update_username'
  | 'update_email';

/** Classes of answer a target can give. Each has a JSON Schema and an XML schema in contracts/envelopes/. */
export type AnswerKind =
  | 'success' // {"message":"success"}
  | 'error-list' // {"message":"error","errors":[...]}
  | 'user-not-found' // {"message":"User not found"}
  | 'auth-error' // {"error":{"code":401,"message":...}} (real service, undocumented)
  | 'error-object' // {"error":{"code":400,"message":...}} (real service, undocumented; D24)
  | 'customer-list'; // retrieve: [ {username, email, active, ...}, ... ]

/** What an answer kind means: the call succeeded, or it was refused. */
export type AnswerOutcome = 'success' | 'error';

export type AccountCollection = 'packages' | 'ipGroups' | 'ips' | 'whitelabels';

/** What the calling reseller owns, by collection (a target profile's `account`). */
export type Account = Record<AccountCollection, readonly string[]>;

interface ConstraintBase {
  /**
   * The accepting half: the requirement a refusal of a value that keeps this constraint breaks (a
   * length limit's own requirement, since "no more than N" accepts N; otherwise the operation's
   * valid-call requirement).
   */
  accepting: string;
  /**
   * The refusing half: the requirement a value breaking this constraint names (and breaks, if accepted where enforced).
   */
  refusing: string;
  /**
   * `enforced`: a value breaking the constraint must be refused.
   * `either`: the documents do not decide (see the requirement's readings); a target may refuse or
   * accept, and the suite only checks that the answer is a well-formed documented envelope and
   * that state agrees with the answer.
   */
  enforcement: 'enforced' | 'either';
  /** Answers that count as a correct refusal; defaults to the operation's `answers.refusal`. */
  refusal?: AnswerKind[];
  /** Ambiguous requirements whose recorded decision the tests of this constraint apply. */
  readings?: string[];
}

export type Constraint = ConstraintBase &
  (
    | { kind: 'maxLength'; value: number } // Unicode code points
    | { kind: 'minLength'; value: number }
    | { kind: 'format'; format: 'email' | 'date' | 'ipv4' }
    | { kind: 'oneOf'; values: string[] }
    | { kind: 'equalsParameter'; parameter: string }
    | { kind: 'withinBillingCycle' }
    | { kind: 'ownedBy'; collection: AccountCollection }
    | { kind: 'notTaken' } // no customer of any reseller, live or deleted, has this username
    | { kind: 'domainNotSendGrid' } // the domain part does not contain "sendgrid.com" (any case)
    | { kind: 'registeredCustomer' } // names a live customer of the calling reseller
  );

export type ConstraintKind = Constraint['kind'];

export type Presence = 'required' | 'optional' | 'conditional' | 'ambiguous';

export interface Parameter {
  /** Name on the wire, e.g. "ip[]". */
  name: string;
  /** Other names a target may read for the same value (recorded decision); the suite sends all of them. */
  aliases?: string[];
  presence: Presence;
  /** Requirement ID checked when the parameter is missing (required/ambiguous parameters). */
  missingRequirement?: string;
  /** Requirement ID checked when the parameter is sent empty. */
  emptyRequirement?: string;
  /** A filter's requirement: a list filtered by it holds exactly the customers it selects (role `filter`). */
  filterRequirement?: string;
  /** Sent as a repeated key (`ip[]=a&ip[]=b`). */
  repeated?: boolean;
  /**
   * credential: api_user/api_key; subject: names the existing customer acted on; filter: retrieve filters;
   * selector: the fixed `method`/`task` that selects the operation (its value is in `Operation.selectors`;
   * send it once).
   */
  role: 'credential' | 'subject' | 'value' | 'filter' | 'selector';
  /** Field of a retrieve list entry where this value shows up afterwards (if it is listed). */
  listedAs?: string;
  /**
   * How the listed value may show the value sent (default: as sent);
   * `scheme-added`: http:// or https:// put before it (D25).
   */
  listedForms?: Array<'as-sent' | 'scheme-added'>;
  /** Requirements valid calls rely on for this parameter's value beyond its constraints (any zip text, D1, D25). */
  accepting?: string[];
  /**
   * Ambiguous requirements deciding whether the parameter may be left out (D3): its missing value's tests apply them.
   */
  presenceReadings?: string[];
  /** Kind of value, for generators: free text, a username/email, a password, a date, a boolean... */
  valueType: 'text' | 'email' | 'username' | 'password' | 'date' | 'boolean' | 'ipv4' | 'account-item';
  /** The seed table row, verbatim. */
  seed: {
    table: string;
    required: string;
    requirements?: string;
    description: string;
    /**
     * The table's parameter cell, verbatim, where it is not `name`
     * (an empty cell, or an alias such as disable's `username`).
     */
    parameterCell?: string;
    /** Why the row is read the way it is. */
    note?: string;
  };
  constraints: Constraint[];
}

/**
 * What a success changes. `accepting`: the requirement a refused valid call breaks; `refusing`: the
 * requirement a refused call that changed the state breaks; `requirements`: what a success does
 * (the first is the one a listing that disagrees after a success breaks, unless a route fits: listing-routes.ts).
 */
export type Effect = { accepting: string; refusing?: string } & (
  | { kind: 'none' } // retrieve
  // listed: fixed fields after create, e.g. {"active":"true"}
  | {
      kind: 'creates';
      listed: Record<string, string>;
      requirements: string[];
      /** What a listing breaks whose fixed fields (`listed`) do not hold their values after a success. */
      fixedRequirement?: string;
      refusing: string;
    }
  | { kind: 'deletes'; requirements: string[]; refusing: string }
  | {
      kind: 'sets';
      field: string;
      value: string;
      observable: boolean;
      requirements: string[];
      /** What a listing whose set field, where listed, lacks the value after a success breaks. */
      fieldRequirement: string;
      /** What a second call in a row breaks when it is refused or changes the value (disable, enable). */
      idempotentRequirement?: string;
      /** What a success breaks that changes the other flag it must leave as it was (active or website_access). */
      unchangedRequirement?: string;
      refusing: string;
    }
  // each sent parameter's listedAs field takes the value; others unchanged
  | {
      kind: 'updates';
      fromParameters: string[];
      requirements: string[];
      /** What a success breaks that changes a listed field it was not sent. */
      unchangedRequirement?: string;
      refusing: string;
    }
  | {
      kind: 'renames';
      parameter: string;
      requirements: string[];
      /** What a success breaks after which the new username is not listed, or calls naming it miss the customer. */
      newNameRequirement?: string;
      /** What a success breaks after which the old username is still listed, or calls naming it still reach it. */
      oldNameRequirement?: string;
      refusing: string;
    }
  | { kind: 'not-observable'; reason: string; requirements: string[]; refusing: string }
);

export interface Example {
  format: Format;
  /** The example call as the seed gives it, with the renderer's truncation repaired (see `repaired`). */
  call: string;
  repaired?: string;
  /** Why the call was repaired the way it was. */
  note?: string;
  answers: { kind: AnswerKind; body: string }[];
}

export interface Operation {
  id: OperationId;
  /** The seed's section heading. */
  title: string;
  summary: string;
  endpoint: Endpoint;
  /** Fixed parameters that select the operation on its endpoint, e.g. {"method":"profile","task":"get"}. */
  selectors: Record<string, string>;
  formats: Format[];
  verbs: Verb[];
  parameters: Parameter[];
  answers: {
    success: AnswerKind;
    refusal: AnswerKind[];
    unknownUser?: AnswerKind[];
    unauthenticated: AnswerKind[];
    /** The requirement an answer of each outcome breaks when its envelope is broken. */
    envelopeRequirements: Partial<Record<AnswerOutcome, string>>;
    /** The requirement an error answer breaks where the list asked for is empty (retrieve: never an error, D23). */
    emptyListRequirement?: string;
    /** The requirement a list filtered by several filters at once breaks when it holds others than they select. */
    combinedFiltersRequirement?: string;
    /** Requirements a success answer judges beyond its envelope (retrieve: the listed fields and their forms). */
    successRequirements?: string[];
  };
  effect: Effect;
  /** Operation-level requirement IDs (envelopes, unknown user, authentication...). */
  requirements: string[];
  /**
   * What a call on another reseller's customer breaks unless it answers as for an unknown user and leaves that
   * customer unchanged (required of every operation with a subject parameter).
   */
  foreignCustomerRequirement?: string;
  examples: Example[];
}

export type Level = 'documented' | 'inferred' | 'ambiguous';

export interface Requirement {
  id: string;
  level: Level;
  statement: string;
  /** The seed's words, briefly. */
  quote?: string;
  source: { seed: string; section: string; detail?: string };
  operations: OperationId[] | ['*'];
  formats: Format[];
  /** When set, the API cannot observe this requirement: why. No test is expected. */
  untestable?: string;
  /** Ambiguous requirements: the readings, the ones the suite accepts, and the decision. */
  readings?: string[];
  accepted?: string[];
  decision?: string;
  /** The conflict number in the research notes this entry decides, if any. */
  conflict?: number;
}

export interface RequirementRegister {
  requirements: Requirement[];
}
