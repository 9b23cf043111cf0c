/**
 * @module util/messages/core
 * Catalogue part: files, formats, schemas, options and general errors. Merged into the one catalogue by
 * `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about reading and writing files, schemas and options. */
export const coreMessages = {
  // ---- files and formats
  'file.notFound': { en: 'File not found: {file}', de: 'Datei nicht gefunden: {file}' },
  'file.isDirectory': {
    en: '{file} is a folder, not a file',
    de: '{file} ist ein Ordner, keine Datei',
  },
  'file.empty': { en: '{file} is empty', de: '{file} ist leer' },
  'file.headerOnly': {
    en: '{file} has a header but no data rows',
    de: '{file} hat eine Kopfzeile, aber keine Datenzeilen',
  },
  'file.noRows': {
    en: '{file} has columns ({columns}) but no rows',
    de: '{file} hat Spalten ({columns}), aber keine Zeilen',
  },
  'file.binary': {
    en: '{file} looks like a binary file, not text ({reason})',
    de: '{file} scheint eine Binärdatei zu sein, kein Text ({reason})',
  },
  'file.invalidUtf8': {
    en: '{file}: invalid UTF-8 byte 0x{byte} at line {line}, column {column}; pass --encoding latin1 or windows-1252 if the file is not UTF-8',
    de: '{file}: ungültiges UTF-8-Byte 0x{byte} in Zeile {line}, Spalte {column}; mit --encoding latin1 oder windows-1252 lesen, wenn die Datei kein UTF-8 ist',
  },
  'file.unreadable': {
    en: '{file} cannot be read ({reason})',
    de: '{file} kann nicht gelesen werden ({reason})',
  },
  'file.unknownFormat': {
    en: 'Cannot tell the format of {file}; expected one of .csv, .tsv, .txt, .json, .ndjson, .jsonl, .parquet (optionally .gz), or pass --format',
    de: 'Das Format von {file} ist nicht erkennbar; erwartet .csv, .tsv, .txt, .json, .ndjson, .jsonl, .parquet (auch .gz) oder --format',
  },
  'file.unknownOutputFormat': {
    en: 'Cannot tell which format to write {file} in; use one of .csv, .tsv, .json, .ndjson, .jsonl (each optionally .gz) or .parquet',
    de: 'Unklar, in welchem Format {file} geschrieben werden soll; möglich sind .csv, .tsv, .json, .ndjson, .jsonl (jeweils auch .gz) oder .parquet',
  },
  'file.gzipCorrupt': {
    en: '{file}: the gzip stream is damaged ({reason})',
    de: '{file}: der gzip-Strom ist beschädigt ({reason})',
  },
  'csv.raggedRow': {
    en: '{file}: line {line} has {got} fields, expected {expected} (as in the header); use --skip-bad-rows to skip such rows and have them reported',
    de: '{file}: Zeile {line} hat {got} Felder, erwartet {expected} (wie die Kopfzeile); mit --skip-bad-rows werden solche Zeilen übersprungen und gemeldet',
  },
  'csv.unterminatedQuote': {
    en: '{file}: the quoted field that starts at line {line}, column {column} is never closed',
    de: '{file}: das Feld in Anführungszeichen ab Zeile {line}, Spalte {column} wird nie geschlossen',
  },
  'csv.strayQuote': {
    en: '{file}: line {line}, column {column}: unexpected character after a closing quote',
    de: '{file}: Zeile {line}, Spalte {column}: unerwartetes Zeichen nach schließendem Anführungszeichen',
  },
  'csv.fieldTooLarge': {
    en: '{file}: the field at line {line}, column {column} is longer than {limit} bytes; is a quote missing?',
    de: '{file}: das Feld in Zeile {line}, Spalte {column} ist länger als {limit} Bytes; fehlt ein Anführungszeichen?',
  },
  'csv.duplicateHeader': {
    en: '{file}: the header names column {name} twice; renamed the second to {renamed}',
    de: '{file}: die Kopfzeile nennt die Spalte {name} zweimal; die zweite heißt jetzt {renamed}',
  },
  'csv.skippedRows': {
    en: '{file}: skipped {count} bad rows (lines {lines})',
    de: '{file}: {count} fehlerhafte Zeilen übersprungen (Zeilen {lines})',
  },
  'csv.skipReason.ragged': {
    en: '{got} fields, expected {expected}',
    de: '{got} Felder, erwartet {expected}',
  },
  'csv.skipReason.strayQuote': {
    en: 'unexpected character after a closing quote at column {column}',
    de: 'unerwartetes Zeichen nach schließendem Anführungszeichen in Spalte {column}',
  },
  'file.binaryReason.nul': {
    en: 'NUL bytes, the first at byte {offset}',
    de: 'NUL-Bytes, das erste bei Byte {offset}',
  },
  'file.binaryReason.control': {
    en: '{percent}% of the first bytes are control characters',
    de: '{percent} % der ersten Bytes sind Steuerzeichen',
  },
  'file.binaryReason.kind': {
    en: 'it starts like a {kind}',
    de: 'sie beginnt wie eine {kind}',
  },
  'csv.note.delimiter': {
    en: 'delimiter {delimiter} (sniffed)',
    de: 'Trennzeichen {delimiter} (erkannt)',
  },
  'csv.note.sepLine': {
    en: 'delimiter {delimiter} (from the sep= line, which was skipped)',
    de: 'Trennzeichen {delimiter} (aus der sep=-Zeile, die übersprungen wurde)',
  },
  'csv.note.singleColumn': {
    en: 'no delimiter found; read as one column',
    de: 'kein Trennzeichen gefunden; als eine Spalte gelesen',
  },
  'csv.note.namesGiven': {
    en: 'column names: the {count} names given with --names',
    de: 'Spaltennamen: die {count} mit --names angegebenen Namen',
  },
  'csv.note.noHeader': {
    en: 'no header row detected; columns named column_1 … column_{count}',
    de: 'keine Kopfzeile erkannt; Spalten heißen column_1 … column_{count}',
  },
  'csv.note.skipInitialSpace': {
    en: 'fields start with spaces after the delimiter; the leading spaces were removed',
    de: 'Felder beginnen nach dem Trennzeichen mit Leerzeichen; diese wurden entfernt',
  },
  'csv.note.junkLine': {
    en: 'skipped first line: junk ({got} fields where the following lines have {expected}): {text}',
    de: 'erste Zeile übersprungen: kein Datensatz ({got} Felder, die folgenden Zeilen haben {expected}): {text}',
  },
  'csv.note.skippedLines': {
    en: 'skipped the first {count} lines as asked',
    de: 'die ersten {count} Zeilen wie verlangt übersprungen',
  },
  'csv.note.blankLines': {
    en: 'ignored {count} blank lines (lines {lines})',
    de: '{count} leere Zeilen ignoriert (Zeilen {lines})',
  },
  'csv.note.emptyHeader': {
    en: 'column {index} has no name in the header; named it {name}',
    de: 'Spalte {index} hat in der Kopfzeile keinen Namen; sie heißt jetzt {name}',
  },
  'csv.note.trimmedHeader': {
    en: 'removed spaces around {count} header names',
    de: 'Leerzeichen um {count} Spaltennamen entfernt',
  },
  'csv.note.gzip': {
    en: 'gzip-compressed; decompressed while reading',
    de: 'gzip-komprimiert; beim Lesen entpackt',
  },
  'csv.note.utf8Bom': {
    en: 'UTF-8 byte order mark removed',
    de: 'UTF-8-Byte-Order-Mark entfernt',
  },
  'csv.note.utf16': {
    en: 'encoding {encoding} (byte order mark); converted to UTF-8 while reading',
    de: 'Kodierung {encoding} (Byte-Order-Mark); beim Lesen nach UTF-8 umgewandelt',
  },
  'csv.note.windows1252': {
    en: 'encoding windows-1252 (the bytes are not valid UTF-8; first non-UTF-8 byte at line {line}, column {column})',
    de: 'Kodierung windows-1252 (die Bytes sind kein gültiges UTF-8; erstes Nicht-UTF-8-Byte in Zeile {line}, Spalte {column})',
  },
  'csv.note.encodingDeclared': {
    en: 'encoding {encoding} (as given)',
    de: 'Kodierung {encoding} (wie angegeben)',
  },
  'json.syntax': {
    en: '{file}: invalid JSON at line {line}, column {column}: {reason}',
    de: '{file}: ungültiges JSON in Zeile {line}, Spalte {column}: {reason}',
  },
  'json.notRecords': {
    en: '{file}: expected an array of objects (or one object per line), got {got}',
    de: '{file}: erwartet ein Array von Objekten (oder ein Objekt je Zeile), erhalten: {got}',
  },
  'parquet.invalid': {
    en: '{file}: not a readable Parquet file ({reason})',
    de: '{file}: keine lesbare Parquet-Datei ({reason})',
  },
  'sql.failed': {
    en: 'The SQL query failed on {db}: {reason}',
    de: 'Die SQL-Abfrage auf {db} ist fehlgeschlagen: {reason}',
  },
  'sql.unsupportedUrl': {
    en: 'Unsupported database address {db}; expected sqlite:PATH, a .db/.sqlite file, or postgres://…',
    de: 'Nicht unterstützte Datenbankadresse {db}; erwartet sqlite:PFAD, eine .db/.sqlite-Datei oder postgres://…',
  },
  'sql.noRows': {
    en: 'The SQL query on {db} returned no rows',
    de: 'Die SQL-Abfrage auf {db} lieferte keine Zeilen',
  },
  'schema.unknownColumn': {
    en: 'Column {column} does not exist in {file}; columns are: {columns}',
    de: 'Die Spalte {column} gibt es in {file} nicht; vorhanden sind: {columns}',
  },
  'schema.badType': {
    en: 'Unknown column type {got} for {column}; expected one of {expected}',
    de: 'Unbekannter Spaltentyp {got} für {column}; erwartet einer von {expected}',
  },
  'schema.invalidFile': {
    en: '{file}: not a valid schema file ({reason}); expected {"columns": {"age": "integer", "zip": "categorical"}}',
    de: '{file}: keine gültige Schemadatei ({reason}); erwartet {"columns": {"age": "integer", "zip": "categorical"}}',
  },
  'schema.cannotConvert': {
    en: '{file}: column {column} was declared {type}, but {count} values are not (first at row {row}: "{value}")',
    de: '{file}: Spalte {column} ist als {type} angegeben, aber {count} Werte passen nicht (erster in Zeile {row}: "{value}")',
  },
  // ---- parameters and options
  'option.invalid': {
    en: 'The option {name} must be {expected}; got {got}',
    de: 'Die Option {name} muss {expected} sein; erhalten: {got}',
  },
  'recipe.invalid': {
    en: '{file}: invalid recipe: {reason}',
    de: '{file}: ungültiges Rezept: {reason}',
  },
  'recipe.unknownStep': {
    en: '{file}: recipe step {index} has unknown kind {got}; expected one of {expected}',
    de: '{file}: Rezeptschritt {index} hat die unbekannte Art {got}; erwartet eine von {expected}',
  },
  'recipe.formatVersion': {
    en: '{file}: recipe format version {got} is not supported (expected {expected})',
    de: '{file}: Rezept-Formatversion {got} wird nicht unterstützt (erwartet {expected})',
  },
  'enrich.expression': {
    en: 'Cannot read the amount expression {expression}: {reason}',
    de: 'Der Betragsausdruck {expression} ist nicht lesbar: {reason}',
  },
  'enrich.keyTypes': {
    en: 'The join key {key} holds different kinds of values in the two tables ({left} vs {right})',
    de: 'Der Schlüssel {key} hat in beiden Tabellen verschiedene Werttypen ({left} vs {right})',
  },
  'sensitive.oneGroup': {
    en: 'The sensitive column {column} has only one group ({group}); bias cannot be judged',
    de: 'Die sensible Spalte {column} hat nur eine Gruppe ({group}); Verzerrung ist nicht beurteilbar',
  },
  'sensitive.allMissing': {
    en: 'The sensitive column {column} is missing in every row',
    de: 'Die sensible Spalte {column} fehlt in jeder Zeile',
  },
  'project.noSecret': {
    en: 'No project key found in {dir}; pseudonyms made with another key would not match. Pass the --project folder the recipe was made in',
    de: 'Kein Projektschlüssel in {dir}; mit einem anderen Schlüssel passen die Pseudonyme nicht. Mit --project den Ordner angeben, in dem das Rezept entstand',
  },
  'internal.unexpected': {
    en: 'Unexpected internal error: {reason}. Please report it with the command you ran.',
    de: 'Unerwarteter interner Fehler: {reason}. Bitte mit dem ausgeführten Befehl melden.',
  },
} satisfies Record<string, MessageTemplate>;
