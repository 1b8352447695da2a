import type { Certificate } from './certificate-types.ts';

const COLORS: Record<Certificate['verdict'], string> = {
  conformant: 'brightgreen',
  'partially-conformant': 'yellow',
  'non-conformant': 'red',
};

/** shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export function badgeOf(certificate: Certificate): { schemaVersion: 1; label: string; message: string; color: string } {
  const counted = certificate.requirements.filter((r) => r.level !== 'ambiguous' && r.status !== 'not-applicable');
  const passed = counted.filter((r) => r.status === 'passed' || r.status === 'unexpected-pass').length;
  return {
    schemaVersion: 1,
    label: `${certificate.target.name} conformance`,
    message: `${certificate.verdict} (${passed}/${counted.length})`,
    color: COLORS[certificate.verdict],
  };
}
