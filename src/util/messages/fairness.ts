/**
 * @module util/messages/fairness
 * Catalogue part: group fairness (`src/fairness/`) — bad input and the plain-language summary statements.
 * Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about sensitive groups, fairness metrics, mitigation and their summary. */
export const fairnessMessages = {
  'fairness.unknownColumn': {
    en: 'The sensitive column {column} does not exist; the data has: {columns}',
    de: 'Die sensible Spalte {column} gibt es nicht; vorhanden sind: {columns}',
  },
  'fairness.noColumns': {
    en: 'Name at least one sensitive column (e.g. sex, age)',
    de: 'Mindestens eine sensible Spalte angeben (z. B. Geschlecht, Alter)',
  },
  'fairness.badBands': {
    en: 'The band edges of {column} must be finite numbers in ascending order; got {got}',
    de: 'Die Bandgrenzen von {column} müssen endliche Zahlen in aufsteigender Folge sein; erhalten: {got}',
  },
  'fairness.badGroups': {
    en: 'Group of row {row} is {got}; expected a group index 0..{max}',
    de: 'Die Gruppe von Zeile {row} ist {got}; erwartet ein Gruppenindex 0..{max}',
  },
  'fairness.oneGroup': {
    en: 'Only one group ({group}) has rows; fairness between groups cannot be judged',
    de: 'Nur eine Gruppe ({group}) hat Zeilen; Fairness zwischen Gruppen ist nicht beurteilbar',
  },
  'fairness.badOption': {
    en: 'The fairness option {name} must be {expected}; got {got}',
    de: 'Die Fairness-Option {name} muss {expected} sein; erhalten: {got}',
  },
  'fairness.thresholdsKind': {
    en: 'Expected per-group thresholds ({expected}), got {got}',
    de: 'Erwartet wurden Schwellen je Gruppe ({expected}), erhalten: {got}',
  },
  'fairness.summary.selectedLess': {
    en: '{column} = {low} is selected {times}× less often than {column} = {high} at this threshold ({lowRate} vs {highRate}).',
    de: '{column} = {low} wird bei dieser Schwelle {times}× seltener ausgewählt als {column} = {high} ({lowRate} gegenüber {highRate}).',
  },
  'fairness.summary.similarRates': {
    en: 'The selection rates of {column} differ by {gap} points at most at this threshold ({low} {lowRate}, {high} {highRate}).',
    de: 'Die Auswahlraten von {column} liegen bei dieser Schwelle höchstens {gap} Punkte auseinander ({low} {lowRate}, {high} {highRate}).',
  },
  'fairness.summary.fourFifthsViolated': {
    en: 'The four-fifths rule is violated (disparate impact {ratio}, 95 % CI {low}–{high}). Options: reweighing, per-group thresholds.',
    de: 'Die Vier-Fünftel-Regel ist verletzt (Disparate Impact {ratio}, 95-%-KI {low}–{high}). Optionen: Umgewichtung, Schwellen je Gruppe.',
  },
  'fairness.summary.fourFifthsHeld': {
    en: 'The four-fifths rule holds (disparate impact {ratio}, 95 % CI {low}–{high}).',
    de: 'Die Vier-Fünftel-Regel ist eingehalten (Disparate Impact {ratio}, 95-%-KI {low}–{high}).',
  },
  'fairness.summary.equalOpportunity': {
    en: 'Of the true positives, {column} = {low} is found {gap} points less often than {column} = {high} (equal-opportunity difference, 95 % CI {ciLow}–{ciHigh}).',
    de: 'Von den tatsächlich Positiven wird {column} = {low} um {gap} Punkte seltener erkannt als {column} = {high} (Chancengleichheits-Differenz, 95-%-KI {ciLow}–{ciHigh}).',
  },
  'fairness.summary.smallGroups': {
    en: '{count} group(s) of {column} have fewer than {min} rows and are too small to judge; they are left out of the gaps: {names}.',
    de: '{count} Gruppe(n) von {column} haben weniger als {min} Zeilen und sind zu klein für ein Urteil; sie fehlen in den Abständen: {names}.',
  },
  'fairness.summary.notJudged': {
    en: 'Fewer than two groups of {column} have at least {min} rows; no gap can be judged.',
    de: 'Weniger als zwei Gruppen von {column} haben mindestens {min} Zeilen; kein Abstand ist beurteilbar.',
  },
  'fairness.summary.labelGap': {
    en: 'Before training: {column} = {group} has a label rate of {rate} against {refRate} for {column} = {reference} (DPL {dpl}).',
    de: 'Vor dem Training: {column} = {group} hat eine Label-Rate von {rate} gegenüber {refRate} bei {column} = {reference} (DPL {dpl}).',
  },
} satisfies Record<string, MessageTemplate>;
