/**
 * @module report/train-report-styles
 * The few style rules the training report adds to the shared report style sheet: the headline's key figure,
 * statements coloured by severity, the loud leakage and fallback panels, and the winner's row.
 *
 * @example
 * ```ts
 * import { TRAIN_REPORT_CSS } from './train-report-styles.js';
 * htmlDocument({ title, lang, body, css: TRAIN_REPORT_CSS });
 * ```
 */

/** CSS appended to `REPORT_CSS` in the training report. */
export const TRAIN_REPORT_CSS = `
.headline { font-size: 18px; margin: 10px 0 4px; }
.headline .score { font-weight: 700; font-variant-numeric: tabular-nums; }
.alert { border-radius: 8px; padding: 10px 14px; margin: 10px 0; font-weight: 600; }
.alert.error { color: var(--error); background: var(--error-bg); border: 1px solid var(--error); }
.alert.warning { color: var(--warning); background: var(--warning-bg); border: 1px solid var(--warning); }
ul.statements { list-style: none; padding: 0; margin: 8px 0; }
ul.statements li { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; }
ul.statements li.warning { border-left-color: var(--warning); }
ul.statements li.error { border-left-color: var(--error); }
.figures { display: block; color: var(--muted); font-size: 12.5px; font-variant-numeric: tabular-nums; }
tr.winner td { font-weight: 600; }
tr.kept td { color: var(--error); font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 8px 0;
  background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
`;
