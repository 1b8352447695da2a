import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Certificate } from './certificate-types.ts';
import { badgeOf } from './badge.ts';
import { certificateHtml } from './certificate-html.ts';
import { certificateMarkdown } from './certificate-markdown.ts';
import { redact } from './redact.ts';

export const CERTIFICATE_FILES = ['certificate.json', 'certificate.md', 'certificate.html', 'badge.json'] as const;

/** Writes the certificate in its four forms into `dir`; returns the paths written. */
export function writeCertificate(dir: string, certificate: Certificate, secrets: string[]): string[] {
  mkdirSync(dir, { recursive: true });
  const contents: Record<(typeof CERTIFICATE_FILES)[number], string> = {
    'certificate.json': `${JSON.stringify(certificate, null, 2)}\n`,
    'certificate.md': certificateMarkdown(certificate),
    'certificate.html': certificateHtml(certificate),
    'badge.json': `${JSON.stringify(badgeOf(certificate), null, 2)}\n`,
  };
  return CERTIFICATE_FILES.map((file) => {
    const target = path.join(dir, file);
    writeFileSync(target, redact(contents[file], secrets));
    return target;
  });
}
