import type { Defect } from '../defect.ts';
import { extraViolation, validateOf } from './support.ts';

const US_STYLE_ZIP = /^[0-9][0-9 -]*$/;

export const zipValidatedAsPostalCode: Defect = {
  name: 'independent-zip-validated-as-postal-code',
  description:
    'create refuses a zip with letters ("SW1A 1AA", "K1A 0B1"): digits only, although the zip "is not validated for ' +
    'correct value".',
  breaks: ['create.zip.any-value'],
  install(parts) {
    validateOf(parts, 'create', (operation, values, context, clean) => {
      const violations = clean(operation, values, context);
      const zip = values.get('zip')?.[0];
      if (zip !== undefined && zip !== '' && !US_STYLE_ZIP.test(zip)) {
        violations.push(
          extraViolation(operation, 'zip', 'format', 'Zip must be a valid zip code', 'create.zip.any-value'),
        );
      }
      return violations;
    });
  },
};
