const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/** An id usable as an HTML anchor, stable for a requirement ID. */
export const anchorOf = (id: string): string => `req-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
