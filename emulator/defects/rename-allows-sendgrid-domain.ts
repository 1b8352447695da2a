import type { Defect } from './defect.ts';

export const renameAllowsSendgridDomain: Defect = {
  name: 'rename-allows-sendgrid-domain',
  description: 'update_username accepts a new username on a SendGrid.com domain.',
  breaks: ['update_username.username.no-sendgrid-domain'],
  install(parts) {
    const rename = parts.operations.find((operation) => operation.id === 'update_username');
    for (const parameter of rename?.parameters ?? []) {
      parameter.constraints = parameter.constraints.filter((constraint) => constraint.kind !== 'domainNotSendGrid');
    }
  },
};
