import { activeFlagToggles } from './active-flag-toggles.ts';
import { apiKeyNotChecked } from './api-key-not-checked.ts';
import { apiKeyOfAnyReseller } from './api-key-of-any-reseller.ts';
import { companyFilterCrashes } from './company-filter-crashes.ts';
import { createUniquenessRace } from './create-uniqueness-race.ts';
import { createdCustomerLosesPhone } from './created-customer-loses-phone.ts';
import { customerLookupIgnoresReseller } from './customer-lookup-ignores-reseller.ts';
import type { Defect } from './defect.ts';
import { deleteOnlyDeactivates } from './delete-only-deactivates.ts';
import { deletedUsernameReusable } from './deleted-username-reusable.ts';
import { enableGrantsWebsiteAccess } from './enable-grants-website-access.ts';
import { jsonLatin1Bytes } from './json-latin1-bytes.ts';
import { laterServiceWebsiteErrorUnwrapped } from './later-service-website-error-unwrapped.ts';
import { laterServiceXmlUtf8 } from './later-service-xml-utf8.ts';
import { listShowsPassword } from './list-shows-password.ts';
import { nonAsciiCreateCrashes } from './non-ascii-create-crashes.ts';
import { nonResellerServed } from './non-reseller-served.ts';
import { packageFromAnyReseller } from './package-from-any-reseller.ts';
import { postBodyIgnored } from './post-body-ignored.ts';
import { profileUpdateClearsUnsent } from './profile-update-clears-unsent.ts';
import { refusedCreateStillStores } from './refused-create-still-stores.ts';
import { refusedRenameStillRenames } from './refused-rename-still-renames.ts';
import { refusedSetEmailStillStores } from './refused-set-email-still-stores.ts';
import { renameKeepsOldName } from './rename-keeps-old-name.ts';
import { renameLimitFromCreate } from './rename-limit-from-create.ts';
import { renameUniquePerReseller } from './rename-unique-per-reseller.ts';
import { renameUniquenessRace } from './rename-uniqueness-race.ts';
import { retrieveLeaksOtherResellers } from './retrieve-leaks-other-resellers.ts';
import { usernameFilterSearchesEveryReseller } from './username-filter-searches-every-reseller.ts';
import { usernameUniquePerReseller } from './username-unique-per-reseller.ts';
import { websiteAccessChangesActive } from './website-access-changes-active.ts';
import { websiteDisableGrantsAccess } from './website-disable-grants-access.ts';
import { INDEPENDENT_DEFECTS } from './independent/index.ts';
import {
  billingCycleUnchecked,
  billingDateCalendarUnchecked,
  billingDateRolledOver,
  billingDateUsFormatAccepted,
  cityFilterIgnored,
  confirmPasswordNotCompared,
  createEmptyValuesAccepted,
  deleteUnknownUserSucceeds,
  disableDoesNothing,
  duplicateCreateOverwrites,
  emailFormatLoose,
  emailLimitOffByOne,
  enableDoesNothing,
  enableUnknownUserSucceeds,
  firstNameLimitTightened,
  freeUserAnyValue,
  ipOwnershipIgnored,
  jsonActiveBoolean,
  jsonErrorListWithoutMessage,
  jsonErrorsAsString,
  jsonSuccessCapitalised,
  laterServiceFiltersRemoved,
  listDropsPhone,
  passwordMinLengthFive,
  passwordMinLengthTightened,
  passwordUpdateSkipsConfirmation,
  profilePhoneLimitTightened,
  profileUpdateForgetsPhone,
  profileUpdateIgnoresCompany,
  profileUpdateUnknownUserSucceeds,
  renameAcceptsTakenUsername,
  renameAllowsSendgridDomain,
  renameDoesNothing,
  renameFormatUnchecked,
  renameLimitTightened,
  sendgridDomainCaseSensitive,
  setEmailIgnored,
  setEmailLimitOffByOne,
  setEmailLimitTightened,
  updatePasswordMinLengthFive,
  updatePasswordMinLengthTightened,
  userNotFoundWrongMessage,
  usernameLimitOffByOne,
  usernameLimitTightened,
  xmlAmpersandUnescaped,
  xmlDeclarationMissing,
  xmlDeclarationWithoutEncoding,
  xmlListRootCustomers,
  xmlNoCharRefs,
  xmlSuccessRootResponse,
  xmlUtf8Bytes,
} from './shaped-defects.ts';

export { INDEPENDENT_DEFECTS };

/** Every defect the emulator can be started with (EMULATOR_DEFECTS=name,name or --defects). */
export const DEFECTS: readonly Defect[] = [
  // Limits and formats
  usernameLimitOffByOne,
  emailLimitOffByOne,
  setEmailLimitOffByOne,
  renameLimitFromCreate,
  passwordMinLengthFive,
  updatePasswordMinLengthFive,
  confirmPasswordNotCompared,
  passwordUpdateSkipsConfirmation,
  emailFormatLoose,
  renameFormatUnchecked,
  billingDateCalendarUnchecked,
  billingDateRolledOver,
  billingDateUsFormatAccepted,
  billingCycleUnchecked,
  freeUserAnyValue,
  createEmptyValuesAccepted,
  // Limits read too tightly: a value exactly at the limit refused
  usernameLimitTightened,
  firstNameLimitTightened,
  passwordMinLengthTightened,
  updatePasswordMinLengthTightened,
  renameLimitTightened,
  setEmailLimitTightened,
  profilePhoneLimitTightened,
  // Ownership and uniqueness
  packageFromAnyReseller,
  ipOwnershipIgnored,
  duplicateCreateOverwrites,
  renameAcceptsTakenUsername,
  renameAllowsSendgridDomain,
  sendgridDomainCaseSensitive,
  // Races: a gap between the uniqueness check and the write
  createUniquenessRace,
  renameUniquenessRace,
  // Transitions
  createdCustomerLosesPhone,
  disableDoesNothing,
  enableDoesNothing,
  activeFlagToggles,
  websiteAccessChangesActive,
  websiteDisableGrantsAccess,
  profileUpdateClearsUnsent,
  profileUpdateForgetsPhone,
  renameDoesNothing,
  renameKeepsOldName,
  setEmailIgnored,
  deleteOnlyDeactivates,
  deletedUsernameReusable,
  cityFilterIgnored,
  enableGrantsWebsiteAccess,
  profileUpdateIgnoresCompany,
  listShowsPassword,
  // Unknown users and refusals
  enableUnknownUserSucceeds,
  deleteUnknownUserSucceeds,
  profileUpdateUnknownUserSucceeds,
  refusedCreateStillStores,
  refusedSetEmailStillStores,
  refusedRenameStillRenames,
  // Envelopes
  jsonErrorsAsString,
  jsonErrorListWithoutMessage,
  jsonSuccessCapitalised,
  xmlSuccessRootResponse,
  userNotFoundWrongMessage,
  jsonActiveBoolean,
  listDropsPhone,
  xmlListRootCustomers,
  // Encodings and escaping
  xmlDeclarationWithoutEncoding,
  xmlDeclarationMissing,
  xmlUtf8Bytes,
  xmlNoCharRefs,
  xmlAmpersandUnescaped,
  jsonLatin1Bytes,
  // Tenants and credentials
  retrieveLeaksOtherResellers,
  customerLookupIgnoresReseller,
  usernameUniquePerReseller,
  apiKeyNotChecked,
  nonResellerServed,
  // Nearly broken
  postBodyIgnored,
  renameUniquePerReseller,
  usernameFilterSearchesEveryReseller,
  apiKeyOfAnyReseller,
  // Crashes
  nonAsciiCreateCrashes,
  companyFilterCrashes,
  // The later real service (targets/later-service.json)
  laterServiceWebsiteErrorUnwrapped,
  laterServiceXmlUtf8,
  laterServiceFiltersRemoved,
  // Written without reading the suite (issue 13): emulator/defects/independent/.
  ...INDEPENDENT_DEFECTS,
];

/** The named defects; an unknown name fails with the catalogue. */
export function defectsNamed(names: readonly string[]): Defect[] {
  return names.map((name) => {
    const defect = DEFECTS.find((candidate) => candidate.name === name);
    if (!defect) {
      const known = DEFECTS.map((candidate) => `  ${candidate.name}: ${candidate.description}`).join('\n');
      throw new Error(`Unknown emulator defect "${name}". Known defects:\n${known}`);
    }
    return defect;
  });
}

/** "a,b, c" -> ["a", "b", "c"]. */
export function parseDefectList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
