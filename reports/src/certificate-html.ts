import type { Certificate, RequirementResult } from './certificate-types.ts';
import { LEVELS } from './certificate-build.ts';
import { BLOCK_FIELDS, failureFields, formatDuration } from './failure-fields.ts';
import { anchorOf, escapeHtml as e } from './html-escape.ts';
import { CERTIFICATE_CSS } from './certificate-css.ts';
import { CERTIFICATE_SCRIPT } from './certificate-script.ts';

// Colours of the statuses this suite knows; any other status (a newer reporter's) is drawn in grey.
const STATUS_COLORS: Record<string, string> = {
  failed: '#cf222e',
  blocked: '#bc4c00',
  'expected-failure': '#9a6700',
  'unexpected-pass': '#8250df',
  'not-run': '#6e7781',
  passed: '#1a7f37',
  'not-applicable': '#8c959f',
};
const UNKNOWN_STATUS_COLOR = '#57606a';
// Worst first: a matrix cell takes the first of these among its requirements; the list is sorted so.
const STATUS_ORDER = Object.keys(STATUS_COLORS);
const VERDICT_COLORS: Record<Certificate['verdict'], string> = {
  conformant: '#1a7f37',
  'partially-conformant': '#9a6700',
  'non-conformant': '#cf222e',
};
/** Statuses a reader has to look at: a failure shows its evidence, the others their reason. */
const FAILING = new Set(['failed', 'expected-failure']);

/** The status a filter groups by: its first word (`blocked by create.valid.accepted` -> `blocked`). */
const statusKey = (status: string): string => status.split(/\s+/)[0] ?? status;
const colorOf = (status: string): string => STATUS_COLORS[statusKey(status)] ?? UNKNOWN_STATUS_COLOR;
const rank = (status: string): number => {
  const index = STATUS_ORDER.indexOf(statusKey(status));
  return index === -1 ? STATUS_ORDER.length : index;
};
const badge = (status: string): string =>
  `<span class="status" style="background:${colorOf(status)}">${e(status)}</span>`;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Which requirements a matrix cell (or the operation filter) covers: `*` applies to every operation. */
const appliesTo = (r: RequirementResult, operation: string, format: string): boolean =>
  (r.operations ?? []).some((op) => op === operation || op === '*') && (r.formats ?? []).includes(format);

// Shown on one line above a failure's evidence rather than as rows of their own.
const FAILURE_META = new Set(['operation', 'format', 'verb', 'seed', 'path']);

function failureBlock(result: RequirementResult): string {
  if (result.failures.length === 0) {
    return result.status === 'failed'
      ? '<p class="muted">The test attached no failures.json: its error is in the reason above.</p>'
      : '';
  }
  return result.failures
    .map((failure, index) => {
      const fields = failureFields(failure).filter(([, text, key]) => !(key === 'requirement' && text === result.id));
      const meta = fields
        .filter(([, , key]) => FAILURE_META.has(key))
        .map(([label, text, key]) =>
          key === 'operation' || key === 'format' || key === 'verb'
            ? e(text)
            : `${e(label.toLowerCase())} <code>${e(text)}</code>`,
        );
      const rows = fields
        .filter(([, , key]) => !FAILURE_META.has(key))
        .map(([label, text, key]) => {
          if (key === 'curl') {
            const copyButton = '<button type="button" class="copy" data-copy>Copy</button>';
            return `<dt>${e(label)}</dt><dd><div class="curl"><pre>${e(text)}</pre>${copyButton}</div></dd>`;
          }
          return `<dt>${e(label)}</dt><dd>${BLOCK_FIELDS.has(key) ? `<pre>${e(text)}</pre>` : e(text)}</dd>`;
        })
        .join('');
      const heading = result.failures.length > 1 ? `Failure ${index + 1} of ${result.failures.length}` : 'Failure';
      const metaLine = meta.length > 0 ? ` <span class="meta">${meta.join(' · ')}</span>` : '';
      return `<div class="failure"><h4>${heading}${metaLine}</h4><dl>${rows}</dl></div>`;
    })
    .join('');
}

function testsBlock(result: RequirementResult): string {
  if (result.tests.length === 0) return '<p class="muted">No test names this requirement.</p>';
  const counts = new Map<string, number>();
  for (const test of result.tests) counts.set(test.status, (counts.get(test.status) ?? 0) + 1);
  const tally = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  const items = result.tests
    .map((t) => {
      const reason = t.reason && t.status !== 'passed' ? `<div class="muted">${e(t.reason)}</div>` : '';
      const status = `<span class="t-${e(t.status)}">${e(t.status)}</span>`;
      return `<li>${status} ${e(t.title)} <code>${e(t.location)}</code>${reason}</li>`;
    })
    .join('');
  const summary = `<summary>${plural(result.tests.length, 'test')} behind it (${e(tally)})</summary>`;
  return `<details class="tests">${summary}<ul>${items}</ul></details>`;
}

function requirementItem(result: RequirementResult): string {
  const key = statusKey(result.status);
  const operations = result.operations ?? [];
  const formats = result.formats ?? [];
  const scope = `${operations.includes('*') ? 'every operation' : operations.join(', ')} · ${formats.join(', ')}`;
  const ambiguous = result.level === 'ambiguous';
  const attributes =
    `class="req${ambiguous ? ' ambiguous' : ''}" id="${anchorOf(result.id)}" data-status="${e(key)}" ` +
    `data-level="${e(result.level)}" data-operations="${e(operations.join(' '))}" ` +
    `data-formats="${e(formats.join(' '))}" style="--status:${colorOf(result.status)}"`;
  const summary =
    `<summary>${badge(result.status)}<span class="rid">${e(result.id)}</span>` +
    `<span class="level">${e(result.level)}</span><span class="scope">${e(scope)}</span></summary>`;
  const ambiguousNote = ambiguous ? ' <em>(ambiguous: reported, never counted against the target)</em>' : '';
  const links = (ids: string[]): string =>
    ids.map((id) => `<a href="#${anchorOf(id)}"><code>${e(id)}</code></a>`).join(', ');
  const blockedBy = result.blockedBy?.length ? `<p><b>Blocked by:</b> ${links(result.blockedBy)}</p>` : '';
  const blocks = result.blocks?.length
    ? `<p><b>Root cause</b> of ${result.blocks.length} requirement(s) not judged: ${links(result.blocks)}</p>`
    : '';
  return `<details ${attributes}>
${summary}
<div class="body">
<p class="statement">${e(result.statement)}${ambiguousNote}</p>
<p class="muted">${e(result.section)}</p>
${result.reason ? `<p><b>${FAILING.has(key) ? 'Why' : 'Reason'}:</b> ${e(result.reason)}</p>` : ''}
${result.link ? `<p><b>Link:</b> ${e(result.link)}</p>` : ''}
${blockedBy}
${blocks}
${FAILING.has(key) ? failureBlock(result) : ''}
${testsBlock(result)}
</div>
</details>`;
}

function matrixTable(c: Certificate): string {
  const operations = [...new Set(c.requirements.flatMap((r) => r.operations ?? []).filter((op) => op !== '*'))];
  const formats = [...new Set(c.requirements.flatMap((r) => r.formats ?? []))].sort();
  if (operations.length === 0 || formats.length === 0)
    return '<p class="muted">This certificate names no operations.</p>';
  const cell = (operation: string, format: string): string => {
    const covered = c.requirements.filter(
      (r) => appliesTo(r, operation, format) && r.level !== 'ambiguous' && r.status !== 'not-applicable',
    );
    if (covered.length === 0) return '<td class="cell empty">nothing applies</td>';
    const counts = new Map<string, number>();
    for (const r of covered) counts.set(statusKey(r.status), (counts.get(statusKey(r.status)) ?? 0) + 1);
    const worst = [...counts.keys()].sort((a, b) => rank(a) - rank(b))[0]!;
    const passed = counts.get('passed') ?? 0;
    const others = [...counts].filter(([status]) => status !== 'passed').sort(([a], [b]) => rank(a) - rank(b));
    const detail = others.map(([status, count]) => `${count} ${status}`).join(', ');
    const title = `${operation} ${format}: ${passed}/${covered.length} passed${detail ? `; ${detail}` : ''}`;
    const attributes =
      `type="button" data-operation="${e(operation)}" data-format="${e(format)}" ` +
      `style="--status:${colorOf(worst)}" title="${e(title)}"`;
    const label = `<b>${passed}/${covered.length}</b><span>${detail ? e(detail) : 'all passed'}</span>`;
    return `<td class="cell"><button ${attributes}>${label}</button></td>`;
  };
  const head = `<thead><tr><th>operation</th>${formats.map((f) => `<th>${e(f)}</th>`).join('')}</tr></thead>`;
  return `<div class="scroll"><table class="matrix">${head}<tbody>
${operations.map((op) => `<tr><th>${e(op)}</th>${formats.map((f) => cell(op, f)).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

function select(name: string, label: string, options: [string, string][]): string {
  const items = options.map(([value, text]) => `<option value="${e(value)}">${e(text)}</option>`).join('');
  return `<label>${e(label)} <select data-filter="${name}"><option value="">all</option>${items}</select></label>`;
}

export function certificateHtml(c: Certificate): string {
  // Worst first; among failures, root causes (what kept others from being judged) first.
  const requirements = [...c.requirements].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      Number(a.level === 'ambiguous') - Number(b.level === 'ambiguous') ||
      (b.blocks?.length ?? 0) - (a.blocks?.length ?? 0),
  );
  const statusCounts = new Map<string, number>();
  for (const r of requirements) statusCounts.set(statusKey(r.status), (statusCounts.get(statusKey(r.status)) ?? 0) + 1);
  const statuses = [...statusCounts.keys()].sort((a, b) => rank(a) - rank(b));
  const operations = [...new Set(requirements.flatMap((r) => r.operations ?? []).filter((op) => op !== '*'))];
  const formats = [...new Set(requirements.flatMap((r) => r.formats ?? []))].sort();
  const levels = LEVELS.filter((level) => requirements.some((r) => r.level === level));
  const counted = requirements.filter((r) => r.level !== 'ambiguous' && r.status !== 'not-applicable');
  const countedPassed = counted.filter((r) => r.status === 'passed').length;
  const facts: [string, string][] = [
    ['Base URL', c.target.baseUrl],
    ['Suite', `${c.suite.name} ${c.suite.version}${c.suite.commit ? ` (${c.suite.commit.slice(0, 12)})` : ''}`],
    ['Seed', c.run.seed ?? '(not set)'],
    ['Cases per property', c.run.runsPerProperty ?? '(default)'],
    ['Started', c.run.startTime],
    ['Duration', formatDuration(c.run.durationMs)],
    ['Run id', c.run.runId ?? '(not set)'],
    ['Playwright status', c.run.playwrightStatus],
  ];
  const totalStatuses = [...new Set(LEVELS.flatMap((level) => Object.keys(c.totals[level] ?? {})))].sort(
    (a, b) => rank(a) - rank(b),
  );
  const title = `${e(c.verdict)}: ${e(c.target.name)} — SendGrid Reseller API conformance`;
  const chips = statuses
    .map(
      (status) =>
        `<button type="button" class="chip" data-status="${e(status)}" style="--status:${colorOf(status)}">` +
        `<b>${statusCounts.get(status)}</b> ${e(status)}</button>`,
    )
    .join('');
  const matrixNote =
    'Documented and inferred requirements passed per operation and format (not-applicable ones left out), ' +
    'coloured by the worst status among them. Click a cell to list them.';
  const totalsHead = `<thead><tr><th>level</th>${totalStatuses.map((s) => `<th>${e(s)}</th>`).join('')}</tr></thead>`;
  const totalsRows = LEVELS.map((l) => {
    const cells = totalStatuses.map((s) => `<td>${(c.totals[l] as Record<string, number> | undefined)?.[s] ?? 0}</td>`);
    return `<tr><th>${e(l)}</th>${cells.join('')}</tr>`;
  }).join('');
  const ambiguousNote =
    'Ambiguous requirements (the documents conflict or are silent) are reported but never counted against the target.';
  const unknownItems = c.unknownRequirements.map(
    (u) => `<li><code>${e(u.requirement)}</code>: ${e(u.tests.join('; '))}</li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${CERTIFICATE_CSS}</style></head>
<body><main>
<header><div class="muted">SendGrid Reseller Customer Management API (Web API v2) · conformance certificate</div>
<h1>${e(c.target.name)}</h1></header>
<section class="verdict" id="verdict" style="--verdict:${VERDICT_COLORS[c.verdict] ?? UNKNOWN_STATUS_COLOR}">
<div class="word">${e(c.verdict)}</div>
<div class="reason">${e(c.verdictReason)}</div>
<div class="score">${countedPassed} of ${counted.length} documented and inferred requirements passed</div>
</section>
<nav class="chips" aria-label="requirements by status">${chips}</nav>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>

<h2>Operations × formats</h2>
<p class="muted">${matrixNote}</p>
${matrixTable(c)}

<h2 id="requirements">Requirements</h2>
<form class="filters" id="filters" onsubmit="return false">
${select(
  'status',
  'Status',
  statuses.map((s) => [s, `${s} (${statusCounts.get(s)})`]),
)}
${select(
  'level',
  'Level',
  levels.map((l) => [l, l]),
)}
${select(
  'operation',
  'Operation',
  operations.map((o) => [o, o]),
)}
${select(
  'format',
  'Format',
  formats.map((f) => [f, f]),
)}
<label class="search">Find <input type="search" data-filter="text" placeholder="requirement id or words"></label>
<button type="button" id="clear-filters">Clear</button>
</form>
<p class="muted" id="shown" aria-live="polite">${plural(requirements.length, 'requirement')}</p>
<div id="requirement-list">
${requirements.map(requirementItem).join('\n')}
</div>
<p class="muted" id="nothing-shown" hidden>No requirement matches these filters.</p>

<h2>Totals per level</h2>
<div class="scroll"><table class="totals">${totalsHead}<tbody>
${totalsRows}
</tbody></table></div>
<p class="muted">${ambiguousNote}</p>
${
  c.unknownRequirements.length > 0
    ? `<h2>Requirement IDs missing from the register</h2><ul>${unknownItems.join('')}</ul>`
    : ''
}
</main>
<script>${CERTIFICATE_SCRIPT}</script>
</body></html>
`;
}
