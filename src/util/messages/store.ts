/**
 * @module util/messages/store
 * Catalogue part: the project folder, the registry (datasets, runs, models), model artefacts and the audit
 * log. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about the project store and model registry. */
export const storeMessages = {
  // ---- project
  'store.projectNotFound': {
    en: 'No leitwerk project in {dir}; run `leitwerk init {dir}` first',
    de: 'Kein leitwerk-Projekt in {dir}; zuerst `leitwerk init {dir}` ausführen',
  },
  'store.badDatabaseUrl': {
    en: 'Unsupported database URL {url}: expected postgres://… or postgresql://…',
    de: 'Nicht unterstützte Datenbank-URL {url}: erwartet postgres://… oder postgresql://…',
  },
  'store.migrationFailed': {
    en: 'Could not bring the project database up to date (migration {migration}): {reason}',
    de: 'Die Projektdatenbank konnte nicht aktualisiert werden (Migration {migration}): {reason}',
  },
  // ---- registry lookups
  'store.datasetNotFound': {
    en: 'No dataset {ref} in this project',
    de: 'Kein Datensatz {ref} in diesem Projekt',
  },
  'store.runNotFound': {
    en: 'No run {ref} in this project',
    de: 'Kein Lauf {ref} in diesem Projekt',
  },
  'store.modelNotFound': {
    en: 'No model {ref} in this project; `leitwerk models` lists the registered ones (refer to a model by id, name, name@version or name@latest)',
    de: 'Kein Modell {ref} in diesem Projekt; `leitwerk models` zeigt die registrierten (ein Modell per ID, Name, Name@Version oder Name@latest angeben)',
  },
  'store.runNotRunning': {
    en: 'Run {run} is already {status}; only a running run can be finished',
    de: 'Lauf {run} ist bereits {status}; nur ein laufender Lauf kann abgeschlossen werden',
  },
  'store.invalidInput': {
    en: '{field} must be {expected}, got {got}',
    de: '{field} muss {expected} sein, erhalten: {got}',
  },
  'store.notJson': {
    en: '{field} cannot be stored as JSON: {reason}',
    de: '{field} lässt sich nicht als JSON speichern: {reason}',
  },
  // ---- artefacts
  'store.artifactMissing': {
    en: 'The artefact of model {model} is missing: {file}',
    de: 'Das Artefakt von Modell {model} fehlt: {file}',
  },
  'store.artifactChanged': {
    en: 'The artefact {file} of model {model} was changed after registration (sha256 expected {expected}, got {got}); refusing to load it',
    de: 'Das Artefakt {file} von Modell {model} wurde nach der Registrierung verändert (sha256 erwartet {expected}, erhalten {got}); es wird nicht geladen',
  },
} satisfies Record<string, MessageTemplate>;
