import type { Certificate, RequirementResult, RequirementStatus } from './certificate-types.ts';
import { LEVELS, STATUSES } from './certificate-build.ts';
import { BLOCK_FIELDS, failureFields, formatDuration } from './failure-fields.ts';
import { anchorOf, escapeHtml as e } from './html-escape.ts';

const STATUS_COLORS: Record<RequirementStatus, string> = {
  passed: '#1a7f37',
  failed: '#cf222e',
  'expected-failure': '#9a6700',
  'unexpected-pass': '#8250df',
  'not-applicable': '#57606a',
  'not-run': '#57606a',
  blocked: '#bc4c00',
};
const VERDICT_COLORS: Record<Certificate['verdict'], string> = {
  conformant: '#1a7f37',
  'partially-conformant': '#9a6700',
  'non-conformant': '#cf222e',
};

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h3{font-size:16px;margin:0 0 6px;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.verdict{color:#fff;border-radius:8px;padding:16px 20px;margin:16px 0}
.verdict strong{font-size:24px;display:block;text-transform:uppercase;letter-spacing:.04em}
table{border-collapse:collapse;background:#fff;margin:8px 0;width:100%;overflow-wrap:break-word}
table.reqs{table-layout:fixed}
summary{cursor:pointer}ul{margin:4px 0;padding-left:20px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eaeef2}td.n{text-align:right}
.status{display:inline-block;color:#fff;border-radius:10px;padding:0 8px;font-size:13px;white-space:nowrap}
.card{background:#fff;border:1px solid #d0d7de;border-left:6px solid #cf222e;border-radius:6px;padding:12px 16px;margin:12px 0}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:8px 0}
.card dt{font-weight:600}.card dd{margin:0}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:8px;margin:0;white-space:pre-wrap;word-break:break-all;font:13px/1.4 ui-monospace,"DejaVu Sans Mono",monospace}
code{font:13px ui-monospace,"DejaVu Sans Mono",monospace}
.muted{color:#57606a}
`;

const badge = (status: RequirementStatus): string => `<span class="status" style="background:${STATUS_COLORS[status]}">${status}</span>`;

function testsCell(result: RequirementResult): string {
  if (result.tests.length === 0) return '—';
  const items = result.tests.map((t) => `<li>${e(t.title)} <span class="muted">(${t.status})</span></li>`).join('');
  return `<details><summary>${result.tests.length} test${result.tests.length === 1 ? '' : 's'}</summary><ul>${items}</ul></details>`;
}

function failureCard(result: RequirementResult): string {
  const failures = result.failures
    .map((failure, index) => {
      const rows = failureFields(failure)
        .map(([label, text, key]) => `<dt>${e(label)}</dt><dd>${BLOCK_FIELDS.has(key) ? `<pre>${e(text)}</pre>` : e(text)}</dd>`)
        .join('');
      return `<h4>Failure ${index + 1}</h4><dl>${rows}</dl>`;
    })
    .join('');
  return `<section class="card" id="${anchorOf(result.id)}" style="border-left-color:${result.level === 'ambiguous' ? '#8c959f' : STATUS_COLORS[result.status]}">
<h3>${e(result.id)} ${badge(result.status)}</h3>
<div>${e(result.level)}: ${e(result.statement)}${result.level === 'ambiguous' ? ' <i>(ambiguous: reported, not counted against the target)</i>' : ''}</div>
<div class="muted">${e(result.section)}</div>
${result.reason ? `<div><b>Reason:</b> ${e(result.reason)}</div>` : ''}
${result.link ? `<div><b>Link:</b> ${e(result.link)}</div>` : ''}
${result.blocks?.length ? `<div><b>Root cause</b> of ${result.blocks.length} requirement(s) not judged: ${result.blocks.map((id) => `<code>${e(id)}</code>`).join(', ')}</div>` : ''}
<div><b>Tests:</b> ${result.tests.map((t) => `${e(t.title)} <code>${e(t.location)}</code> (${t.status})`).join('; ')}</div>
${failures || (result.status === 'failed' ? '<div class="muted">The test attached no failures.json.</div>' : '')}
</section>`;
}

export function certificateHtml(c: Certificate): string {
  const formats = [...new Set(Object.values(c.matrix).flatMap((row) => Object.keys(row)))].sort();
  const attention = c.requirements
    .filter((r) => r.status === 'failed' || r.status === 'expected-failure' || r.status === 'unexpected-pass')
    .sort((a, b) => Number(a.level === 'ambiguous') - Number(b.level === 'ambiguous') || (b.blocks?.length ?? 0) - (a.blocks?.length ?? 0));
  const notRun = c.requirements.filter((r) => r.status === 'not-run' && r.level !== 'ambiguous');
  const facts: [string, string][] = [
    ['Target', c.target.name],
    ['Base URL', c.target.baseUrl],
    ['Suite', `${c.suite.name} ${c.suite.version}${c.suite.commit ? ` (commit ${c.suite.commit})` : ''}`],
    ['Seed', c.run.seed ?? '(not set)'],
    ['Runs per property', c.run.runsPerProperty ?? '(default)'],
    ['Started', c.run.startTime],
    ['Duration', formatDuration(c.run.durationMs)],
    ['Playwright status', c.run.playwrightStatus],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Conformance certificate: ${e(c.target.name)}</title><style>${CSS}</style></head>
<body><main>
<h1>Conformance certificate: ${e(c.target.name)}</h1>
<div class="muted">SendGrid Reseller Customer Management API (Web API v2)</div>
<div class="verdict" id="verdict" style="background:${VERDICT_COLORS[c.verdict]}"><strong>${e(c.verdict)}</strong>${e(c.verdictReason)}</div>
<table>${facts.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>
${attention.length > 0 ? `<h2>Failures and deviations</h2>${attention.map(failureCard).join('\n')}` : ''}
${
  notRun.length > 0
    ? `<h2>Not run</h2><p class="muted">Documented or inferred requirements no test checked in this run: a certification run leaves none.</p><table><tr><th>requirement</th><th>level</th><th>why</th></tr>${notRun
        .map((r) => `<tr><td><code>${e(r.id)}</code></td><td>${r.level}</td><td>${e(r.reason ?? '')}</td></tr>`)
        .join('')}</table>`
    : ''
}
<h2>Totals per level</h2>
<table><tr><th>level</th>${STATUSES.map((s) => `<th>${s}</th>`).join('')}</tr>
${LEVELS.map((l) => `<tr><td>${l}</td>${STATUSES.map((s) => `<td class="n">${c.totals[l][s]}</td>`).join('')}</tr>`).join('')}</table>
<p class="muted">Ambiguous requirements are reported but never counted against the target.</p>
<h2>Operations × formats</h2>
<p class="muted">Tests passed / failed / skipped.</p>
<table><tr><th>operation</th>${formats.map((f) => `<th>${e(f)}</th>`).join('')}</tr>
${Object.entries(c.matrix)
  .map(([op, row]) => `<tr><td>${e(op)}</td>${formats.map((f) => `<td>${row[f] ? `${row[f].passed} / ${row[f].failed} / ${row[f].skipped}` : '—'}</td>`).join('')}</tr>`)
  .join('')}</table>
${
  c.unknownRequirements.length > 0
    ? `<h2>Requirement IDs missing from the register</h2><ul>${c.unknownRequirements.map((u) => `<li><code>${e(u.requirement)}</code>: ${e(u.tests.join('; '))}</li>`).join('')}</ul>`
    : ''
}
<h2>Requirements</h2>
<table class="reqs"><colgroup><col style="width:28%"><col style="width:11%"><col style="width:14%"><col style="width:24%"><col style="width:23%"></colgroup>
<tr><th>requirement</th><th>level</th><th>status</th><th>tests</th><th>reason</th></tr>
${c.requirements
  .map(
    (r) =>
      `<tr><td><code>${e(r.id)}</code></td><td>${r.level}</td><td>${badge(r.status)}</td><td>${testsCell(r)}</td><td>${e(r.reason ?? '')}</td></tr>`,
  )
  .join('\n')}</table>
</main></body></html>
`;
}
