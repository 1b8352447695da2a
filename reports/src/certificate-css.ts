/** The certificate page's style: system fonts only, no external asset. */
export const CERTIFICATE_CSS = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;margin:0;
  background:#f6f8fa}
main{max-width:1120px;margin:0 auto;padding:20px 16px 48px}
h1{font-size:28px;margin:2px 0 12px;overflow-wrap:anywhere}
h2{font-size:19px;margin:32px 0 6px}
h4{margin:12px 0 4px;font-size:14px}
h4 .meta{font-weight:400;color:#57606a;margin-left:8px}
p{margin:6px 0}
.muted{color:#57606a}
code,pre,.rid{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
code{font-size:12.5px;color:#57606a}
.verdict{background:var(--verdict);color:#fff;border-radius:10px;padding:18px 22px}
.verdict .word{font-size:30px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;line-height:1.15}
.verdict .reason{font-size:16px;margin-top:4px}
.verdict .score{opacity:.9;margin-top:6px;font-size:14px}
.chips{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0}
.chip{border:1px solid #d0d7de;border-left:6px solid var(--status);background:#fff;border-radius:6px;padding:4px 10px;
  font:inherit;font-size:14px;cursor:pointer}
.chip:hover,.chip[aria-pressed=true]{background:#eaeef2}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:6px 16px;background:#fff;
  border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;margin:0}
.facts dt{font-size:12px;color:#57606a;text-transform:uppercase;letter-spacing:.03em}
.facts dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
table{border-collapse:collapse;background:#fff}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
thead th{background:#eaeef2;font-size:13px}
.matrix{min-width:100%}
.matrix tbody th{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:500;font-size:13px;
  white-space:nowrap}
.matrix td.cell{padding:3px;width:40%}
.matrix button{display:flex;gap:10px;align-items:baseline;width:100%;text-align:left;border:0;
  border-left:6px solid var(--status);background:color-mix(in srgb,var(--status) 14%,#fff);padding:5px 8px;
  border-radius:4px;font:inherit;font-size:14px;cursor:pointer;color:inherit}
.matrix button:hover{background:color-mix(in srgb,var(--status) 26%,#fff)}
.matrix button span{color:#57606a;font-size:13px}
.matrix td.empty{color:#8c959f;text-align:center}
.totals td{text-align:right;min-width:64px}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;background:#fff;border:1px solid #d0d7de;
  border-radius:8px;padding:10px 12px;position:sticky;top:0;z-index:1}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#57606a;gap:2px}
.filters select,.filters input,.filters button{font:inherit;font-size:14px;padding:4px 6px;border:1px solid #d0d7de;
  border-radius:6px;background:#fff;color:#1f2328}
.filters .search{flex:1;min-width:180px}
.filters button{cursor:pointer}
.req{scroll-margin-top:90px;background:#fff;border:1px solid #d0d7de;border-left:6px solid var(--status);
  border-radius:6px;margin:6px 0}
.req.ambiguous{border-left-style:dashed}
.req>summary{display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px;padding:7px 12px;cursor:pointer;
  list-style-position:outside}
.req>summary::marker{color:#8c959f}
.req .rid{font-size:13.5px;font-weight:600;overflow-wrap:anywhere;flex:1 1 280px}
.req .level,.req .scope{font-size:12.5px;color:#57606a}
.req .scope{flex:0 1 auto}
.req .body{padding:0 14px 12px;border-top:1px solid #eaeef2}
.status{display:inline-block;color:#fff;border-radius:10px;padding:0 9px;font-size:12.5px;white-space:nowrap;
  font-weight:600}
.failure{border:1px solid #ffcecb;background:#fff8f7;border-radius:6px;padding:4px 12px 10px;margin:10px 0}
.failure dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:6px 14px;margin:6px 0}
.failure dt{font-weight:600;font-size:13.5px}
.failure dd{margin:0;min-width:0}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:8px;margin:0;white-space:pre-wrap;
  overflow-wrap:anywhere;font-size:12.5px;line-height:1.45;max-height:24em;overflow:auto}
.curl{position:relative}
.curl pre{padding-right:64px}
.copy{position:absolute;top:4px;right:4px;font:inherit;font-size:12.5px;padding:2px 10px;border:1px solid #d0d7de;
  border-radius:6px;background:#fff;cursor:pointer}
.copy.done{border-color:#1a7f37;color:#1a7f37}
.tests{margin-top:8px}
.tests summary{cursor:pointer;color:#0969da}
.tests ul{margin:6px 0;padding-left:18px;font-size:13.5px}
.tests li{margin:2px 0}
.t-passed{color:#1a7f37}.t-failed,.t-flaky,.t-interrupted{color:#cf222e}.t-skipped{color:#6e7781}
@media (max-width:640px){
  main{padding:12px 10px 32px}
  h1{font-size:22px}
  .verdict{padding:14px 16px}.verdict .word{font-size:23px}
  .facts{grid-template-columns:1fr 1fr}
  .failure dl{grid-template-columns:1fr}
  .failure dt{margin-top:4px}
  .filters{position:static}
  .filters label{flex:1 1 40%}
  .matrix button{flex-direction:column;gap:0}
}
`;
