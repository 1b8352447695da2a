import type { Rule } from './types.ts';

export const domainNotSendGrid: Rule<'domainNotSendGrid'> = {
  holds: (value) => {
    const at = value.lastIndexOf('@');
    return (
      at === -1 ||
      !value
        .slice(at + 1)
        .toLowerCase()
        .includes('sendgrid.com')
    );
  },
  describe: () => 'cannot contain SendGrid.com in the domain name',
};
