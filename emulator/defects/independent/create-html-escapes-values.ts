import type { Defect } from '../defect.ts';
import { effectOf } from './support.ts';

const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' } as const;

export const createHtmlEscapesValues: Defect = {
  name: 'independent-create-html-escapes-values',
  description:
    'create "sanitises" its input with htmlspecialchars before storing: a company address "1 Main St & Co" is listed ' +
    'as "1 Main St &amp; Co", "O\'Brien" as "O&#039;Brien".',
  breaks: ['create.effect.listed'],
  install(parts) {
    effectOf(parts, 'create', (call, clean) => {
      const values = new Map(
        [...call.values].map(([name, sent]) => [
          name,
          name === 'username' || name.startsWith('password')
            ? sent
            : sent.map((value) => value.replace(/[&<>"']/g, (character) => HTML[character as keyof typeof HTML])),
        ]),
      );
      return clean({ ...call, values });
    });
  },
};
