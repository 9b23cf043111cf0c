/**
 * @module util/messages/template
 * The shape of one catalogue entry.
 */

/** A language the catalogue is written in. */
export type Language = 'en' | 'de';

/**
 * One catalogue entry: the English and the German template, with the same `{placeholders}`.
 *
 * @example
 * ```ts
 * const m: MessageTemplate = { en: 'File not found: {file}', de: 'Datei nicht gefunden: {file}' };
 * ```
 */
export interface MessageTemplate {
  readonly en: string;
  readonly de: string;
}
