import type { Operation } from '../../lib/contracts/types.ts';
import { valuesOf, type ParameterValues } from '../../lib/contracts/parameter-values.ts';
import { USER_NOT_FOUND_MESSAGE } from '../answers/answer.ts';
import { escapeXmlText } from '../answers/xml-text.ts';
import { effectSkipped, fieldNotListed, fieldNotUpdated } from '../shapes/effect-shapes.ts';
import {
  checkDropped,
  limitMovedBy,
  parametersIgnored,
  refusalsIgnored,
  validatedAs,
} from '../shapes/validation-shapes.ts';
import { jsonBodyReplaced, xmlRootRenamed, xmlTextRewritten, xmlWrittenWith } from '../shapes/writer-shapes.ts';
import type { Defect } from './defect.ts';
import {
  ERROR_ENVELOPE_REQUIREMENTS,
  SUCCESS_ENVELOPE_REQUIREMENTS,
  USER_NOT_FOUND_REQUIREMENTS,
} from './envelope-requirements.ts';

// The defects that share a shape with others, as data: one entry each, built by the shape's factory
// (emulator/shapes/). Defects that model a bug's own mechanism keep a file of their own.

// The pattern a hurried implementation uses: something, an @, something.
const LOOSE_EMAIL = /^.+@.+$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DIGIT_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;
// Removed from retrieve in 2014 (apiv2-facts.md); sent anyway, they are ignored like any unknown parameter.
const REMOVED_FILTERS = ['active', 'company'];
const LATER_NOT_FOUND_WORDING = 'User does not exist';

/** A parameter checked as an email address whose sent value matches the loose pattern. */
function passesLooseEmail(operation: Operation, parameterName: string, values: ParameterValues): boolean {
  const parameter = operation.parameters.find((candidate) => candidate.name === parameterName);
  const isEmailRule = parameter?.constraints.some(
    (constraint) => constraint.kind === 'format' && constraint.format === 'email',
  );
  return Boolean(parameter && isEmailRule && LOOSE_EMAIL.test(valuesOf(parameter, values)?.[0] ?? ''));
}

/** YYYY-mm-dd as a lenient parser reads it, new Date(year, monthIndex, day): out-of-range parts carry over. */
function rolledOver(sent: string): string | undefined {
  const digits = DIGIT_PARTS.exec(sent);
  if (!digits) return undefined;
  return new Date(Date.UTC(Number(digits[1]), Number(digits[2]) - 1, Number(digits[3]))).toISOString().slice(0, 10);
}

/** m/d/yy as YYYY-mm-dd in this century. */
function fromUsDate(sent: string): string | undefined {
  const us = US_DATE.exec(sent);
  return us ? `20${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : undefined;
}

/** Markup escaped, characters beyond Latin-1 left as they are (the ISO-8859-1 encoder keeps their low byte). */
function escapeMarkupOnly(value: string): string {
  return [...value]
    .map((character) => ((character.codePointAt(0) ?? 0) > 0xff ? character : escapeXmlText(character)))
    .join('');
}

// Limits moved by one: a documented bound read as exclusive, or a bound made exclusive
export const usernameLimitOffByOne: Defect = {
  name: 'username-limit-off-by-one',
  description: 'create accepts a username of 65 characters: the limit is taken as exclusive and bumped by one.',
  breaks: ['create.username.max-length'],
  install: limitMovedBy(+1, 'create', 'maxLength', ['username']),
};

export const emailLimitOffByOne: Defect = {
  name: 'email-limit-off-by-one',
  description:
    'create accepts an email of 65 characters: the limit is read ' +
    'from a column sized one larger than the documented 64.',
  breaks: ['create.email.max-length'],
  install: limitMovedBy(+1, 'create', 'maxLength', ['email']),
};

export const setEmailLimitOffByOne: Defect = {
  name: 'set-email-limit-off-by-one',
  description:
    'update_email (setEmail) accepts an email of 101 characters: ' +
    '"no more than 100" compared with < 101 after adding one.',
  breaks: ['update_email.email.max-length'],
  install: limitMovedBy(+1, 'update_email', 'maxLength', ['email']),
};

export const passwordMinLengthFive: Defect = {
  name: 'password-min-length-five',
  description: 'create accepts a password (and confirmation) of 5 characters: "at least 6" read as "more than 4".',
  breaks: ['create.password.min-length', 'create.confirm_password.min-length'],
  install: limitMovedBy(-1, 'create', 'minLength', ['password', 'confirm_password']),
};

export const updatePasswordMinLengthFive: Defect = {
  name: 'update-password-min-length-five',
  description:
    'update_password accepts a password (and confirmation) of 5 characters: "at least 6" read as "more than 4".',
  breaks: ['update_password.password.min-length', 'update_password.confirm_password.min-length'],
  install: limitMovedBy(-1, 'update_password', 'minLength', ['password', 'confirm_password']),
};

export const usernameLimitTightened: Defect = {
  name: 'username-limit-tightened',
  description: 'create refuses a username of exactly 64 characters: "no more than 64" read as "less than 64".',
  breaks: ['create.username.max-length'],
  install: limitMovedBy(-1, 'create', 'maxLength', ['username']),
};

export const firstNameLimitTightened: Defect = {
  name: 'first-name-limit-tightened',
  description: 'create refuses a first_name of exactly 50 characters: "no more than 50" read as "less than 50".',
  breaks: ['create.first_name.max-length'],
  install: limitMovedBy(-1, 'create', 'maxLength', ['first_name']),
};

export const passwordMinLengthTightened: Defect = {
  name: 'password-min-length-tightened',
  description:
    'create refuses a password (and confirmation) of exactly 6 characters: "at least 6" read as "more than 6".',
  breaks: ['create.password.min-length', 'create.confirm_password.min-length'],
  install: limitMovedBy(+1, 'create', 'minLength', ['password', 'confirm_password']),
};

export const updatePasswordMinLengthTightened: Defect = {
  name: 'update-password-min-length-tightened',
  description:
    'update_password refuses a new password (and confirmation) of ' +
    'exactly 6 characters: "at least 6" read as "more than 6".',
  breaks: ['update_password.password.min-length', 'update_password.confirm_password.min-length'],
  install: limitMovedBy(+1, 'update_password', 'minLength', ['password', 'confirm_password']),
};

export const renameLimitTightened: Defect = {
  name: 'rename-limit-tightened',
  description:
    'setUsername refuses a new username of exactly 100 characters: "no more than 100" read as "less than 100".',
  breaks: ['update_username.username.max-length'],
  install: limitMovedBy(-1, 'update_username', 'maxLength', ['username']),
};

export const setEmailLimitTightened: Defect = {
  name: 'set-email-limit-tightened',
  description: 'setEmail refuses an email of exactly 100 characters: "no more than 100" read as "less than 100".',
  breaks: ['update_email.email.max-length'],
  install: limitMovedBy(-1, 'update_email', 'maxLength', ['email']),
};

export const profilePhoneLimitTightened: Defect = {
  name: 'profile-phone-limit-tightened',
  description: 'a profile update refuses a phone of exactly 50 characters: "no more than 50" read as "less than 50".',
  breaks: ['update_profile.phone.max-length'],
  install: limitMovedBy(-1, 'update_profile', 'maxLength', ['phone']),
};

// A check lost when the validation data is derived
export const confirmPasswordNotCompared: Defect = {
  name: 'confirm-password-not-compared',
  description:
    'create never compares confirm_password with password: the ' +
    'comparison rule is lost when the validation data is derived.',
  breaks: ['create.confirm_password.matches-password'],
  install: checkDropped('create', 'confirm_password', 'equalsParameter'),
};

export const passwordUpdateSkipsConfirmation: Defect = {
  name: 'password-update-skips-confirmation',
  description: 'update_password never compares confirm_password with password.',
  breaks: ['update_password.confirm_password.matches-password'],
  install: checkDropped('update_password', 'confirm_password', 'equalsParameter'),
};

export const renameFormatUnchecked: Defect = {
  name: 'rename-format-unchecked',
  description: 'update_username accepts a new username that is not an email address, like create does.',
  breaks: ['update_username.username.format'],
  install: checkDropped('update_username', 'username', 'format'),
};

export const billingCycleUnchecked: Defect = {
  name: 'billing-cycle-unchecked',
  description:
    'create accepts a billing_date months ahead: only the date format is checked, not "within one billing cycle".',
  breaks: ['create.billing_date.within-billing-cycle'],
  install: checkDropped('create', 'billing_date', 'withinBillingCycle'),
};

export const freeUserAnyValue: Defect = {
  name: 'free-user-any-value',
  description: 'create accepts any free_user value ("maybe", "yes"): the value is only tested for truthiness.',
  breaks: ['create.free_user.boolean'],
  install: checkDropped('create', 'free_user', 'oneOf'),
};

export const ipOwnershipIgnored: Defect = {
  name: 'ip-ownership-ignored',
  description:
    "create accepts any well-formed ip[], also one that is not the reseller's: only the IPv4 format is checked.",
  breaks: ['create.ip.owned'],
  install: checkDropped('create', 'ip[]', 'ownedBy'),
};

export const duplicateCreateOverwrites: Defect = {
  name: 'duplicate-create-overwrites',
  description:
    'create with a username already held succeeds and replaces the first customer: the uniqueness check is missing.',
  breaks: ['create.username.not-taken', 'create.effect.duplicate-keeps-first'],
  install: checkDropped('create', 'username', 'notTaken'),
};

export const renameAcceptsTakenUsername: Defect = {
  name: 'rename-accepts-taken-username',
  description:
    'update_username accepts a new username another customer ' +
    'already holds: the uniqueness check exists only in create.',
  breaks: ['update_username.username.not-taken'],
  install: checkDropped('update_username', 'username', 'notTaken'),
};

export const renameAllowsSendgridDomain: Defect = {
  name: 'rename-allows-sendgrid-domain',
  description: 'update_username accepts a new username on a SendGrid.com domain.',
  breaks: ['update_username.username.no-sendgrid-domain'],
  install: checkDropped('update_username', 'username', 'domainNotSendGrid'),
};

export const enableUnknownUserSucceeds: Defect = {
  name: 'enable-unknown-user-succeeds',
  description:
    'enable answers success for a user that is not a customer of the caller: the registration check is missing.',
  breaks: ['enable.user.registered', 'tenant.enable.foreign-customer'],
  install: checkDropped('enable', 'user', 'registeredCustomer'),
};

export const deleteUnknownUserSucceeds: Defect = {
  name: 'delete-unknown-user-succeeds',
  description:
    'delete answers success for a user that is not a customer of the caller: deleting nothing is taken as done.',
  breaks: ['delete.user.registered'],
  install: checkDropped('delete', 'user', 'registeredCustomer'),
};

export const profileUpdateUnknownUserSucceeds: Defect = {
  name: 'profile-update-unknown-user-succeeds',
  description:
    'update_profile answers success for a user that is not a ' +
    'customer of the caller: an update of no rows counts as done.',
  breaks: ['update_profile.user.registered'],
  install: checkDropped('update_profile', 'user', 'registeredCustomer'),
};

// A refusal ignored when the value passes a looser test
export const emailFormatLoose: Defect = {
  name: 'email-format-loose',
  description:
    'email checks use the pattern ".+@.+": two @, spaces and a domain without a dot are accepted as email addresses.',
  breaks: ['create.email.format', 'update_email.email.format', 'update_username.username.format'],
  install: refusalsIgnored(
    (violation, operation, values) =>
      violation.kind === 'format' && passesLooseEmail(operation, violation.parameter, values),
  ),
};

export const billingDateCalendarUnchecked: Defect = {
  name: 'billing-date-calendar-unchecked',
  description: 'billing_date is checked only for the YYYY-mm-dd shape: month 13 or February 30 are accepted.',
  breaks: ['create.billing_date.format'],
  install: refusalsIgnored(
    (violation, _operation, values) =>
      violation.kind === 'format' &&
      violation.parameter === 'billing_date' &&
      DATE_SHAPE.test(values.get('billing_date')?.[0] ?? ''),
  ),
};

export const sendgridDomainCaseSensitive: Defect = {
  name: 'sendgrid-domain-case-sensitive',
  description: 'update_username refuses "sendgrid.com" only in lower case: a@SendGrid.com is accepted.',
  breaks: ['update_username.username.no-sendgrid-domain'],
  install: refusalsIgnored(
    (violation, _operation, values) =>
      violation.kind === 'domainNotSendGrid' && !(values.get(violation.parameter)?.[0] ?? '').includes('sendgrid.com'),
  ),
};

export const createEmptyValuesAccepted: Defect = {
  name: 'create-empty-values-accepted',
  description:
    'create takes a required parameter sent empty (first_name=) as present: presence is checked by key, not by value.',
  breaks: [
    'create.username.non-empty',
    'create.password.non-empty',
    'create.confirm_password.non-empty',
    'create.email.non-empty',
    'create.first_name.non-empty',
    'create.last_name.non-empty',
    'create.address.non-empty',
    'create.city.non-empty',
    'create.state.non-empty',
    'create.zip.non-empty',
    'create.country.non-empty',
    'create.phone.non-empty',
    'create.website.non-empty',
  ],
  install: refusalsIgnored((violation, operation) => operation.id === 'create' && violation.kind === 'empty'),
};

// A value read another way before it is validated
export const billingDateRolledOver: Defect = {
  name: 'billing-date-rolled-over',
  description:
    'billing_date is parsed leniently: an impossible date rolls over to a real one (April 31 -> May 1, ' +
    'February 30 -> March 1/2, month 13 -> January) and only that date is checked against the billing cycle.',
  breaks: ['create.billing_date.format'],
  install: validatedAs('billing_date', rolledOver),
};

export const billingDateUsFormatAccepted: Defect = {
  name: 'billing-date-us-format-accepted',
  description:
    "billing_date is also read as m/d/yy, the way the seeds' example writes it (2/28/11), although the same cell " +
    'says "Must be in YYYY-mm-dd format".',
  breaks: ['create.billing_date.format'],
  install: validatedAs('billing_date', fromUsDate),
};

// Parameters no longer read: sent, they are ignored and every customer is listed
export const cityFilterIgnored: Defect = {
  name: 'city-filter-ignored',
  description: 'retrieve ignores the city filter and lists every customer.',
  breaks: ['retrieve.city.filter'],
  install: parametersIgnored('retrieve', ['city']),
};

export const laterServiceFiltersRemoved: Defect = {
  name: 'later-service-filters-removed',
  description:
    'as the later real service: retrieve has no active and company filters ' +
    'any more; sent, they are ignored and every customer is listed.',
  breaks: ['retrieve.active.filter', 'retrieve.company.filter'],
  install: parametersIgnored('retrieve', REMOVED_FILTERS),
};

// An effect that does nothing, or leaves a field out
export const enableDoesNothing: Defect = {
  name: 'enable-does-nothing',
  description: 'enable answers success but a disabled customer stays disabled.',
  breaks: ['enable.effect.active'],
  install: effectSkipped('sets', 'enable'),
};

export const disableDoesNothing: Defect = {
  name: 'disable-does-nothing',
  description: 'disable answers success but the customer stays active: the handler changes a copy of the record.',
  breaks: ['disable.effect.active'],
  install: effectSkipped('sets', 'disable'),
};

export const renameDoesNothing: Defect = {
  name: 'rename-does-nothing',
  description: 'update_username answers success but the customer keeps its old username.',
  breaks: ['update_username.effect.listed-new-name', 'update_username.effect.old-name-unknown'],
  install: effectSkipped('renames', 'update_username'),
};

export const setEmailIgnored: Defect = {
  name: 'set-email-ignored',
  description: 'update_email (setEmail) answers success but the customer keeps its old email.',
  breaks: ['update_email.effect.listed'],
  install: effectSkipped('updates', 'update_email'),
};

export const profileUpdateForgetsPhone: Defect = {
  name: 'profile-update-forgets-phone',
  description: 'update_profile answers success but never stores phone: the list of columns it updates lacks it.',
  breaks: ['update_profile.effect.fields-changed'],
  install: fieldNotUpdated('update_profile', 'phone'),
};

export const profileUpdateIgnoresCompany: Defect = {
  name: 'profile-update-ignores-company',
  description:
    'update_profile answers success but never stores company: the column ' +
    'is not listed, so nobody noticed it was left out of the update.',
  breaks: ['update_profile.effect.company-filtered'],
  install: fieldNotUpdated('update_profile', 'company'),
};

export const listDropsPhone: Defect = {
  name: 'list-drops-phone',
  description: 'retrieve lists customers without their phone: the query selects every documented column but that one.',
  breaks: ['retrieve.answer.list-fields'],
  install: fieldNotListed('phone'),
};

// Envelopes: one kind of answer written another way
export const jsonErrorListWithoutMessage: Defect = {
  name: 'json-error-list-without-message',
  description: 'JSON error lists carry only {"errors":[...]}: the writer drops "message":"error".',
  breaks: ERROR_ENVELOPE_REQUIREMENTS,
  install: jsonBodyReplaced('error-list', (answer) => ({ errors: answer.errors })),
};

export const jsonSuccessCapitalised: Defect = {
  name: 'json-success-capitalised',
  description: 'JSON success answers say {"message":"Success"}: the message is taken from a display string.',
  breaks: SUCCESS_ENVELOPE_REQUIREMENTS,
  install: jsonBodyReplaced('success', () => ({ message: 'Success' })),
};

export const jsonErrorsAsString: Defect = {
  name: 'json-errors-as-string',
  description: 'JSON error lists carry "errors" as one joined string instead of an array of strings.',
  breaks: [
    'create.answer.error-envelope',
    'delete.answer.error-envelope',
    'update_profile.answer.error-envelope',
    'update_password.answer.error-envelope',
    'update_username.answer.error-envelope',
    'update_email.answer.error-envelope',
  ],
  install: jsonBodyReplaced('error-list', (answer) => ({ message: 'error', errors: answer.errors.join('; ') })),
};

export const jsonActiveBoolean: Defect = {
  name: 'json-active-boolean',
  description: 'the JSON list gives active as a JSON boolean (true/false) instead of the string "true"/"false".',
  breaks: ['retrieve.answer.active-string'],
  install: jsonBodyReplaced('customer-list', (answer) =>
    answer.customers.map((fields) =>
      Object.fromEntries(fields.map(([name, value]) => [name, name === 'active' ? value === 'true' : value])),
    ),
  ),
};

export const userNotFoundWrongMessage: Defect = {
  name: 'user-not-found-wrong-message',
  description:
    'enable, disable and website_* answer an unknown user with {"message":"User does not exist"} instead of ' +
    '"User not found".',
  breaks: USER_NOT_FOUND_REQUIREMENTS,
  install(parts) {
    jsonBodyReplaced('user-not-found', () => ({ message: LATER_NOT_FOUND_WORDING }))(parts);
    xmlTextRewritten('user-not-found', (text) => text.replace(USER_NOT_FOUND_MESSAGE, LATER_NOT_FOUND_WORDING))(parts);
  },
};

export const xmlSuccessRootResponse: Defect = {
  name: 'xml-success-root-response',
  description:
    'XML success answers are wrapped in <response> instead of ' +
    '<result>: the success template names its root differently.',
  breaks: SUCCESS_ENVELOPE_REQUIREMENTS,
  install: xmlRootRenamed('success', 'result', 'response'),
};

export const xmlListRootCustomers: Defect = {
  name: 'xml-list-root-customers',
  description: 'the XML list is rooted at <customers> instead of <users>.',
  breaks: ['retrieve.answer.list-envelope'],
  install: xmlRootRenamed('customer-list', 'users', 'customers'),
};

// XML written in one fixed style, whatever the parts had
export const xmlDeclarationWithoutEncoding: Defect = {
  name: 'xml-declaration-without-encoding',
  description: 'XML answers declare no encoding (so UTF-8 is implied) while the bytes are still ISO-8859-1.',
  breaks: ['xml.encoding.iso-8859-1'],
  install: xmlWrittenWith({ declaration: '<?xml version="1.0"?>' }),
};

export const xmlDeclarationMissing: Defect = {
  name: 'xml-declaration-missing',
  description: 'XML answers start with the root element: the template has no XML declaration (so no encoding either).',
  breaks: ['xml.declaration', 'xml.encoding.iso-8859-1'],
  install: xmlWrittenWith({ declaration: '' }),
};

export const xmlUtf8Bytes: Defect = {
  name: 'xml-utf8-bytes',
  description:
    'XML answers still declare ISO-8859-1 but their bytes are UTF-8 (the string is written with the default encoding).',
  breaks: ['xml.encoding.iso-8859-1'],
  install: xmlWrittenWith({ encoding: 'utf8' }),
};

export const xmlNoCharRefs: Defect = {
  name: 'xml-no-char-refs',
  description:
    'XML answers write characters outside Latin-1 as they are: the ' +
    'ISO-8859-1 encoder keeps only their low byte (€ becomes ¬).',
  breaks: ['xml.non-latin1'],
  install: xmlWrittenWith({ escape: escapeMarkupOnly }),
};

export const xmlAmpersandUnescaped: Defect = {
  name: 'xml-ampersand-unescaped',
  description: 'XML answers carry a bare & in values: a guard against double escaping turns every &amp; back into &.',
  breaks: ['xml.escaping'],
  install: xmlWrittenWith({ escape: (value) => escapeXmlText(value).replaceAll('&amp;', '&') }),
};
