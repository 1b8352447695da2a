import { parseDefectList } from '../defects/catalogue.ts';
import { activeFilterWordsOnly } from './active-filter-words-only.ts';
import { authErrorAsErrorList } from './auth-error-as-error-list.ts';
import { disableReadsUserOnly } from './disable-reads-user-only.ts';
import { disableReadsUsernameOnly } from './disable-reads-username-only.ts';
import { jsonOnlyListFields } from './json-only-list-fields.ts';
import { listExtraFields } from './list-extra-fields.ts';
import { manageUserFormatErrorList } from './manage-user-format-error-list.ts';
import { rateLimit429 } from './rate-limit-429.ts';
import type { Reading } from './reading.ts';
import {
  billingCycle28Days,
  createCompanyOptional,
  createPackageOptional,
  createWhitelabelOptional,
  emailFormatStrict,
  errors4xxStatuses,
  errorTextsEchoParameters,
  filterCaseInsensitive,
  filterPartialMatch,
  freeUserRelaxesPackage,
  jsonCompact,
  jsonContentTypeCharset,
  jsonEscapedSlashes,
  jsonKeysReordered,
  lengthsInUtf8Bytes,
  listNewestFirst,
  listSortedByEmail,
  refusalErrorObject,
  success2xxStatuses,
  websiteAccessNotListed,
  whitelabelNotChecked,
  xmlAposQuot,
  xmlCdata,
  xmlCharRefsEverywhere,
  xmlCompact,
  xmlContentTypeWithoutCharset,
  xmlEmptyElementsSelfClosing,
  xmlEmptyListSelfClosing,
  xmlErrorsUnwrapped,
  xmlTabIndented,
} from './shaped-readings.ts';
import { unknownUserNotFound } from './unknown-user-not-found.ts';
import { updateEmailMethodProfileOnly } from './update-email-method-profile-only.ts';
import { updateProfileNoMaxLength } from './update-profile-no-max-length.ts';
import { websiteSchemeAdded } from './website-scheme-added.ts';
import { xmlAuthErrorRoot } from './xml-auth-error-root.ts';
import { laterServiceUnknownUserErrorObject } from './later-service-unknown-user-error-object.ts';
import { xmlRefusalRootError } from './xml-refusal-root-error.ts';

// Every `ambiguous` entry of contracts/requirements.json was read for a liberty a target may take:
// - a reading here for: D1 disable.user.parameter-name; D2 update_email.method.fixed-value (the
//   emulator takes both methods: the reading takes only profile); D3 create.{company,package,whitelabel}
//   .{required,non-empty} and create.required.company-package-whitelabel; D4 api.limits.per-operation;
//   D5 create.billing_date.cycle-reading; D7 xml.non-latin1; D9 api.length.code-points; D10
//   {delete,update_*}.answer.unknown-user and api.answer.error-shapes; D12 api.auth.wrong-credentials;
//   D13 api.status.errors; D15 create.whitelabel.owned; D16 create.free_user.relaxes-package; D18
//   api.email.format-reading (the emulator's check is already the wide one: the reading is the
//   narrow one); D21 retrieve.filter.matching and retrieve.active.filter-values; D22
//   website_{enable,disable}.effect.website-access-listed; D23 retrieve.answer.empty-list; D6
//   retrieve.answer.example-artefacts (extra fields); update_profile.*.max-length (no limit).
// - no reading needed: delete.effect.timing (D8), update_password.example-mismatch (D11) and
//   update_username.username.sendgrid-domain-reading (D19) accept one reading, the emulator's;
//   create.ip.package-allows: a target whose packages allow no additional IPs is described by a
//   profile listing no IPs (targets/profile.schema.json), not by another emulator behaviour.

/** Every reading the emulator can be started with (EMULATOR_READINGS=name,name or --readings), in install order. */
export const READINGS: readonly Reading[] = [
  // Answer shapes of refusals and wrong credentials (D4, D10, D12; texts unspecified)
  manageUserFormatErrorList,
  unknownUserNotFound,
  errorTextsEchoParameters,
  refusalErrorObject,
  xmlRefusalRootError,
  xmlErrorsUnwrapped,
  laterServiceUnknownUserErrorObject,
  xmlAuthErrorRoot,
  authErrorAsErrorList,
  // HTTP: statuses (D13), Content-Type, a request-rate limit
  success2xxStatuses,
  errors4xxStatuses,
  jsonContentTypeCharset,
  xmlContentTypeWithoutCharset,
  rateLimit429,
  // JSON lexical forms (each wraps the writer before it: reorder, then compact, then escape)
  jsonKeysReordered,
  jsonCompact,
  jsonEscapedSlashes,
  // XML lexical forms (D7, D23)
  xmlCharRefsEverywhere,
  xmlCdata,
  xmlAposQuot,
  xmlCompact,
  xmlTabIndented,
  xmlEmptyListSelfClosing,
  xmlEmptyElementsSelfClosing,
  // Lists: filter matching (D21; these replace the listing, so they come before the readings that wrap it),
  // fields (D6, D22), order
  filterPartialMatch,
  filterCaseInsensitive,
  activeFilterWordsOnly,
  jsonOnlyListFields,
  listExtraFields,
  websiteAccessNotListed,
  websiteSchemeAdded,
  listNewestFirst,
  listSortedByEmail,
  // Parameter rules the documents leave open (D1, D2, D3, D5, D9, D15, D16, D18; update_profile limits)
  createCompanyOptional,
  createPackageOptional,
  createWhitelabelOptional,
  whitelabelNotChecked,
  freeUserRelaxesPackage,
  billingCycle28Days,
  updateProfileNoMaxLength,
  disableReadsUsernameOnly,
  disableReadsUserOnly,
  updateEmailMethodProfileOnly,
  lengthsInUtf8Bytes,
  emailFormatStrict,
];

/** The preset naming every reading that can coexist with the others. */
export const LIBERAL = 'liberal';

/**
 * Readings that take a part another reading of the preset takes another way: left out of `liberal`, with the reason.
 */
export const OUTSIDE_LIBERAL: Readonly<Record<string, string>> = {
  'auth-error-as-error-list':
    'the preset answers wrong credentials with the recorded error object (xml-auth-error-root)',
  'xml-cdata': 'one way of writing XML text at a time: the preset takes xml-char-refs-everywhere',
  'later-service-unknown-user-error-object':
    'one refusal shape at a time: the preset answers refusals with the error object already (refusal-error-object)',
  'xml-errors-unwrapped':
    'one XML error shape at a time: the preset answers XML refusals with a root <error> (xml-refusal-root-error)',
  'xml-apos-quot': 'one way of writing XML text at a time: the preset takes xml-char-refs-everywhere',
  'xml-tab-indented': 'one XML layout at a time: the preset takes xml-compact',
  'filter-case-insensitive': 'one filter matching at a time: the preset takes filter-partial-match',
  'list-sorted-by-email': 'one list order at a time: the preset takes list-newest-first',
  'disable-reads-user-only': 'disable reads one key: the preset takes disable-reads-username-only',
};

/** The named readings, `liberal` expanded, in catalogue order; an unknown name fails with the catalogue. */
export function readingsNamed(names: readonly string[]): Reading[] {
  const wanted = new Set(
    names.flatMap((name) =>
      name === LIBERAL
        ? READINGS.filter((reading) => !(reading.name in OUTSIDE_LIBERAL)).map((reading) => reading.name)
        : [name],
    ),
  );
  for (const name of wanted) {
    if (!READINGS.some((reading) => reading.name === name)) {
      const known = READINGS.map((reading) => `  ${reading.name}: ${reading.description}`).join('\n');
      throw new Error(
        `Unknown emulator reading "${name}". Known readings (or "${LIBERAL}" for all that coexist):\n${known}`,
      );
    }
  }
  return READINGS.filter((reading) => wanted.has(reading.name));
}

/** "a,b, c" -> ["a", "b", "c"]. */
export const parseReadingList = parseDefectList;
