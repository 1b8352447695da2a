import type { Defect } from '../defect.ts';
import { validateOf } from './support.ts';

export const sendgridSubdomainAllowed: Defect = {
  name: 'independent-sendgrid-subdomain-allowed',
  description:
    'setUsername refuses only a domain equal to sendgrid.com: a@eu.sendgrid.com or a@mail.SendGrid.com ("contain ' +
    'SendGrid.com in the domain name", D19) are accepted.',
  breaks: ['update_username.username.no-sendgrid-domain'],
  install(parts) {
    validateOf(parts, 'update_username', (operation, values, context, clean) => {
      const domain = (values.get('username')?.[0] ?? '').split('@').pop()?.toLowerCase();
      return clean(operation, values, context).filter(
        (violation) => violation.kind !== 'domainNotSendGrid' || domain === 'sendgrid.com',
      );
    });
  },
};
