import type { Defect } from './defect.ts';

export const sendgridDomainCaseSensitive: Defect = {
  name: 'sendgrid-domain-case-sensitive',
  description: 'update_username refuses "sendgrid.com" only in lower case: a@SendGrid.com is accepted.',
  breaks: ['update_username.username.no-sendgrid-domain'],
  install(parts) {
    const validate = parts.validate;
    parts.validate = (operation, values, context) =>
      validate(operation, values, context).filter(
        (violation) =>
          !(
            violation.kind === 'domainNotSendGrid' &&
            !(values.get(violation.parameter)?.[0] ?? '').includes('sendgrid.com')
          ),
      );
  },
};
