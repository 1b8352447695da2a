import { escapeHtml as e } from './html-escape.ts';

/** A small document model rendered both as Markdown and as one self-contained HTML page. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; anchor?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'code'; text: string; language?: string };

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>') || ' ';

function fence(text: string, language = ''): string {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}${language}\n${text}\n${ticks}`;
}

export function blocksToMarkdown(blocks: Block[]): string {
  return `${blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `${'#'.repeat(block.level)} ${block.anchor ? `<a id="${block.anchor}"></a>` : ''}${block.text}`;
        case 'paragraph':
          return block.text;
        case 'list':
          return block.items.map((item) => `- ${item.replace(/\r?\n/g, ' ')}`).join('\n');
        case 'table':
          return [
            `| ${block.headers.map(mdCell).join(' | ')} |`,
            `|${block.headers.map(() => '---').join('|')}|`,
            ...block.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
          ].join('\n');
        case 'code':
          return fence(block.text, block.language);
      }
    })
    .join('\n\n')}\n`;
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;margin:0;
  background:#f6f8fa}
main{max-width:1150px;margin:0 auto;padding:24px}
h1{font-size:26px}h2{font-size:21px;margin-top:40px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
  h3{font-size:17px;margin-top:24px}h4{font-size:15px}
table{border-collapse:collapse;background:#fff;margin:8px 0;width:100%}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eaeef2}
pre{background:#fff;border:1px solid #d0d7de;border-radius:4px;padding:8px;white-space:pre-wrap;word-break:break-all;
  font:13px/1.4 ui-monospace,"DejaVu Sans Mono",monospace}
:target{background:#fff8c5}
`;

export function blocksToHtml(title: string, blocks: Block[]): string {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h${block.level}${block.anchor ? ` id="${block.anchor}"` : ''}>${e(block.text)}</h${block.level}>`;
        case 'paragraph':
          return `<p>${e(block.text)}</p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><tr>${block.headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr>${block.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${e(cell).replace(/\r?\n/g, '<br>')}</td>`).join('')}</tr>`)
            .join('')}</table>`;
        case 'code':
          return `<pre>${e(block.text)}</pre>`;
      }
    })
    .join('\n');
  const head = `<head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS}</style></head>`;
  return `<!doctype html>\n<html lang="en">${head}\n<body><main>\n${body}\n</main></body></html>\n`;
}
