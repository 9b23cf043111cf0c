/**
 * @module util/messages/clean
 * Catalogue part: cleaning recipes, pseudonymisation and enrichment. Merged into the one catalogue by `util/messages.ts`.
 * (`recipe.invalid`, `recipe.unknownStep`, `recipe.formatVersion`, `enrich.expression` and `enrich.keyTypes` live
 * in `core.ts`.)
 */
import type { MessageTemplate } from './template.js';

/** Messages about cleaning recipes, pseudonymisation and enrichment. */
export const cleanMessages = {
  // ---- applying a recipe
  'recipe.noKey': {
    en: 'Step {step} pseudonymises {columns}, but no project key was given; pass the key of the project (it is never stored in the recipe)',
    de: 'Schritt {step} pseudonymisiert {columns}, aber es wurde kein Projektschlüssel übergeben; den Schlüssel des Projekts angeben (er steht nie im Rezept)',
  },
  'recipe.columnType': {
    en: 'Step {step} ({kind}) needs {expected} in column {column}, but it holds {got} values',
    de: 'Schritt {step} ({kind}) braucht {expected} in der Spalte {column}, sie enthält aber {got}-Werte',
  },
  'recipe.renameClash': {
    en: 'Step {step} (rename-columns) would give two columns the name {column}',
    de: 'Schritt {step} (rename-columns) würde zwei Spalten den Namen {column} geben',
  },
  // ---- the log of a recipe run (one entry per step)
  'clean.log.dropDuplicateRows': {
    en: 'Removed {rows} duplicate rows (the first of each group was kept)',
    de: '{rows} doppelte Zeilen entfernt (die erste jeder Gruppe blieb)',
  },
  'clean.log.dropRowsMissing': {
    en: 'Removed {rows} rows where {column} is missing',
    de: '{rows} Zeilen entfernt, in denen {column} fehlt',
  },
  'clean.log.trainingOnly': {
    en: 'Step {step} ({kind}) removes rows and runs only on training data; on new rows it was skipped, so no row is lost',
    de: 'Schritt {step} ({kind}) entfernt Zeilen und läuft nur auf Trainingsdaten; bei neuen Zeilen wurde er übersprungen, damit keine Zeile verloren geht',
  },
  'clean.log.toMissing': {
    en: '{column}: {cells} cells holding {values} are now missing',
    de: '{column}: {cells} Zellen mit {values} gelten jetzt als fehlend',
  },
  'clean.log.normaliseCategories': {
    en: '{column}: {cells} cells rewritten to their canonical spelling; {before} distinct values became {after}',
    de: '{column}: {cells} Zellen auf die einheitliche Schreibweise gebracht; aus {before} verschiedenen Werten wurden {after}',
  },
  'clean.log.parseNumbers': {
    en: '{column}: {parsed} values read as numbers; {invalid} did not parse and are now missing',
    de: '{column}: {parsed} Werte als Zahlen gelesen; {invalid} waren nicht lesbar und fehlen jetzt',
  },
  'clean.log.parseDates': {
    en: '{column}: {parsed} values read as dates ({format}); {invalid} did not parse and are now missing',
    de: '{column}: {parsed} Werte als Datum gelesen ({format}); {invalid} waren nicht lesbar und fehlen jetzt',
  },
  'clean.log.alreadyTyped': {
    en: '{column}: already holds {type} values; nothing to parse',
    de: '{column}: enthält bereits {type}-Werte; nichts zu lesen',
  },
  'clean.log.dropColumns': {
    en: 'Dropped the columns {columns}',
    de: 'Die Spalten {columns} entfernt',
  },
  'clean.log.pseudonymise': {
    en: '{column}: {cells} values replaced by keyed pseudonyms',
    de: '{column}: {cells} Werte durch verschlüsselte Pseudonyme ersetzt',
  },
  'clean.log.renameColumns': {
    en: 'Renamed the columns {pairs}',
    de: 'Spalten umbenannt: {pairs}',
  },
  // ---- project key
  'project.badSecret': {
    en: '{file} does not hold a project key (expected 64 hexadecimal characters); restore it from a backup — pseudonyms made with another key will not match',
    de: '{file} enthält keinen Projektschlüssel (erwartet 64 Hexadezimalzeichen); aus einer Sicherung wiederherstellen — Pseudonyme mit einem anderen Schlüssel passen nicht zusammen',
  },
  // ---- enrichment
  'enrich.duplicateKeys': {
    en: 'The key {key} is not unique in {table}: {count} key values occur more than once (e.g. {example}); a left join needs one row per key on the right',
    de: 'Der Schlüssel {key} ist in {table} nicht eindeutig: {count} Schlüsselwerte kommen mehrfach vor (z. B. {example}); ein Left Join braucht rechts eine Zeile je Schlüssel',
  },
  'enrich.joinSummary': {
    en: '{matched} of {rows} rows ({rate}) found a match in {table} on {key}',
    de: '{matched} von {rows} Zeilen ({rate}) haben in {table} einen Treffer über {key}',
  },
  'enrich.notDate': {
    en: 'Column {column} holds {got} values, not dates; parse it first (recipe step parse-dates)',
    de: 'Die Spalte {column} enthält {got}-Werte, keine Datumsangaben; zuerst lesen lassen (Rezeptschritt parse-dates)',
  },
  'enrich.needsNow': {
    en: 'The date part days_since needs a reference time (now); pass it so the result is reproducible',
    de: 'Der Datumsteil days_since braucht einen Bezugszeitpunkt (now); bitte angeben, damit das Ergebnis reproduzierbar ist',
  },
  'enrich.columnExists': {
    en: 'The new column {column} already exists in the table',
    de: 'Die neue Spalte {column} gibt es in der Tabelle schon',
  },
  'enrich.rfmSummary': {
    en: '{customers} customers from {used} purchase rows (as of {asOf})',
    de: '{customers} Kunden aus {used} Kaufzeilen (Stand {asOf})',
  },
  'enrich.rfmNoCustomer': {
    en: '{rows} rows have no {column} and are not assigned to any customer',
    de: '{rows} Zeilen haben kein {column} und werden keinem Kunden zugeordnet',
  },
  'enrich.rfmCancellations': {
    en: '{rows} rows are cancellations or returns ({byInvoice} with an invoice starting with "C", {byAmount} with a negative amount); they are left out of frequency and monetary and counted in returns_amount and cancelled_invoices',
    de: '{rows} Zeilen sind Stornos oder Rücksendungen ({byInvoice} mit Rechnungsnummer, die mit "C" beginnt, {byAmount} mit negativem Betrag); sie zählen nicht zu Frequenz und Umsatz, sondern zu returns_amount und cancelled_invoices',
  },
  'enrich.rfmSkipped': {
    en: '{rows} rows were skipped: {withoutDate} without a date, {withoutAmount} without an amount, {afterAsOf} after the reference time',
    de: '{rows} Zeilen übersprungen: {withoutDate} ohne Datum, {withoutAmount} ohne Betrag, {afterAsOf} nach dem Stichtag',
  },
  'enrich.rfmNoPurchase': {
    en: '{customers} customers have no purchase in the rows used (only cancellations, or rows that were skipped); their recency, tenure and average basket are missing',
    de: '{customers} Kunden haben in den verwendeten Zeilen keinen Kauf (nur Stornos oder übersprungene Zeilen); Recency, Kundendauer und durchschnittlicher Warenkorb fehlen bei ihnen',
  },
} satisfies Record<string, MessageTemplate>;
