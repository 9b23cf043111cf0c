/**
 * @module report/report-styles
 * The inline style sheet of every HTML report: system fonts, readable tables, severity badges, collapsible
 * column cards, and print rules (no backgrounds wasted, no cards split across pages).
 *
 * @example
 * ```ts
 * import { REPORT_CSS } from './report-styles.js';
 * `<style>${REPORT_CSS}</style>`;
 * ```
 */

/** The report style sheet (plain CSS, no imports, no web fonts). */
export const REPORT_CSS = `
:root { --text: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --accent: #3b6ea8;
  --error: #b42318; --error-bg: #fde8e7; --warning: #8a4a06; --warning-bg: #fdf1e1; --info: #2f6fb0; --info-bg: #e6f0fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 8px; }
h1 { font-size: 22px; margin: 0 0 4px; word-break: break-word; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 8px; }
h4 { font-size: 13px; margin: 12px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
p { margin: 6px 0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; }
.meta { color: var(--muted); margin: 0 0 6px; }
.meta span + span::before { content: " · "; }
.totals { display: flex; gap: 8px; flex-wrap: wrap; margin: 10px 0; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 10px 0; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
.table-wrap table { border: 0; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
.badge.type { color: var(--text); background: #e9edf2; font-weight: 500; }
.suggestion { color: var(--muted); }
.examples { white-space: nowrap; }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; display: block; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-start; }
details.column { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
details.column > summary { cursor: pointer; padding: 8px 14px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
details.column > summary .name { font-weight: 600; word-break: break-word; }
details.column > summary .facts { color: var(--muted); font-size: 13px; }
details.column[open] > summary { border-bottom: 1px solid var(--line); }
.column-body { padding: 8px 14px 12px; display: grid; grid-template-columns: minmax(260px, 1fr) minmax(300px, 1.4fr); gap: 8px 24px; }
.column-body table { font-size: 13px; }
.column-body td, .column-body th { padding: 3px 6px; }
.evidence { margin: 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
.column-findings { margin: 4px 0; padding-left: 18px; font-size: 13px; }
footer.generated { max-width: 1180px; margin: 0 auto; padding: 12px 28px 24px; color: var(--muted); font-size: 12px; }
a { color: var(--accent); }
@media (max-width: 760px) { .column-body { grid-template-columns: 1fr; } main { padding: 16px; } }
@media print {
  body { background: #fff; font-size: 11px; }
  main { max-width: none; padding: 0; }
  .panel, details.column, .table-wrap { break-inside: avoid; border-color: #ccc; }
  h2 { break-after: avoid; }
  tbody tr:nth-child(even) td, th { background: none; }
}
`;
