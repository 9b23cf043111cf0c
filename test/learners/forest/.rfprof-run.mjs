// src/util/messages/core.ts
var coreMessages = {
  // ---- files and formats
  "file.notFound": { en: "File not found: {file}", de: "Datei nicht gefunden: {file}" },
  "file.isDirectory": {
    en: "{file} is a folder, not a file",
    de: "{file} ist ein Ordner, keine Datei"
  },
  "file.empty": { en: "{file} is empty", de: "{file} ist leer" },
  "file.headerOnly": {
    en: "{file} has a header but no data rows",
    de: "{file} hat eine Kopfzeile, aber keine Datenzeilen"
  },
  "file.noRows": {
    en: "{file} has columns ({columns}) but no rows",
    de: "{file} hat Spalten ({columns}), aber keine Zeilen"
  },
  "file.binary": {
    en: "{file} looks like a binary file, not text ({reason})",
    de: "{file} scheint eine Bin\xE4rdatei zu sein, kein Text ({reason})"
  },
  "file.invalidUtf8": {
    en: "{file}: invalid UTF-8 byte 0x{byte} at line {line}, column {column}; pass --encoding latin1 or windows-1252 if the file is not UTF-8",
    de: "{file}: ung\xFCltiges UTF-8-Byte 0x{byte} in Zeile {line}, Spalte {column}; mit --encoding latin1 oder windows-1252 lesen, wenn die Datei kein UTF-8 ist"
  },
  "file.unreadable": {
    en: "{file} cannot be read ({reason})",
    de: "{file} kann nicht gelesen werden ({reason})"
  },
  "file.unknownFormat": {
    en: "Cannot tell the format of {file}; expected one of .csv, .tsv, .txt, .json, .ndjson, .jsonl, .parquet (optionally .gz), or pass --format",
    de: "Das Format von {file} ist nicht erkennbar; erwartet .csv, .tsv, .txt, .json, .ndjson, .jsonl, .parquet (auch .gz) oder --format"
  },
  "file.unknownOutputFormat": {
    en: "Cannot tell which format to write {file} in; use one of .csv, .tsv, .json, .ndjson, .jsonl (each optionally .gz) or .parquet",
    de: "Unklar, in welchem Format {file} geschrieben werden soll; m\xF6glich sind .csv, .tsv, .json, .ndjson, .jsonl (jeweils auch .gz) oder .parquet"
  },
  "file.gzipCorrupt": {
    en: "{file}: the gzip stream is damaged ({reason})",
    de: "{file}: der gzip-Strom ist besch\xE4digt ({reason})"
  },
  "csv.raggedRow": {
    en: "{file}: line {line} has {got} fields, expected {expected} (as in the header); use --skip-bad-rows to skip such rows and have them reported",
    de: "{file}: Zeile {line} hat {got} Felder, erwartet {expected} (wie die Kopfzeile); mit --skip-bad-rows werden solche Zeilen \xFCbersprungen und gemeldet"
  },
  "csv.unterminatedQuote": {
    en: "{file}: the quoted field that starts at line {line}, column {column} is never closed",
    de: "{file}: das Feld in Anf\xFChrungszeichen ab Zeile {line}, Spalte {column} wird nie geschlossen"
  },
  "csv.strayQuote": {
    en: "{file}: line {line}, column {column}: unexpected character after a closing quote",
    de: "{file}: Zeile {line}, Spalte {column}: unerwartetes Zeichen nach schlie\xDFendem Anf\xFChrungszeichen"
  },
  "csv.fieldTooLarge": {
    en: "{file}: the field at line {line}, column {column} is longer than {limit} bytes; is a quote missing?",
    de: "{file}: das Feld in Zeile {line}, Spalte {column} ist l\xE4nger als {limit} Bytes; fehlt ein Anf\xFChrungszeichen?"
  },
  "csv.duplicateHeader": {
    en: "{file}: the header names column {name} twice; renamed the second to {renamed}",
    de: "{file}: die Kopfzeile nennt die Spalte {name} zweimal; die zweite hei\xDFt jetzt {renamed}"
  },
  "csv.skippedRows": {
    en: "{file}: skipped {count} bad rows (lines {lines})",
    de: "{file}: {count} fehlerhafte Zeilen \xFCbersprungen (Zeilen {lines})"
  },
  "csv.skipReason.ragged": {
    en: "{got} fields, expected {expected}",
    de: "{got} Felder, erwartet {expected}"
  },
  "csv.skipReason.strayQuote": {
    en: "unexpected character after a closing quote at column {column}",
    de: "unerwartetes Zeichen nach schlie\xDFendem Anf\xFChrungszeichen in Spalte {column}"
  },
  "file.binaryReason.nul": {
    en: "NUL bytes, the first at byte {offset}",
    de: "NUL-Bytes, das erste bei Byte {offset}"
  },
  "file.binaryReason.control": {
    en: "{percent}% of the first bytes are control characters",
    de: "{percent} % der ersten Bytes sind Steuerzeichen"
  },
  "file.binaryReason.kind": {
    en: "it starts like a {kind}",
    de: "sie beginnt wie eine {kind}"
  },
  "csv.note.delimiter": {
    en: "delimiter {delimiter} (sniffed)",
    de: "Trennzeichen {delimiter} (erkannt)"
  },
  "csv.note.sepLine": {
    en: "delimiter {delimiter} (from the sep= line, which was skipped)",
    de: "Trennzeichen {delimiter} (aus der sep=-Zeile, die \xFCbersprungen wurde)"
  },
  "csv.note.singleColumn": {
    en: "no delimiter found; read as one column",
    de: "kein Trennzeichen gefunden; als eine Spalte gelesen"
  },
  "csv.note.namesGiven": {
    en: "column names: the {count} names given with --names",
    de: "Spaltennamen: die {count} mit --names angegebenen Namen"
  },
  "csv.note.noHeader": {
    en: "no header row detected; columns named column_1 \u2026 column_{count}",
    de: "keine Kopfzeile erkannt; Spalten hei\xDFen column_1 \u2026 column_{count}"
  },
  "csv.note.skipInitialSpace": {
    en: "fields start with spaces after the delimiter; the leading spaces were removed",
    de: "Felder beginnen nach dem Trennzeichen mit Leerzeichen; diese wurden entfernt"
  },
  "csv.note.junkLine": {
    en: "skipped first line: junk ({got} fields where the following lines have {expected}): {text}",
    de: "erste Zeile \xFCbersprungen: kein Datensatz ({got} Felder, die folgenden Zeilen haben {expected}): {text}"
  },
  "csv.note.skippedLines": {
    en: "skipped the first {count} lines as asked",
    de: "die ersten {count} Zeilen wie verlangt \xFCbersprungen"
  },
  "csv.note.blankLines": {
    en: "ignored {count} blank lines (lines {lines})",
    de: "{count} leere Zeilen ignoriert (Zeilen {lines})"
  },
  "csv.note.emptyHeader": {
    en: "column {index} has no name in the header; named it {name}",
    de: "Spalte {index} hat in der Kopfzeile keinen Namen; sie hei\xDFt jetzt {name}"
  },
  "csv.note.trimmedHeader": {
    en: "removed spaces around {count} header names",
    de: "Leerzeichen um {count} Spaltennamen entfernt"
  },
  "csv.note.gzip": {
    en: "gzip-compressed; decompressed while reading",
    de: "gzip-komprimiert; beim Lesen entpackt"
  },
  "csv.note.utf8Bom": {
    en: "UTF-8 byte order mark removed",
    de: "UTF-8-Byte-Order-Mark entfernt"
  },
  "csv.note.utf16": {
    en: "encoding {encoding} (byte order mark); converted to UTF-8 while reading",
    de: "Kodierung {encoding} (Byte-Order-Mark); beim Lesen nach UTF-8 umgewandelt"
  },
  "csv.note.windows1252": {
    en: "encoding windows-1252 (the bytes are not valid UTF-8; first non-UTF-8 byte at line {line}, column {column})",
    de: "Kodierung windows-1252 (die Bytes sind kein g\xFCltiges UTF-8; erstes Nicht-UTF-8-Byte in Zeile {line}, Spalte {column})"
  },
  "csv.note.encodingDeclared": {
    en: "encoding {encoding} (as given)",
    de: "Kodierung {encoding} (wie angegeben)"
  },
  "json.syntax": {
    en: "{file}: invalid JSON at line {line}, column {column}: {reason}",
    de: "{file}: ung\xFCltiges JSON in Zeile {line}, Spalte {column}: {reason}"
  },
  "json.notRecords": {
    en: "{file}: expected an array of objects (or one object per line), got {got}",
    de: "{file}: erwartet ein Array von Objekten (oder ein Objekt je Zeile), erhalten: {got}"
  },
  "parquet.invalid": {
    en: "{file}: not a readable Parquet file ({reason})",
    de: "{file}: keine lesbare Parquet-Datei ({reason})"
  },
  "sql.failed": {
    en: "The SQL query failed on {db}: {reason}",
    de: "Die SQL-Abfrage auf {db} ist fehlgeschlagen: {reason}"
  },
  "sql.unsupportedUrl": {
    en: "Unsupported database address {db}; expected sqlite:PATH, a .db/.sqlite file, or postgres://\u2026",
    de: "Nicht unterst\xFCtzte Datenbankadresse {db}; erwartet sqlite:PFAD, eine .db/.sqlite-Datei oder postgres://\u2026"
  },
  "sql.noRows": {
    en: "The SQL query on {db} returned no rows",
    de: "Die SQL-Abfrage auf {db} lieferte keine Zeilen"
  },
  "schema.unknownColumn": {
    en: "Column {column} does not exist in {file}; columns are: {columns}",
    de: "Die Spalte {column} gibt es in {file} nicht; vorhanden sind: {columns}"
  },
  "schema.badType": {
    en: "Unknown column type {got} for {column}; expected one of {expected}",
    de: "Unbekannter Spaltentyp {got} f\xFCr {column}; erwartet einer von {expected}"
  },
  "schema.invalidFile": {
    en: '{file}: not a valid schema file ({reason}); expected {"columns": {"age": "integer", "zip": "categorical"}}',
    de: '{file}: keine g\xFCltige Schemadatei ({reason}); erwartet {"columns": {"age": "integer", "zip": "categorical"}}'
  },
  "schema.cannotConvert": {
    en: '{file}: column {column} was declared {type}, but {count} values are not (first at row {row}: "{value}")',
    de: '{file}: Spalte {column} ist als {type} angegeben, aber {count} Werte passen nicht (erster in Zeile {row}: "{value}")'
  },
  // ---- parameters and options
  "option.invalid": {
    en: "The option {name} must be {expected}; got {got}",
    de: "Die Option {name} muss {expected} sein; erhalten: {got}"
  },
  "recipe.invalid": {
    en: "{file}: invalid recipe: {reason}",
    de: "{file}: ung\xFCltiges Rezept: {reason}"
  },
  "recipe.unknownStep": {
    en: "{file}: recipe step {index} has unknown kind {got}; expected one of {expected}",
    de: "{file}: Rezeptschritt {index} hat die unbekannte Art {got}; erwartet eine von {expected}"
  },
  "recipe.formatVersion": {
    en: "{file}: recipe format version {got} is not supported (expected {expected})",
    de: "{file}: Rezept-Formatversion {got} wird nicht unterst\xFCtzt (erwartet {expected})"
  },
  "enrich.expression": {
    en: "Cannot read the amount expression {expression}: {reason}",
    de: "Der Betragsausdruck {expression} ist nicht lesbar: {reason}"
  },
  "enrich.keyTypes": {
    en: "The join key {key} holds different kinds of values in the two tables ({left} vs {right})",
    de: "Der Schl\xFCssel {key} hat in beiden Tabellen verschiedene Werttypen ({left} vs {right})"
  },
  "sensitive.oneGroup": {
    en: "The sensitive column {column} has only one group ({group}); bias cannot be judged",
    de: "Die sensible Spalte {column} hat nur eine Gruppe ({group}); Verzerrung ist nicht beurteilbar"
  },
  "sensitive.allMissing": {
    en: "The sensitive column {column} is missing in every row",
    de: "Die sensible Spalte {column} fehlt in jeder Zeile"
  },
  "project.noSecret": {
    en: "No project key found in {dir}; pseudonyms made with another key would not match. Pass the --project folder the recipe was made in",
    de: "Kein Projektschl\xFCssel in {dir}; mit einem anderen Schl\xFCssel passen die Pseudonyme nicht. Mit --project den Ordner angeben, in dem das Rezept entstand"
  },
  "internal.unexpected": {
    en: "Unexpected internal error: {reason}. Please report it with the command you ran.",
    de: "Unerwarteter interner Fehler: {reason}. Bitte mit dem ausgef\xFChrten Befehl melden."
  }
};

// src/util/messages/quality.ts
var qualityMessages = {
  // ---- profiling checks (quality/checks/*.ts)
  "quality.missing": {
    en: "{column}: {count} of {rows} values are missing ({percent})",
    de: "{column}: {count} von {rows} Werten fehlen ({percent})"
  },
  "quality.missing.fix": {
    en: "Impute the missing values (median or most frequent value, plus an indicator column), or check why they are missing",
    de: "Fehlende Werte erg\xE4nzen (Median oder h\xE4ufigster Wert, dazu eine Indikatorspalte) oder pr\xFCfen, warum sie fehlen"
  },
  "quality.missing.fixMostly": {
    en: 'Most values are missing: drop the column, or keep only an indicator "{column} known"',
    de: "Die meisten Werte fehlen: die Spalte weglassen oder nur einen Indikator \u201E{column} bekannt\u201C behalten"
  },
  "quality.disguisedMissing": {
    en: "{column}: the placeholder '{token}' stands for a missing value in {count} rows ({percent})",
    de: "{column}: der Platzhalter '{token}' steht in {count} Zeilen ({percent}) f\xFCr einen fehlenden Wert"
  },
  "quality.disguisedMissing.fix": {
    en: "Declare '{token}' as a missing-value token when reading, or keep it as a category of its own if it carries meaning",
    de: "'{token}' beim Einlesen als Fehlwert-Kennung angeben oder als eigene Kategorie behalten, wenn sie etwas bedeutet"
  },
  "quality.sentinelValue": {
    en: '{column}: the value {value} occurs in {count} rows ({percent}) and lies far outside the other values ({low} to {high}); it is probably a code for "not applicable" or "missing"',
    de: "{column}: der Wert {value} kommt in {count} Zeilen ({percent}) vor und liegt weit au\xDFerhalb der \xFCbrigen Werte ({low} bis {high}); vermutlich ein Code f\xFCr \u201Etrifft nicht zu\u201C oder \u201Efehlt\u201C"
  },
  "quality.sentinelValue.fix": {
    en: "Replace {value} by a missing value and add an indicator column, so models do not read it as a real quantity",
    de: "{value} durch einen fehlenden Wert ersetzen und eine Indikatorspalte anlegen, damit Modelle ihn nicht als echte Gr\xF6\xDFe lesen"
  },
  "quality.duplicateRows": {
    en: "{count} rows ({percent}) are exact copies of an earlier row ({groups} distinct rows occur more than once)",
    de: "{count} Zeilen ({percent}) sind exakte Kopien einer fr\xFCheren Zeile ({groups} verschiedene Zeilen kommen mehrfach vor)"
  },
  "quality.duplicateRows.fix": {
    en: "Drop the repeated rows unless repeats are real events (two identical purchases); check how the data was exported or joined",
    de: "Die wiederholten Zeilen entfernen, au\xDFer Wiederholungen sind echte Ereignisse (zwei gleiche K\xE4ufe); pr\xFCfen, wie die Daten exportiert oder verkn\xFCpft wurden"
  },
  "quality.duplicateKey": {
    en: "{column}: {count} rows ({percent}) repeat the key of an earlier row ({groups} keys occur more than once)",
    de: "{column}: {count} Zeilen ({percent}) wiederholen den Schl\xFCssel einer fr\xFCheren Zeile ({groups} Schl\xFCssel kommen mehrfach vor)"
  },
  "quality.duplicateKey.fix": {
    en: "A key must be unique: merge or drop the repeated records, or check that these are the right key columns",
    de: "Ein Schl\xFCssel muss eindeutig sein: die wiederholten Datens\xE4tze zusammenf\xFChren oder entfernen, oder pr\xFCfen, ob es die richtigen Schl\xFCsselspalten sind"
  },
  "quality.nearDuplicateRecords.email": {
    en: "{column}: {count} rows ({percent}) share a normalised e-mail address with an earlier row without being exact copies \u2014 probably the same person recorded twice",
    de: "{column}: {count} Zeilen ({percent}) teilen eine normalisierte E-Mail-Adresse mit einer fr\xFCheren Zeile, ohne exakte Kopien zu sein \u2014 vermutlich dieselbe Person doppelt erfasst"
  },
  "quality.nearDuplicateRecords.phone": {
    en: "{column}: {count} rows ({percent}) share a normalised phone number with an earlier row without being exact copies \u2014 probably the same person recorded twice",
    de: "{column}: {count} Zeilen ({percent}) teilen eine normalisierte Telefonnummer mit einer fr\xFCheren Zeile, ohne exakte Kopien zu sein \u2014 vermutlich dieselbe Person doppelt erfasst"
  },
  "quality.nearDuplicateRecords.name": {
    en: "{column}: {count} rows ({percent}) share a normalised name with an earlier row without being exact copies \u2014 possibly the same person recorded twice",
    de: "{column}: {count} Zeilen ({percent}) teilen einen normalisierten Namen mit einer fr\xFCheren Zeile, ohne exakte Kopien zu sein \u2014 m\xF6glicherweise dieselbe Person doppelt erfasst"
  },
  "quality.nearDuplicateRecords.fix": {
    en: "Check the pairs in the details and merge records of the same person (deduplicate on the normalised value) before training or counting customers",
    de: "Die Paare in den Details pr\xFCfen und Datens\xE4tze derselben Person zusammenf\xFChren (auf dem normalisierten Wert deduplizieren), bevor trainiert oder Kunden gez\xE4hlt werden"
  },
  "quality.inconsistentCategories": {
    en: "{column}: {groups} labels are written in several ways (e.g. {example}); {count} rows ({percent}) use a less frequent spelling",
    de: "{column}: {groups} Auspr\xE4gungen sind unterschiedlich geschrieben (z. B. {example}); {count} Zeilen ({percent}) verwenden eine seltenere Schreibweise"
  },
  "quality.inconsistentCategories.fix": {
    en: "Map the variants to one spelling (trim, unify case, fix typos) before training",
    de: "Die Varianten vor dem Training auf eine Schreibweise abbilden (Leerzeichen entfernen, Gro\xDF-/Kleinschreibung vereinheitlichen, Tippfehler korrigieren)"
  },
  "quality.inconsistentLabels": {
    en: "Target {column}: the classes {example} differ only by punctuation, case or spaces; {count} rows ({percent}) use a less frequent spelling",
    de: "Zielspalte {column}: die Klassen {example} unterscheiden sich nur durch Satzzeichen, Gro\xDF-/Kleinschreibung oder Leerzeichen; {count} Zeilen ({percent}) verwenden eine seltenere Schreibweise"
  },
  "quality.inconsistentLabels.fix": {
    en: 'Unify the target labels (e.g. strip a trailing "."), otherwise the model learns them as different classes',
    de: "Die Klassen der Zielspalte vereinheitlichen (z. B. einen Punkt am Ende entfernen), sonst lernt das Modell sie als verschiedene Klassen"
  },
  "quality.numbersAsText.blank": {
    en: "{column}: {count} cells ({percent}) hold only spaces; they were read as missing, the other values are numbers",
    de: "{column}: {count} Zellen ({percent}) enthalten nur Leerzeichen; sie wurden als fehlend gelesen, die \xFCbrigen Werte sind Zahlen"
  },
  "quality.numbersAsText.blank.fix": {
    en: "Find out why these cells are blank (e.g. new customers without charges yet) and fill them accordingly (often 0), or keep them missing",
    de: "Kl\xE4ren, warum diese Zellen leer sind (z. B. neue Kunden ohne bisherige Kosten), und sie entsprechend f\xFCllen (oft 0) oder fehlend lassen"
  },
  "quality.numbersAsText.mostly": {
    en: "{column}: {numericPercent} of the values are numbers, but {count} rows ({percent}) hold text such as {values}, so the column was read as text",
    de: "{column}: {numericPercent} der Werte sind Zahlen, aber {count} Zeilen ({percent}) enthalten Text wie {values}, daher wurde die Spalte als Text gelesen"
  },
  "quality.numbersAsText.mostly.fix": {
    en: "Correct or remove the non-numeric values (or declare them as missing-value tokens) so the column is read as numbers",
    de: "Die nicht-numerischen Werte korrigieren oder entfernen (oder als Fehlwert-Kennung angeben), damit die Spalte als Zahl gelesen wird"
  },
  "quality.mixedTypes": {
    en: "{column}: {count} values ({percent}) are not numbers (e.g. {values}); they were read as missing",
    de: "{column}: {count} Werte ({percent}) sind keine Zahlen (z. B. {values}); sie wurden als fehlend gelesen"
  },
  "quality.mixedTypes.fix": {
    en: "Correct these values or declare them as missing-value tokens; look for units or thousands separators in the source",
    de: "Diese Werte korrigieren oder als Fehlwert-Kennung angeben; in der Quelle auf Einheiten oder Tausendertrennzeichen achten"
  },
  "quality.unparseableDates": {
    en: "{column}: {count} values ({percent}) could not be read as dates in the format {format} (e.g. {values}); they were read as missing",
    de: "{column}: {count} Werte ({percent}) lie\xDFen sich nicht als Datum im Format {format} lesen (z. B. {values}); sie wurden als fehlend gelesen"
  },
  "quality.unparseableDates.fix": {
    en: "Correct these values, or give the date format explicitly in a schema",
    de: "Diese Werte korrigieren oder das Datumsformat ausdr\xFCcklich in einem Schema angeben"
  },
  "quality.futureDates": {
    en: "{column}: {count} dates ({percent}) lie in the future (the latest is {max})",
    de: "{column}: {count} Datumswerte ({percent}) liegen in der Zukunft (der sp\xE4teste ist {max})"
  },
  "quality.futureDates.fix": {
    en: "Check for typing errors in the year or placeholder dates such as 2099-12-31, and replace them by missing values",
    de: "Auf Tippfehler im Jahr oder Platzhalter wie 2099-12-31 pr\xFCfen und diese durch fehlende Werte ersetzen"
  },
  "quality.constantColumn": {
    en: "{column} holds only one value ('{value}'); it carries no information",
    de: "{column} enth\xE4lt nur einen Wert ('{value}'); die Spalte tr\xE4gt keine Information"
  },
  "quality.constantColumn.empty": {
    en: "{column} is empty: every value is missing",
    de: "{column} ist leer: jeder Wert fehlt"
  },
  "quality.constantColumn.fix": {
    en: "Drop the column",
    de: "Die Spalte weglassen"
  },
  "quality.nearConstantColumn": {
    en: "{column}: {percent} of the values are '{value}'; the column carries almost no information",
    de: "{column}: {percent} der Werte sind '{value}'; die Spalte tr\xE4gt kaum Information"
  },
  "quality.nearConstantColumn.spread": {
    en: "{column}: the values hardly vary (most often '{value}'); the column carries almost no information",
    de: "{column}: die Werte schwanken kaum (am h\xE4ufigsten '{value}'); die Spalte tr\xE4gt kaum Information"
  },
  "quality.nearConstantColumn.fix": {
    en: "Drop the column, or keep it only when the rare values matter (as a flag)",
    de: "Die Spalte weglassen oder nur behalten, wenn die seltenen Werte wichtig sind (als Kennzeichen)"
  },
  "quality.idColumn": {
    en: "{column} looks like an identifier ({unique} distinct values in {rows} rows); it names rows rather than describing them",
    de: "{column} sieht wie eine Kennung aus ({unique} verschiedene Werte in {rows} Zeilen); sie benennt Zeilen, statt sie zu beschreiben"
  },
  "quality.idColumn.fix": {
    en: "Do not use it as a feature; name it as the record key (--id {column}) to find duplicates and join data",
    de: "Nicht als Merkmal verwenden; als Datensatzschl\xFCssel angeben (--id {column}), um Dubletten zu finden und Daten zu verkn\xFCpfen"
  },
  "quality.highCardinality": {
    en: "{column} has {unique} distinct values ({percent} of the rows; {rare} of them occur fewer than 10 times)",
    de: "{column} hat {unique} verschiedene Werte ({percent} der Zeilen; {rare} davon kommen seltener als 10-mal vor)"
  },
  "quality.highCardinality.fix": {
    en: 'Group rare values into "other", use frequency or target encoding, or treat the column as text',
    de: "Seltene Werte zu \u201ESonstige\u201C zusammenfassen, H\xE4ufigkeits- oder Target-Encoding verwenden oder die Spalte als Text behandeln"
  },
  "quality.outliers": {
    en: "{column}: {count} values ({percent}) lie far from the bulk of the data (outside {lower} to {upper}; most extreme: {values})",
    de: "{column}: {count} Werte ({percent}) liegen weit abseits der \xFCbrigen Daten (au\xDFerhalb {lower} bis {upper}; am extremsten: {values})"
  },
  "quality.outliers.fix": {
    en: "Check whether they are errors (typing, units); cap them at a percentile (winsorise) or use a model robust to outliers such as tree ensembles",
    de: "Pr\xFCfen, ob es Fehler sind (Tippfehler, Einheiten); sie an einem Perzentil kappen (winsorisieren) oder ein gegen Ausrei\xDFer robustes Modell wie Baum-Ensembles verwenden"
  },
  "quality.negativeValues": {
    en: "{column}: {count} values ({percent}) are negative in a column that is otherwise positive (minimum {min})",
    de: "{column}: {count} Werte ({percent}) sind negativ in einer sonst positiven Spalte (Minimum {min})"
  },
  "quality.negativeValues.fix": {
    en: "Find out what they mean (returns, cancellations, refunds, errors) and treat them on purpose before summing, e.g. as returns in customer features",
    de: "Kl\xE4ren, was sie bedeuten (Retouren, Stornos, Erstattungen, Fehler), und sie vor dem Summieren bewusst behandeln, z. B. als Retouren in Kundenmerkmalen"
  },
  "quality.skewed": {
    en: "{column} is strongly skewed (skewness {skewness})",
    de: "{column} ist stark schief verteilt (Schiefe {skewness})"
  },
  "quality.skewed.fixLog": {
    en: "Transform it with log(1 + x) for linear models and neural networks; tree ensembles do not need it",
    de: "F\xFCr lineare Modelle und neuronale Netze mit log(1 + x) transformieren; Baum-Ensembles brauchen das nicht"
  },
  "quality.skewed.fixYeoJohnson": {
    en: "Transform it with Yeo-Johnson (it has negative values) for linear models and neural networks; tree ensembles do not need it",
    de: "F\xFCr lineare Modelle und neuronale Netze mit Yeo-Johnson transformieren (die Spalte hat negative Werte); Baum-Ensembles brauchen das nicht"
  },
  "quality.skippedRows": {
    en: "{count} rows ({percent}) of {file} were skipped while reading (the first at line {line}: {reason})",
    de: "{count} Zeilen ({percent}) von {file} wurden beim Einlesen \xFCbersprungen (die erste in Zeile {line}: {reason})"
  },
  "quality.skippedRows.fix": {
    en: "Look at the skipped lines and fix the source, or read without --skip-bad-rows to stop at the first bad row",
    de: "Die \xFCbersprungenen Zeilen ansehen und die Quelle korrigieren, oder ohne --skip-bad-rows lesen, um bei der ersten fehlerhaften Zeile anzuhalten"
  },
  // target, leakage, PII, bias
  "quality.missingTarget": {
    en: "{count} rows ({percent}) have no value in the target {column}",
    de: "{count} Zeilen ({percent}) haben keinen Wert in der Zielspalte {column}"
  },
  "quality.missingTarget.all": {
    en: "The target {column} is missing in every row ({count} rows)",
    de: "Die Zielspalte {column} fehlt in jeder Zeile ({count} Zeilen)"
  },
  "quality.missingTarget.fix": {
    en: "Rows without a target cannot be used for training or evaluation: fill {column} from the source, or drop these rows",
    de: "Zeilen ohne Zielwert taugen weder zum Training noch zur Bewertung: {column} aus der Quelle erg\xE4nzen oder diese Zeilen entfernen"
  },
  "quality.classImbalance": {
    en: "The target {column} is imbalanced: {minority} makes up {percent} of the labelled rows ({count} of {rows})",
    de: "Die Zielspalte {column} ist unausgewogen: {minority} macht {percent} der Zeilen mit Zielwert aus ({count} von {rows})"
  },
  "quality.classImbalance.multi": {
    en: "The classes of {column} are imbalanced: {majority} is {ratio} times as frequent as {minority} ({count} rows, {percent})",
    de: "Die Klassen von {column} sind unausgewogen: {majority} ist {ratio}-mal so h\xE4ufig wie {minority} ({count} Zeilen, {percent})"
  },
  "quality.classImbalance.fix": {
    en: "Judge models by PR-AUC, lift or expected profit rather than accuracy, split stratified, and consider class weights",
    de: "Modelle nach PR-AUC, Lift oder erwartetem Gewinn statt nach Trefferquote beurteilen, geschichtet aufteilen und Klassengewichte erw\xE4gen"
  },
  "quality.classImbalance.tooFew": {
    en: "The target {column} has only {count} rows of class {minority} ({percent}): too few to learn from or to validate",
    de: "Die Zielspalte {column} hat nur {count} Zeilen der Klasse {minority} ({percent}): zu wenige zum Lernen oder Pr\xFCfen"
  },
  "quality.classImbalance.tooFew.fix": {
    en: "Collect more rows of {minority} before training; with {count} examples no model can be judged",
    de: "Vor dem Training mehr Zeilen der Klasse {minority} sammeln; mit {count} Beispielen l\xE4sst sich kein Modell beurteilen"
  },
  "quality.classImbalance.oneClass": {
    en: "The target {column} has only one class ({class}): there is nothing to learn",
    de: "Die Zielspalte {column} hat nur eine Klasse ({class}): es gibt nichts zu lernen"
  },
  "quality.classImbalance.oneClass.fix": {
    en: "Check the export or the filter: {column} should hold at least two classes",
    de: "Export oder Filter pr\xFCfen: {column} sollte mindestens zwei Klassen enthalten"
  },
  "quality.rareClasses": {
    en: "{classes} classes of the target {column} are rare (under 1% or under 10 rows): {names}",
    de: "{classes} Klassen der Zielspalte {column} sind selten (unter 1 % oder unter 10 Zeilen): {names}"
  },
  "quality.rareClasses.fix": {
    en: "Merge rare classes of {column} into a broader class, collect more examples, or drop them; cross-validation cannot judge them",
    de: "Seltene Klassen von {column} zu einer breiteren Klasse zusammenfassen, mehr Beispiele sammeln oder entfernen; Kreuzvalidierung kann sie nicht beurteilen"
  },
  "quality.leakageSuspect.score": {
    en: "{column} alone predicts the target {target} too well ({metric} {value}): it may leak the outcome",
    de: "{column} allein sagt die Zielspalte {target} zu gut voraus ({metric} {value}): die Spalte verr\xE4t wom\xF6glich das Ergebnis"
  },
  "quality.leakageSuspect.name": {
    en: 'The name of {column} says it is known only after the outcome ("{word}"); alone it predicts {target} with {metric} {value}',
    de: "Der Name von {column} deutet darauf hin, dass der Wert erst nach dem Ergebnis bekannt ist (\u201E{word}\u201C); allein sagt er {target} mit {metric} {value} voraus"
  },
  "quality.leakageSuspect.declared": {
    en: "{column} is declared as known only after the outcome; alone it predicts {target} with {metric} {value}",
    de: "{column} ist als erst nach dem Ergebnis bekannt angegeben; allein sagt die Spalte {target} mit {metric} {value} voraus"
  },
  "quality.leakageSuspect.fix": {
    en: "Check when {column} becomes known; if only after the outcome, leave it out of training (keep it for analysis)",
    de: "Pr\xFCfen, wann {column} bekannt wird; wenn erst nach dem Ergebnis, beim Training weglassen (f\xFCr Auswertungen behalten)"
  },
  "quality.pii": {
    en: "{column} holds personal data ({kinds}) in {count} cells ({percent})",
    de: "{column} enth\xE4lt personenbezogene Daten ({kinds}) in {count} Zellen ({percent})"
  },
  "quality.pii.inText": {
    en: "{count} cells ({percent}) of the text column {column} contain personal data ({kinds})",
    de: "{count} Zellen ({percent}) der Textspalte {column} enthalten personenbezogene Daten ({kinds})"
  },
  "quality.pii.name": {
    en: "The name of {column} says it holds personal data ({kinds}); {count} cells ({percent}) are filled",
    de: "Der Name von {column} deutet auf personenbezogene Daten hin ({kinds}); {count} Zellen ({percent}) sind gef\xFCllt"
  },
  "quality.pii.fix": {
    en: "Drop, mask or pseudonymise {column} before training, and make sure you may process it (GDPR purpose and legal basis)",
    de: "{column} vor dem Training entfernen, maskieren oder pseudonymisieren, und sicherstellen, dass die Verarbeitung erlaubt ist (DSGVO: Zweck und Rechtsgrundlage)"
  },
  "quality.biasGroupSize": {
    en: "The sensitive column {column} has {groups} groups; the largest is {largest} ({largestPercent}), the smallest {smallest} ({smallestPercent})",
    de: "Die sensible Spalte {column} hat {groups} Gruppen; die gr\xF6\xDFte ist {largest} ({largestPercent}), die kleinste {smallest} ({smallestPercent})"
  },
  "quality.biasGroupSize.imbalanced": {
    en: "{count} of {groups} groups of the sensitive column {column} are over- or under-represented (|CI| \u2265 {threshold}): {names}",
    de: "{count} von {groups} Gruppen der sensiblen Spalte {column} sind \xFCber- oder unterrepr\xE4sentiert (|CI| \u2265 {threshold}): {names}"
  },
  "quality.biasGroupSize.note": {
    en: "The group sizes of {column} are in the table; compare model quality per group before use",
    de: "Die Gruppengr\xF6\xDFen von {column} stehen in der Tabelle; vor dem Einsatz die Modellg\xFCte je Gruppe vergleichen"
  },
  "quality.biasGroupSize.fix": {
    en: "Collect more rows for under-represented groups of {column} or reweight them, and compare model quality per group before use",
    de: "F\xFCr unterrepr\xE4sentierte Gruppen von {column} mehr Zeilen sammeln oder sie gewichten, und vor dem Einsatz die Modellg\xFCte je Gruppe vergleichen"
  },
  "quality.biasLabelGap": {
    en: "The share of {positive} in {target} differs by {column} for {count} groups (|DPL| \u2265 {threshold}): {names}",
    de: "Der Anteil von {positive} in {target} unterscheidet sich je {column} bei {count} Gruppen (|DPL| \u2265 {threshold}): {names}"
  },
  "quality.biasLabelGap.fix": {
    en: "Check whether the gap by {column} is real or comes from how the data was collected, and compare model results per group",
    de: "Pr\xFCfen, ob der Unterschied je {column} echt ist oder aus der Datenerhebung stammt, und die Modellergebnisse je Gruppe vergleichen"
  },
  "quality.smallGroup": {
    en: "{count} groups of {column} have fewer than {min} rows and are too small to judge: {names}",
    de: "{count} Gruppen von {column} haben weniger als {min} Zeilen und sind zu klein f\xFCr ein Urteil: {names}"
  },
  "quality.smallGroup.fix": {
    en: "Their figures are shown but not judged; collect more rows or merge these groups of {column} with similar ones",
    de: "Ihre Werte werden gezeigt, aber nicht beurteilt; mehr Zeilen sammeln oder diese Gruppen von {column} mit \xE4hnlichen zusammenfassen"
  }
};

// src/util/messages/clean.ts
var cleanMessages = {
  // ---- applying a recipe
  "recipe.noKey": {
    en: "Step {step} pseudonymises {columns}, but no project key was given; pass the key of the project (it is never stored in the recipe)",
    de: "Schritt {step} pseudonymisiert {columns}, aber es wurde kein Projektschl\xFCssel \xFCbergeben; den Schl\xFCssel des Projekts angeben (er steht nie im Rezept)"
  },
  "recipe.columnType": {
    en: "Step {step} ({kind}) needs {expected} in column {column}, but it holds {got} values",
    de: "Schritt {step} ({kind}) braucht {expected} in der Spalte {column}, sie enth\xE4lt aber {got}-Werte"
  },
  "recipe.renameClash": {
    en: "Step {step} (rename-columns) would give two columns the name {column}",
    de: "Schritt {step} (rename-columns) w\xFCrde zwei Spalten den Namen {column} geben"
  },
  // ---- the log of a recipe run (one entry per step)
  "clean.log.dropDuplicateRows": {
    en: "Removed {rows} duplicate rows (the first of each group was kept)",
    de: "{rows} doppelte Zeilen entfernt (die erste jeder Gruppe blieb)"
  },
  "clean.log.dropRowsMissing": {
    en: "Removed {rows} rows where {column} is missing",
    de: "{rows} Zeilen entfernt, in denen {column} fehlt"
  },
  "clean.log.trainingOnly": {
    en: "Step {step} ({kind}) removes rows and runs only on training data; on new rows it was skipped, so no row is lost",
    de: "Schritt {step} ({kind}) entfernt Zeilen und l\xE4uft nur auf Trainingsdaten; bei neuen Zeilen wurde er \xFCbersprungen, damit keine Zeile verloren geht"
  },
  "clean.log.toMissing": {
    en: "{column}: {cells} cells holding {values} are now missing",
    de: "{column}: {cells} Zellen mit {values} gelten jetzt als fehlend"
  },
  "clean.log.normaliseCategories": {
    en: "{column}: {cells} cells rewritten to their canonical spelling; {before} distinct values became {after}",
    de: "{column}: {cells} Zellen auf die einheitliche Schreibweise gebracht; aus {before} verschiedenen Werten wurden {after}"
  },
  "clean.log.parseNumbers": {
    en: "{column}: {parsed} values read as numbers; {invalid} did not parse and are now missing",
    de: "{column}: {parsed} Werte als Zahlen gelesen; {invalid} waren nicht lesbar und fehlen jetzt"
  },
  "clean.log.parseDates": {
    en: "{column}: {parsed} values read as dates ({format}); {invalid} did not parse and are now missing",
    de: "{column}: {parsed} Werte als Datum gelesen ({format}); {invalid} waren nicht lesbar und fehlen jetzt"
  },
  "clean.log.alreadyTyped": {
    en: "{column}: already holds {type} values; nothing to parse",
    de: "{column}: enth\xE4lt bereits {type}-Werte; nichts zu lesen"
  },
  "clean.log.dropColumns": {
    en: "Dropped the columns {columns}",
    de: "Die Spalten {columns} entfernt"
  },
  "clean.log.pseudonymise": {
    en: "{column}: {cells} values replaced by keyed pseudonyms",
    de: "{column}: {cells} Werte durch verschl\xFCsselte Pseudonyme ersetzt"
  },
  "clean.log.renameColumns": {
    en: "Renamed the columns {pairs}",
    de: "Spalten umbenannt: {pairs}"
  },
  // ---- project key
  "project.badSecret": {
    en: "{file} does not hold a project key (expected 64 hexadecimal characters); restore it from a backup \u2014 pseudonyms made with another key will not match",
    de: "{file} enth\xE4lt keinen Projektschl\xFCssel (erwartet 64 Hexadezimalzeichen); aus einer Sicherung wiederherstellen \u2014 Pseudonyme mit einem anderen Schl\xFCssel passen nicht zusammen"
  },
  // ---- enrichment
  "enrich.duplicateKeys": {
    en: "The key {key} is not unique in {table}: {count} key values occur more than once (e.g. {example}); a left join needs one row per key on the right",
    de: "Der Schl\xFCssel {key} ist in {table} nicht eindeutig: {count} Schl\xFCsselwerte kommen mehrfach vor (z. B. {example}); ein Left Join braucht rechts eine Zeile je Schl\xFCssel"
  },
  "enrich.joinSummary": {
    en: "{matched} of {rows} rows ({rate}) found a match in {table} on {key}",
    de: "{matched} von {rows} Zeilen ({rate}) haben in {table} einen Treffer \xFCber {key}"
  },
  "enrich.notDate": {
    en: "Column {column} holds {got} values, not dates; parse it first (recipe step parse-dates)",
    de: "Die Spalte {column} enth\xE4lt {got}-Werte, keine Datumsangaben; zuerst lesen lassen (Rezeptschritt parse-dates)"
  },
  "enrich.needsNow": {
    en: "The date part days_since needs a reference time (now); pass it so the result is reproducible",
    de: "Der Datumsteil days_since braucht einen Bezugszeitpunkt (now); bitte angeben, damit das Ergebnis reproduzierbar ist"
  },
  "enrich.columnExists": {
    en: "The new column {column} already exists in the table",
    de: "Die neue Spalte {column} gibt es in der Tabelle schon"
  },
  "enrich.rfmSummary": {
    en: "{customers} customers from {used} purchase rows (as of {asOf})",
    de: "{customers} Kunden aus {used} Kaufzeilen (Stand {asOf})"
  },
  "enrich.rfmNoCustomer": {
    en: "{rows} rows have no {column} and are not assigned to any customer",
    de: "{rows} Zeilen haben kein {column} und werden keinem Kunden zugeordnet"
  },
  "enrich.rfmCancellations": {
    en: '{rows} rows are cancellations or returns ({byInvoice} with an invoice starting with "C", {byAmount} with a negative amount); they are left out of frequency and monetary and counted in returns_amount and cancelled_invoices',
    de: '{rows} Zeilen sind Stornos oder R\xFCcksendungen ({byInvoice} mit Rechnungsnummer, die mit "C" beginnt, {byAmount} mit negativem Betrag); sie z\xE4hlen nicht zu Frequenz und Umsatz, sondern zu returns_amount und cancelled_invoices'
  },
  "enrich.rfmSkipped": {
    en: "{rows} rows were skipped: {withoutDate} without a date, {withoutAmount} without an amount, {afterAsOf} after the reference time",
    de: "{rows} Zeilen \xFCbersprungen: {withoutDate} ohne Datum, {withoutAmount} ohne Betrag, {afterAsOf} nach dem Stichtag"
  },
  "enrich.rfmNoPurchase": {
    en: "{customers} customers have no purchase in the rows used (only cancellations, or rows that were skipped); their recency, tenure and average basket are missing",
    de: "{customers} Kunden haben in den verwendeten Zeilen keinen Kauf (nur Stornos oder \xFCbersprungene Zeilen); Recency, Kundendauer und durchschnittlicher Warenkorb fehlen bei ihnen"
  }
};

// src/util/messages/report.ts
var reportMessages = {
  // ---- chart rendering
  "report.chartNoNetwork": {
    en: "Charts are rendered offline, but the chart asked to load {uri}; pass the data inline as values",
    de: "Diagramme werden offline gezeichnet, aber das Diagramm wollte {uri} laden; Daten bitte direkt als Werte \xFCbergeben"
  },
  // ---- document
  "report.inspect.title": { en: "Data check: {source}", de: "Datenpr\xFCfung: {source}" },
  "report.generatedAt": { en: "Generated {date} by leitwerk", de: "Erstellt am {date} von leitwerk" },
  "report.shape": { en: "{rows} rows \xD7 {columns} columns", de: "{rows} Zeilen \xD7 {columns} Spalten" },
  "report.target": { en: "Target: {target}", de: "Zielspalte: {target}" },
  "report.seconds": { en: "{seconds} s", de: "{seconds} s" },
  "report.notes": { en: "Notes from reading the file", de: "Hinweise beim Einlesen" },
  "report.findings": { en: "Findings", de: "Befunde" },
  "report.noFindings": { en: "No findings.", de: "Keine Befunde." },
  "report.findingsByCheck": { en: "Findings by check", de: "Befunde je Pr\xFCfung" },
  "report.missingness": { en: "Missing values per column", de: "Fehlende Werte je Spalte" },
  "report.noMissing": { en: "No column has missing values.", de: "Keine Spalte hat fehlende Werte." },
  "report.missingShown": {
    en: "The {shown} columns with the most missing values of {total} with any.",
    de: "Die {shown} Spalten mit den meisten fehlenden Werten von {total} mit fehlenden Werten."
  },
  "report.columns": { en: "Columns", de: "Spalten" },
  "report.columnDetails": { en: "Column details", de: "Spalten im Einzelnen" },
  "report.bias": { en: "Data bias", de: "Datenverzerrung (Bias)" },
  "report.details": { en: "Details", de: "Details" },
  "report.recipe": { en: "Proposed cleaning recipe", de: "Vorgeschlagenes Bereinigungsrezept" },
  // ---- severities
  "report.severity.error": { en: "Errors", de: "Fehler" },
  "report.severity.warning": { en: "Warnings", de: "Warnungen" },
  "report.severity.info": { en: "Notes", de: "Hinweise" },
  "report.badge.error": { en: "error", de: "Fehler" },
  "report.badge.warning": { en: "warning", de: "Warnung" },
  "report.badge.info": { en: "note", de: "Hinweis" },
  "report.count.error.one": { en: "{n} error", de: "{n} Fehler" },
  "report.count.error.other": { en: "{n} errors", de: "{n} Fehler" },
  "report.count.warning.one": { en: "{n} warning", de: "{n} Warnung" },
  "report.count.warning.other": { en: "{n} warnings", de: "{n} Warnungen" },
  "report.count.info.one": { en: "{n} note", de: "{n} Hinweis" },
  "report.count.info.other": { en: "{n} notes", de: "{n} Hinweise" },
  // ---- table headers and labels
  "report.head.severity": { en: "Severity", de: "Schwere" },
  "report.head.check": { en: "Check", de: "Pr\xFCfung" },
  "report.head.column": { en: "Column", de: "Spalte" },
  "report.head.count": { en: "Count", de: "Anzahl" },
  "report.head.share": { en: "Share", de: "Anteil" },
  "report.head.examples": { en: "Example rows", de: "Beispielzeilen" },
  "report.head.message": { en: "Finding", de: "Befund" },
  "report.head.suggestion": { en: "What to do", de: "Was tun" },
  "report.head.type": { en: "Type", de: "Typ" },
  "report.head.missing": { en: "Missing", de: "Fehlend" },
  "report.head.unique": { en: "Unique", de: "Verschieden" },
  "report.head.value": { en: "Value", de: "Wert" },
  "report.head.topOrRange": { en: "Top value / range", de: "H\xE4ufigster Wert / Bereich" },
  "report.label.evidence": { en: "Why this type", de: "Warum dieser Typ" },
  "report.label.topValues": { en: "Most frequent values", de: "H\xE4ufigste Werte" },
  "report.label.otherValues": { en: "(other values)", de: "(andere Werte)" },
  "report.label.statistics": { en: "Statistics", de: "Kennzahlen" },
  "report.label.distribution": { en: "Distribution", de: "Verteilung" },
  "report.label.rows": { en: "Rows", de: "Zeilen" },
  "report.label.missingShare": { en: "Missing share", de: "Anteil fehlend" },
  "report.label.findings": { en: "Findings", de: "Befunde" },
  "report.stat.min": { en: "Minimum", de: "Minimum" },
  "report.stat.max": { en: "Maximum", de: "Maximum" },
  "report.stat.mean": { en: "Mean", de: "Mittelwert" },
  "report.stat.sd": { en: "Standard deviation", de: "Standardabweichung" },
  "report.stat.skewness": { en: "Skewness", de: "Schiefe" },
  "report.stat.zeros": { en: "Zeros", de: "Nullen" },
  "report.stat.negatives": { en: "Negative values", de: "Negative Werte" },
  "report.stat.length": { en: "Length (min / mean / max)", de: "L\xE4nge (min / Mittel / max)" },
  "report.stat.quantile": { en: "{p} % quantile", de: "{p}-%-Quantil" },
  // ---- column types
  "report.type.numeric": { en: "numeric", de: "numerisch" },
  "report.type.integer": { en: "integer", de: "ganzzahlig" },
  "report.type.categorical": { en: "categorical", de: "kategorial" },
  "report.type.boolean": { en: "boolean", de: "boolesch" },
  "report.type.datetime": { en: "date/time", de: "Datum/Zeit" },
  "report.type.text": { en: "text", de: "Text" },
  "report.type.id": { en: "identifier", de: "Kennung" },
  // ---- terminal summary
  "report.summary.header": {
    en: "{source}: {rows} rows \xD7 {columns} columns, checked in {seconds} s",
    de: "{source}: {rows} Zeilen \xD7 {columns} Spalten, gepr\xFCft in {seconds} s"
  },
  "report.summary.moreColumns": { en: "\u2026 {n} more columns", de: "\u2026 {n} weitere Spalten" },
  "report.summary.moreFindings": { en: "\u2026 {n} more", de: "\u2026 {n} weitere" },
  "report.summary.rows": { en: "rows {rows}", de: "Zeilen {rows}" }
};

// src/util/messages/learners.ts
var learnerMessages = {
  // ---- parameters
  "learner.badParam": {
    en: "The '{param}' parameter of {learner} must be {expected}; got {got}",
    de: "Der Parameter '{param}' von {learner} muss {expected} sein; erhalten: {got}"
  },
  "learner.unknownParam": {
    en: "{learner} has no parameter '{param}'; known parameters: {known}",
    de: "{learner} hat keinen Parameter '{param}'; bekannte Parameter: {known}"
  },
  "learner.paramFeature": {
    en: "The '{param}' parameter of {learner} names feature {feature}, which the data does not have",
    de: "Der Parameter '{param}' von {learner} nennt das Merkmal {feature}, das es in den Daten nicht gibt"
  },
  "learner.monotoneCategorical": {
    en: "A monotone constraint cannot apply to the categorical feature {feature}",
    de: "Eine Monotonie-Bedingung kann nicht f\xFCr das kategoriale Merkmal {feature} gelten"
  },
  "learner.unknownLearner": {
    en: "Unknown learner {got}; expected one of {expected}",
    de: "Unbekanntes Lernverfahren {got}; erwartet eines von {expected}"
  },
  // ---- training data
  "learner.emptyData": {
    en: "Cannot fit {learner}: the training data has no rows",
    de: "{learner} kann nicht trainiert werden: die Trainingsdaten haben keine Zeilen"
  },
  "learner.noFeatures": {
    en: "Cannot fit {learner}: there are no feature columns",
    de: "{learner} kann nicht trainiert werden: es gibt keine Merkmalsspalten"
  },
  "learner.columnLength": {
    en: "Feature {feature} has {got} values, expected {expected} (one per row)",
    de: "Das Merkmal {feature} hat {got} Werte, erwartet {expected} (einen je Zeile)"
  },
  "learner.duplicateFeature": {
    en: "The feature name {feature} appears twice",
    de: "Der Merkmalsname {feature} kommt zweimal vor"
  },
  "learner.badCategoryCode": {
    en: "The categorical feature {feature} needs integer codes from 0 to {max}; got {got} at row {row}",
    de: "Das kategoriale Merkmal {feature} braucht ganzzahlige Codes von 0 bis {max}; erhalten: {got} in Zeile {row}"
  },
  "learner.targetLength": {
    en: "The target has {got} values but the data has {expected} rows",
    de: "Die Zielgr\xF6\xDFe hat {got} Werte, die Daten aber {expected} Zeilen"
  },
  "learner.targetMissing": {
    en: "The target is missing in {count} rows (first at row {row}); drop or fill them before fitting",
    de: "Die Zielgr\xF6\xDFe fehlt in {count} Zeilen (erste in Zeile {row}); diese vor dem Training entfernen oder f\xFCllen"
  },
  "learner.singleClass": {
    en: "The target has only one class ({label}); a classifier needs at least two",
    de: "Die Zielgr\xF6\xDFe hat nur eine Klasse ({label}); ein Klassifikator braucht mindestens zwei"
  },
  "learner.badLabel": {
    en: "{learner} with objective {objective} needs class labels {expected}; got {got} at row {row}",
    de: "{learner} mit Zielfunktion {objective} braucht Klassenlabels {expected}; erhalten: {got} in Zeile {row}"
  },
  "learner.negativeTarget": {
    en: "The objective {objective} needs a target \u2265 0; got {got} at row {row}",
    de: "Die Zielfunktion {objective} braucht eine Zielgr\xF6\xDFe \u2265 0; erhalten: {got} in Zeile {row}"
  },
  "learner.zeroTarget": {
    en: "The objective {objective} needs some target values above 0; all are 0",
    de: "Die Zielfunktion {objective} braucht einige Zielwerte \xFCber 0; alle sind 0"
  },
  "learner.badWeights": {
    en: "Sample weights must be finite, \u2265 0 and not all 0; {reason}",
    de: "Stichprobengewichte m\xFCssen endlich und \u2265 0 sein und d\xFCrfen nicht alle 0 sein; {reason}"
  },
  "learner.cancelled": {
    en: "Training of {learner} was cancelled",
    de: "Das Training von {learner} wurde abgebrochen"
  },
  // ---- prediction and models
  "learner.missingFeature": {
    en: "The model needs the feature(s) {missing}, which the data does not have; the data has: {columns}",
    de: "Das Modell braucht die Merkmale {missing}, die es in den Daten nicht gibt; vorhanden sind: {columns}"
  },
  "learner.featureKind": {
    en: "The feature {feature} was {expected} when the model was trained but is {got} now",
    de: "Das Merkmal {feature} war beim Training {expected}, ist jetzt aber {got}"
  },
  "learner.noProba": {
    en: "{learner} with objective {objective} predicts numbers, not class probabilities",
    de: "{learner} mit Zielfunktion {objective} sagt Zahlen vorher, keine Klassenwahrscheinlichkeiten"
  },
  "learner.modelKind": {
    en: "Expected a {expected} model, got {got}",
    de: "Erwartet wurde ein {expected}-Modell, erhalten: {got}"
  },
  "learner.modelVersion": {
    en: "The {kind} model format version {got} is not supported (expected {expected})",
    de: "Die Formatversion {got} des {kind}-Modells wird nicht unterst\xFCtzt (erwartet {expected})"
  },
  "learner.modelCorrupt": {
    en: "The {kind} model is damaged: {reason}",
    de: "Das {kind}-Modell ist besch\xE4digt: {reason}"
  }
};

// src/util/messages.ts
var catalogue = {
  ...coreMessages,
  ...qualityMessages,
  ...cleanMessages,
  ...reportMessages,
  ...learnerMessages
};
function formatMessage(id, params = {}, lang = "en") {
  const template = catalogue[id][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key) => {
    const value = params[key];
    return value === void 0 ? whole : String(value);
  });
}

// src/util/errors.ts
var LeitwerkError = class extends Error {
  messageId;
  params;
  constructor(messageId, params = {}) {
    super(formatMessage(messageId, params));
    this.messageId = messageId;
    this.params = params;
    this.name = new.target.name;
  }
  /** The message in another language. */
  localized(lang) {
    return formatMessage(this.messageId, this.params, lang);
  }
  /** Plain data for JSON output (`--json`, HTTP bodies). */
  toJSON() {
    return { error: this.kind, id: this.messageId, message: this.message, params: this.params };
  }
};
var ValidationError = class extends LeitwerkError {
  kind = "validation";
};
var CancelledError = class extends LeitwerkError {
  kind = "cancelled";
};

// src/learners/params.ts
function describeExpected(spec) {
  switch (spec.type) {
    case "integer":
      return `an integer in [${bound(spec.min)}, ${bound(spec.max)}]`;
    case "number":
      return `a number in ${spec.exclusiveMin ? "(" : "["}${bound(spec.min)}, ${bound(spec.max)}${spec.exclusiveMax ? ")" : "]"}`;
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${spec.values.map((v) => `'${v}'`).join(", ")}`;
    case "feature-map":
      return `an object of feature name \u2192 integer in [${bound(spec.min)}, ${bound(spec.max)}]`;
  }
}
function bound(x) {
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return String(x);
}
function show(value) {
  if (typeof value === "string") return `'${value}'`;
  if (value === void 0) return "undefined";
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function isValidParam(spec, value) {
  switch (spec.type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && value >= spec.min && value <= spec.max;
    case "number":
      return typeof value === "number" && !Number.isNaN(value) && (spec.exclusiveMin ? value > spec.min : value >= spec.min) && (spec.exclusiveMax ? value < spec.max : value <= spec.max);
    case "boolean":
      return typeof value === "boolean";
    case "enum":
      return typeof value === "string" && spec.values.includes(value);
    case "feature-map": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
      for (const v of Object.values(value)) {
        if (typeof v !== "number" || !Number.isInteger(v) || v < spec.min || v > spec.max) return false;
      }
      return true;
    }
  }
}
function defaultValue(spec) {
  return spec.type === "feature-map" ? Object.freeze({}) : spec.default;
}
function resolveParams(learner, schema, settings = {}) {
  for (const name of Object.keys(settings)) {
    if (!Object.hasOwn(schema, name)) {
      throw new ValidationError("learner.unknownParam", {
        learner,
        param: name,
        known: Object.keys(schema).join(", ")
      });
    }
  }
  const out = {};
  for (const [name, spec] of Object.entries(schema)) {
    const given = settings[name];
    if (given === void 0) {
      out[name] = defaultValue(spec);
      continue;
    }
    if (!isValidParam(spec, given)) {
      throw new ValidationError("learner.badParam", {
        learner,
        param: name,
        expected: describeExpected(spec),
        got: show(given)
      });
    }
    out[name] = spec.type === "feature-map" ? Object.freeze({ ...given }) : given;
  }
  return Object.freeze(out);
}

// src/util/rng.ts
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
}
function createRng(seed) {
  let a;
  let b;
  let c;
  let d;
  if (typeof seed === "number") {
    const sm = splitmix32(seed);
    a = sm();
    b = sm();
    c = sm();
    d = sm();
  } else {
    [a, b, c, d] = seed;
  }
  if ((a | b | c | d) === 0) a = 1;
  let spare;
  const nextU32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = b << 9 >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    return result;
  };
  const next = () => (nextU32() * 2 ** 21 + (nextU32() >>> 11)) / 2 ** 53;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      if (spare !== void 0) {
        const s = spare;
        spare = void 0;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    state: () => [a, b, c, d]
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// src/learners/abort.ts
function throwIfAborted(signal, learner) {
  if (signal?.aborted) throw new CancelledError("learner.cancelled", { learner });
}

// src/learners/feature-matrix.ts
var MAX_CATEGORY_CODE = 1048575;
function createFeatureMatrix(names, columns, options = {}) {
  if (names.length !== columns.length) {
    throw new ValidationError("option.invalid", {
      name: "columns",
      expected: `${names.length} columns (one per name)`,
      got: String(columns.length)
    });
  }
  const rowCount = options.rowCount ?? (columns.length > 0 ? columns[0].length : 0);
  const seen = /* @__PURE__ */ new Set();
  names.forEach((name, j) => {
    if (seen.has(name)) throw new ValidationError("learner.duplicateFeature", { feature: name });
    seen.add(name);
    if (columns[j].length !== rowCount) {
      throw new ValidationError("learner.columnLength", { feature: name, got: columns[j].length, expected: rowCount });
    }
  });
  const categorical = names.map((_, j) => options.categorical?.[j] ?? false);
  const categories = names.map((_, j) => categorical[j] ? options.categories?.[j] ?? null : null);
  return Object.freeze({
    names: Object.freeze([...names]),
    columns: Object.freeze([...columns]),
    rowCount,
    categorical: Object.freeze(categorical),
    categories: Object.freeze(categories.map((c) => c ? Object.freeze([...c]) : null))
  });
}
function featureInfos(matrix) {
  return Object.freeze(
    matrix.names.map(
      (name, j) => Object.freeze({
        name,
        categorical: matrix.categorical[j] === true,
        categories: matrix.categorical[j] ? matrix.categories[j] ?? null : null
      })
    )
  );
}
function checkCategoryCodes(matrix) {
  matrix.columns.forEach((col, j) => {
    if (!matrix.categorical[j]) return;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (v !== v) continue;
      if (!(v >= 0 && v <= MAX_CATEGORY_CODE && Math.floor(v) === v)) {
        throw new ValidationError("learner.badCategoryCode", {
          feature: matrix.names[j],
          max: MAX_CATEGORY_CODE,
          got: String(v),
          row: i + 1
        });
      }
    }
  });
}
function alignFeatures(features, data2) {
  const position = /* @__PURE__ */ new Map();
  data2.names.forEach((n, j) => {
    position.set(n, j);
  });
  const missing = features.filter((f) => !position.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    throw new ValidationError("learner.missingFeature", {
      missing: missing.join(", "),
      columns: data2.names.join(", ")
    });
  }
  return features.map((f) => {
    const j = position.get(f.name);
    const isCat = data2.categorical[j] === true;
    if (isCat !== f.categorical) {
      throw new ValidationError("learner.featureKind", {
        feature: f.name,
        expected: f.categorical ? "categorical" : "numeric",
        got: isCat ? "categorical" : "numeric"
      });
    }
    const col = data2.columns[j];
    const labels = data2.categories[j];
    if (!f.categorical || !f.categories || !labels || sameLabels(f.categories, labels)) return col;
    return recode(col, labels, f.categories);
  });
}
function sameLabels(a, b) {
  if (a === b) return true;
  if (b.length > a.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function recode(col, from, to) {
  const index = /* @__PURE__ */ new Map();
  to.forEach((label, code) => {
    index.set(label, code);
  });
  const unseen = to.length;
  const map = new Float64Array(from.length);
  for (let c = 0; c < from.length; c++) map[c] = index.get(from[c]) ?? unseen;
  const out = new Float64Array(col.length);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    out[i] = v !== v ? Number.NaN : v >= 0 && v < map.length && Math.floor(v) === v ? map[v] : unseen;
  }
  return out;
}

// src/learners/target.ts
function isTarget(input) {
  return typeof input === "object" && input !== null && "values" in input && !("length" in input);
}
function checkTarget(input, rowCount) {
  const raw = isTarget(input) ? input.values : input;
  if (raw.length !== rowCount) {
    throw new ValidationError("learner.targetLength", { got: raw.length, expected: rowCount });
  }
  const values = Float64Array.from(raw);
  let bad = 0;
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      if (first < 0) first = i;
      bad++;
    }
  }
  if (bad > 0) throw new ValidationError("learner.targetMissing", { count: bad, row: first + 1 });
  return Object.freeze({
    values,
    classes: isTarget(input) && input.classes ? Object.freeze([...input.classes]) : null,
    name: isTarget(input) ? input.name ?? null : null
  });
}
function classTarget(input, learner, objective, options = {}) {
  const rowCount = options.rowCount ?? (isTarget(input) ? input.values.length : input.length);
  const t = checkTarget(input, rowCount);
  const y = t.values;
  const declared = t.classes ? t.classes.length : options.exactClasses ?? Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (!(Number.isInteger(v) && v >= 0 && v < declared)) {
      const expected = Number.isFinite(declared) ? `0 \u2026 ${declared - 1}` : "integers \u2265 0";
      throw new ValidationError("learner.badLabel", { learner, objective, expected, got: String(v), row: i + 1 });
    }
    if (v > max) max = v;
  }
  const classCount = Math.max(Number.isFinite(declared) ? declared : max + 1, options.exactClasses ?? 2);
  if (y.length > 0 && options.requireTwoClasses !== false) {
    let distinct = false;
    for (let i = 1; i < y.length && !distinct; i++) distinct = y[i] !== y[0];
    if (!distinct) {
      const label = t.classes ? t.classes[y[0]] ?? String(y[0]) : String(y[0]);
      throw new ValidationError("learner.singleClass", { label });
    }
  }
  return Object.freeze({ ...t, classCount });
}
function checkWeights(weights, rowCount) {
  if (weights === void 0) return null;
  if (weights.length !== rowCount) {
    throw new ValidationError("learner.badWeights", {
      reason: `got ${weights.length} weights for ${rowCount} rows`
    });
  }
  const w = Float64Array.from(weights);
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    if (!(Number.isFinite(v) && v >= 0)) {
      throw new ValidationError("learner.badWeights", { reason: `got ${v} at row ${i + 1}` });
    }
    sum += v;
  }
  if (rowCount > 0 && !(sum > 0)) throw new ValidationError("learner.badWeights", { reason: "all weights are 0" });
  return w;
}

// src/learners/tree/criterion.ts
var LN2 = Math.log(2);

// src/learners/tree/feature-order.ts
var RAND_R_MAX = 2147483647;
function createFeatureOrder(featureCount, maxFeatures, seed) {
  let state = seed >>> 0;
  const features = Int32Array.from({ length: featureCount }, (_, j) => j);
  const constantFeatures = new Int32Array(featureCount);
  const randInt = (low, high) => {
    if (state === 0) state = 1;
    state = (state ^ state << 13) >>> 0;
    state = (state ^ state >>> 17) >>> 0;
    state = (state ^ state << 5) >>> 0;
    return low + state % (RAND_R_MAX + 1) % (high - low);
  };
  return {
    visit(knownConstants, tryFeature) {
      let fi = featureCount;
      let visited = 0;
      let foundConstants = 0;
      let drawnConstants = 0;
      let totalConstants = knownConstants;
      while (fi > totalConstants && (visited < maxFeatures || visited <= foundConstants + drawnConstants)) {
        visited++;
        let fj = randInt(drawnConstants, fi - foundConstants);
        if (fj < knownConstants) {
          const t = features[drawnConstants];
          features[drawnConstants] = features[fj];
          features[fj] = t;
          drawnConstants++;
          continue;
        }
        fj += foundConstants;
        const f = features[fj];
        if (!tryFeature(f)) {
          features[fj] = features[totalConstants];
          features[totalConstants] = f;
          foundConstants++;
          totalConstants++;
          continue;
        }
        fi--;
        features[fj] = features[fi];
        features[fi] = f;
      }
      features.set(constantFeatures.subarray(0, knownConstants), 0);
      constantFeatures.set(features.subarray(knownConstants, knownConstants + foundConstants), knownConstants);
      return totalConstants;
    }
  };
}

// src/learners/tree/cart-tree.ts
function inCategorySet(tree, k, x) {
  const start = tree.catBoundaries[k];
  const word = x >>> 5;
  return word < tree.catBoundaries[k + 1] - start && (tree.catBits[start + word] >>> (x & 31) & 1) === 1;
}
function cartLeaf(tree, columns, row) {
  const { left, right, feature, threshold, missingLeft, categorical } = tree;
  let node = 0;
  while (left[node] >= 0) {
    const x = columns[feature[node]][row];
    let goLeft;
    if (x !== x) goLeft = missingLeft[node] === 1;
    else if (categorical[node] === 1) goLeft = inCategorySet(tree, threshold[node], x);
    else goLeft = x <= threshold[node];
    node = goLeft ? left[node] : right[node];
  }
  return node;
}

// src/learners/gbdt/gbdt-model.ts
function prepareColumns(knownCategories, columns) {
  return columns.map((col, f) => {
    const known = knownCategories[f];
    if (!known) return col;
    let max = -1;
    for (const c of known) if (c > max) max = c;
    const isKnown = new Uint8Array(max + 1);
    for (const c of known) isKnown[c] = 1;
    const out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      out[i] = v >= 0 && v <= max && Math.floor(v) === v && isKnown[v] === 1 ? v : Number.NaN;
    }
    return out;
  });
}

// src/learners/tree/fit-tree.ts
function seenCategories(data2) {
  return data2.columns.map((col, j) => {
    if (!data2.categorical[j]) return null;
    const seen = /* @__PURE__ */ new Set();
    for (let i = 0; i < col.length; i++) if (col[i] === col[i]) seen.add(col[i]);
    return Int32Array.from(seen).sort();
  });
}

// src/learners/gbdt/quantile-sketch.ts
var K_FACTOR = 8;
var f32 = Math.fround;
function summary(capacity) {
  return {
    size: 0,
    rmin: new Float64Array(capacity),
    rmax: new Float64Array(capacity),
    wmin: new Float64Array(capacity),
    value: new Float64Array(capacity)
  };
}
function copyEntry(dst, i, src, j) {
  dst.rmin[i] = src.rmin[j];
  dst.rmax[i] = src.rmax[j];
  dst.wmin[i] = src.wmin[j];
  dst.value[i] = src.value[j];
}
function copyFrom(dst, src) {
  for (let i = 0; i < src.size; i++) copyEntry(dst, i, src, i);
  dst.size = src.size;
}
function setPrune(dst, src, maxSize) {
  if (src.size <= maxSize) {
    copyFrom(dst, src);
    return;
  }
  const begin = src.rmax[0];
  const range = f32(src.rmin[src.size - 1] - src.rmax[0]);
  const n = maxSize - 1;
  copyEntry(dst, 0, src, 0);
  dst.size = 1;
  let i = 1;
  let lastIdx = 0;
  for (let k = 1; k < n; k++) {
    const dx2 = f32(2 * f32(f32(f32(k * range) / n) + begin));
    while (i < src.size - 1 && dx2 >= f32(src.rmax[i + 1] + src.rmin[i + 1])) i++;
    if (i === src.size - 1) break;
    const rminNext = f32(src.rmin[i] + src.wmin[i]);
    const rmaxPrev = f32(src.rmax[i + 1] - src.wmin[i + 1]);
    if (dx2 < f32(rminNext + rmaxPrev)) {
      if (i !== lastIdx) {
        copyEntry(dst, dst.size++, src, i);
        lastIdx = i;
      }
    } else if (i + 1 !== lastIdx) {
      copyEntry(dst, dst.size++, src, i + 1);
      lastIdx = i + 1;
    }
  }
  if (lastIdx !== src.size - 1) copyEntry(dst, dst.size++, src, src.size - 1);
}
function setCombine(dst, a, b) {
  if (a.size === 0 || b.size === 0) {
    copyFrom(dst, a.size === 0 ? b : a);
    return;
  }
  let i = 0;
  let j = 0;
  let d = 0;
  let aPrevRmin = 0;
  let bPrevRmin = 0;
  while (i < a.size && j < b.size) {
    if (a.value[i] === b.value[j]) {
      set(dst, d++, a.rmin[i] + b.rmin[j], a.rmax[i] + b.rmax[j], a.wmin[i] + b.wmin[j], a.value[i]);
      aPrevRmin = a.rmin[i] + a.wmin[i];
      bPrevRmin = b.rmin[j] + b.wmin[j];
      i++;
      j++;
    } else if (a.value[i] < b.value[j]) {
      set(dst, d++, a.rmin[i] + bPrevRmin, a.rmax[i] + (b.rmax[j] - b.wmin[j]), a.wmin[i], a.value[i]);
      aPrevRmin = a.rmin[i] + a.wmin[i];
      i++;
    } else {
      set(dst, d++, b.rmin[j] + aPrevRmin, b.rmax[j] + (a.rmax[i] - a.wmin[i]), b.wmin[j], b.value[j]);
      bPrevRmin = b.rmin[j] + b.wmin[j];
      j++;
    }
  }
  if (i < a.size) {
    const bRmax = b.rmax[b.size - 1];
    for (; i < a.size; i++) set(dst, d++, a.rmin[i] + bPrevRmin, a.rmax[i] + bRmax, a.wmin[i], a.value[i]);
  }
  if (j < b.size) {
    const aRmax = a.rmax[a.size - 1];
    for (; j < b.size; j++) set(dst, d++, b.rmin[j] + aPrevRmin, b.rmax[j] + aRmax, b.wmin[j], b.value[j]);
  }
  dst.size = d;
  fixError(dst);
}
function set(s, i, rmin, rmax, wmin, value) {
  s.rmin[i] = f32(rmin);
  s.rmax[i] = f32(rmax);
  s.wmin[i] = f32(wmin);
  s.value[i] = value;
}
function fixError(s) {
  let prevRmin = 0;
  let prevRmax = 0;
  for (let i = 0; i < s.size; i++) {
    if (s.rmin[i] < prevRmin) s.rmin[i] = prevRmin;
    else prevRmin = s.rmin[i];
    if (s.rmax[i] < prevRmax) s.rmax[i] = prevRmax;
    const rminNext = f32(s.rmin[i] + s.wmin[i]);
    if (s.rmax[i] < rminNext) s.rmax[i] = rminNext;
    prevRmax = s.rmax[i];
  }
}
function limitSizeLevel(maxn, eps) {
  let nlevel = 1;
  let limit = 0;
  for (; ; ) {
    limit = Math.min(maxn, Math.ceil(nlevel / eps) + 1);
    if (2 ** nlevel * limit >= maxn) break;
    nlevel++;
  }
  return { nlevel, limit };
}
function makeSummary(sk, out) {
  if (sk.raw) {
    makeSummaryRaw(sk.raw.subarray(0, sk.rawLength), out);
    return;
  }
  const n = sk.qtail;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const v = sk.queueValue;
  order.sort((a, b) => v[a] - v[b]);
  out.size = 0;
  let wsum = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    let w = sk.queueWeight[order[i]];
    while (j < n && v[order[j]] === v[order[i]]) {
      w = f32(w + sk.queueWeight[order[j]]);
      j++;
    }
    set(out, out.size++, wsum, wsum + w, w, v[order[i]]);
    wsum = f32(wsum + w);
    i = j;
  }
}
function makeSummaryRaw(values, out) {
  values.sort();
  out.size = 0;
  let wsum = 0;
  const n = values.length;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && values[j] === values[i]) j++;
    const w = j - i;
    set(out, out.size++, wsum, wsum + w, w, values[i]);
    wsum = f32(wsum + w);
    i = j;
  }
}
function initLevel(sk, count2) {
  while (sk.levels.length < count2) sk.levels.push(summary(sk.limit));
}
function pushTemp(sk) {
  for (let l = 1; ; l++) {
    initLevel(sk, l + 1);
    const level = sk.levels;
    if (level[l].size === 0) {
      setPrune(level[l], sk.temp, sk.limit);
      break;
    }
    setPrune(level[0], sk.temp, sk.limit);
    setCombine(sk.temp, level[0], level[l]);
    if (sk.temp.size > sk.limit) level[l].size = 0;
    else {
      copyFrom(level[l], sk.temp);
      break;
    }
  }
}
function push(sk, x, w) {
  if (w === 0) return;
  if (sk.qtail === sk.queueValue.length) {
    makeSummary(sk, sk.temp);
    sk.qtail = 0;
    pushTemp(sk);
  }
  if (sk.qtail === 0 || sk.queueValue[sk.qtail - 1] !== x) {
    sk.queueValue[sk.qtail] = x;
    sk.queueWeight[sk.qtail] = w;
    sk.qtail++;
  } else {
    sk.queueWeight[sk.qtail - 1] = f32(sk.queueWeight[sk.qtail - 1] + w);
  }
}
function getSummary(sk) {
  const out = summary(Math.max(sk.limit * 2, sk.qtail + 1));
  makeSummary(sk, out);
  const level = sk.levels;
  if (level.length > 0) {
    setPrune(level[0], out, sk.limit);
    for (let l = 1; l < level.length; l++) {
      if (level[l].size === 0) continue;
      if (level[0].size === 0) copyFrom(level[0], level[l]);
      else {
        setCombine(out, level[0], level[l]);
        setPrune(level[0], out, sk.limit);
      }
    }
    copyFrom(out, level[0]);
  } else if (out.size > sk.limit) {
    const t = summary(sk.limit);
    setPrune(t, out, sk.limit);
    copyFrom(out, t);
  }
  return out;
}
function sketchCuts(values, weights, maxBins) {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === 0) return new Float64Array(0);
  const nBins = Math.max(1, Math.min(maxBins, n));
  const eps = 1 / (f32(nBins) * K_FACTOR);
  const { limit } = limitSizeLevel(n, eps);
  const out = exactSummary(values, weights, limit) ?? sketchAll(newSketch(limit, weights ? 0 : n), values, weights);
  const intermediate = Math.min(n, maxBins * K_FACTOR);
  const reduced = summary(intermediate + 1);
  setPrune(reduced, out, intermediate);
  const maxNumBins = Math.min(intermediate, maxBins);
  const a = summary(maxNumBins + 2);
  setPrune(a, reduced, maxNumBins + 1);
  const cuts = [];
  const required = Math.min(a.size, maxNumBins);
  for (let i = 1; i < required; i++) {
    const c = a.value[i];
    if (i === 1 || c > cuts[cuts.length - 1]) cuts.push(c);
  }
  const top = a.size > 0 ? a.value[a.size - 1] : 0;
  cuts.push(top + (Math.abs(top) + 1e-5));
  return Float64Array.from(cuts);
}
function newSketch(limit, rawCapacity) {
  return {
    limit,
    queueValue: new Float64Array(limit * 2),
    queueWeight: new Float64Array(limit * 2),
    qtail: 0,
    raw: rawCapacity > 0 ? new Float64Array(rawCapacity) : null,
    rawLength: 0,
    levels: [],
    temp: summary(limit * 2)
  };
}
function sketchAll(sk, values, weights) {
  if (!weights && sk.raw) {
    const cap = sk.queueValue.length;
    const raw = sk.raw;
    let last = Number.NaN;
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      if (v !== v) continue;
      if (v === 0) v = 0;
      if (sk.qtail === cap) {
        makeSummaryRaw(raw.subarray(0, sk.rawLength), sk.temp);
        sk.qtail = 0;
        sk.rawLength = 0;
        pushTemp(sk);
      }
      if (sk.qtail === 0 || v !== last) {
        sk.qtail++;
        last = v;
      }
      raw[sk.rawLength++] = v;
    }
    return getSummary(sk);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) push(sk, v === 0 ? 0 : v, weights ? f32(weights[i]) : 1);
  }
  return getSummary(sk);
}
function exactSummary(values, weights, limit) {
  const weightOf = /* @__PURE__ */ new Map();
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    if (v !== v) continue;
    if (v === 0) v = 0;
    const w = weights ? f32(weights[i]) : 1;
    if (w === 0) continue;
    const before = weightOf.get(v);
    if (before === void 0) {
      if (weightOf.size >= limit) return null;
      weightOf.set(v, w);
    } else weightOf.set(v, f32(before + w));
  }
  const distinct = Float64Array.from(weightOf.keys()).sort();
  const out = summary(distinct.length);
  let wsum = 0;
  for (const v of distinct) {
    const w = weightOf.get(v);
    set(out, out.size++, wsum, wsum + w, w, v);
    wsum = f32(wsum + w);
  }
  return out;
}

// src/learners/gbdt/bin-mapper.ts
var MAX_BIN_CODE = 255;
function findBins(values, weights, categorical, maxBins, method, hasMissing = true) {
  if (categorical) return categoricalBins(values, Math.min(maxBins, MAX_BIN_CODE));
  let cuts = method === "quantile" ? sketchCuts(values, weights, maxBins) : greedyCuts(values, maxBins);
  if (hasMissing && cuts.length > MAX_BIN_CODE) {
    const merged = new Float64Array(MAX_BIN_CODE);
    merged.set(cuts.subarray(0, MAX_BIN_CODE - 1));
    merged[MAX_BIN_CODE - 1] = cuts[cuts.length - 1];
    cuts = merged;
  }
  const upper = cuts.length === 0 ? Float64Array.of(Number.POSITIVE_INFINITY) : cuts.slice();
  upper[upper.length - 1] = Number.POSITIVE_INFINITY;
  return Object.freeze({ categorical: false, numBins: upper.length, upper, binCodes: new Int32Array(0) });
}
function greedyCuts(values, maxBins) {
  let n = 0;
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) sorted[n++] = v === 0 ? 0 : v;
  }
  if (n === 0) return new Float64Array(0);
  const s = sorted.subarray(0, n).sort();
  const distinct = [];
  const counts = [];
  for (let i = 0; i < n; i++) {
    const v = s[i];
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]++;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  const upper = [];
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) upper.push(between(distinct[i], distinct[i + 1]));
  } else {
    greedyEdges(distinct, counts, n, maxBins, upper);
  }
  upper.push(Number.POSITIVE_INFINITY);
  return Float64Array.from(upper);
}
function between(a, b) {
  const m = a + (b - a) / 2;
  return m > a && m <= b ? m : b;
}
function greedyEdges(distinct, counts, total, maxBins, upper) {
  let meanBinSize = total / maxBins;
  let restBins = maxBins;
  let restCount = total;
  const d = distinct.length;
  const isBig = new Uint8Array(d);
  for (let i = 0; i < d; i++) {
    if (counts[i] >= meanBinSize) {
      isBig[i] = 1;
      restBins--;
      restCount -= counts[i];
    }
  }
  meanBinSize = restBins > 0 ? restCount / restBins : Number.POSITIVE_INFINITY;
  let binCount = 0;
  let inBin = 0;
  for (let i = 0; i < d - 1; i++) {
    if (!isBig[i]) restCount -= counts[i];
    inBin += counts[i];
    if (isBig[i] || inBin >= meanBinSize || isBig[i + 1] && inBin >= Math.max(1, meanBinSize * 0.5)) {
      upper.push(between(distinct[i], distinct[i + 1]));
      binCount++;
      if (binCount >= maxBins - 1) break;
      inBin = 0;
      if (!isBig[i]) {
        restBins--;
        meanBinSize = restBins > 0 ? restCount / restBins : Number.POSITIVE_INFINITY;
      }
    }
  }
}
function categoricalBins(values, maxBins) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && v >= 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const codes = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxBins).map(([code]) => code);
  return Object.freeze({
    categorical: true,
    numBins: Math.max(1, codes.length),
    upper: new Float64Array(0),
    binCodes: Int32Array.from(codes)
  });
}
function codeToBin(bins) {
  let max = -1;
  for (const c of bins.binCodes) if (c > max) max = c;
  const out = new Int32Array(max + 1).fill(-1);
  bins.binCodes.forEach((c, b) => {
    out[c] = b;
  });
  return out;
}

// src/learners/forest/bin-columns.ts
function binColumns(data2, maxBins) {
  const n = data2.rowCount;
  const bins = [];
  const columns = [];
  data2.columns.forEach((values, f) => {
    let hasMissing = false;
    for (let i = 0; i < n && !hasMissing; i++) hasMissing = values[i] !== values[i];
    const categorical = data2.categorical[f] === true;
    const fb = findBins(values, null, categorical, maxBins, "greedy", hasMissing || categorical);
    bins.push(fb);
    const out = new Uint8Array(n);
    const missing = fb.numBins;
    if (categorical) {
      const lookup = codeToBin(fb);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = v >= 0 && v < lookup.length && lookup[v] >= 0 ? lookup[v] : missing;
      }
    } else {
      const upper = fb.upper;
      const last = upper.length - 1;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== v) {
          out[i] = missing;
          continue;
        }
        let lo = 0;
        let hi = last;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (v < upper[mid]) hi = mid;
          else lo = mid + 1;
        }
        out[i] = lo;
      }
    }
    columns.push(out);
  });
  return { bins, columns };
}

// src/learners/forest/forest-model.ts
var FOREST_FORMAT_VERSION = 1;
function addTreePrediction(tree, columns, out, rows) {
  const k = tree.outputs;
  const value = tree.value;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const leaf = cartLeaf(tree, columns, row);
    if (k === 1) {
      out[row] += value[leaf];
      continue;
    }
    const at = leaf * k;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += value[at + c];
    for (let c = 0; c < k; c++) out[row * k + c] += value[at + c] / sum;
  }
}
function averaged(model2, data2) {
  const columns = prepareColumns(model2.knownCategories, alignFeatures(model2.features, data2));
  const n = data2.rowCount;
  const k = model2.task === "regression" ? 1 : model2.classCount;
  const out = new Float64Array(n * k);
  const rows = Uint32Array.from({ length: n }, (_, i) => i);
  for (const tree of model2.trees) addTreePrediction(tree, columns, out, rows);
  const t = model2.trees.length;
  for (let i = 0; i < out.length; i++) out[i] /= t;
  return out;
}
function predictProbaForest(model2, data2) {
  if (model2.task === "regression") {
    throw new ValidationError("learner.noProba", { learner: "random_forest", objective: model2.objective });
  }
  return averaged(model2, data2);
}
function predictForest(model2, data2) {
  const p2 = averaged(model2, data2);
  if (model2.task === "regression") return p2;
  const k = model2.classCount;
  const n = data2.rowCount;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (p2[i * k + c] > p2[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}

// src/learners/forest/grow-hist-tree.ts
var EPSILON = 2220446049250313e-31;
var view = new DataView(new ArrayBuffer(8));
function below(x) {
  if (x === 0) return -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}
function growHistTree(data2, rows, w, limits, rng) {
  const { bins, columns, y } = data2;
  const nf = columns.length;
  const K = data2.classCount;
  const regression = K === 0;
  const outputs = regression ? 1 : K;
  const stride = regression ? 3 : 1 + K;
  let maxBins = 0;
  for (const b of bins) maxBins = Math.max(maxBins, b.numBins + 1);
  const hist = new Float64Array(maxBins * stride);
  const featureOrder = createFeatureOrder(nf, limits.maxFeatures, rng.int(2 ** 31) + 1);
  const S = stride + 1;
  const node = new Float64Array(S);
  const leftStats = new Float64Array(S);
  const rightStats = new Float64Array(S);
  const addRow = regression ? (a, r) => {
    const wi = w[r];
    const yi = y[r];
    a[1] += wi;
    a[2] += wi * yi;
    a[3] += wi * yi * yi;
  } : (a, r) => {
    a[1 + y[r]] += w[r];
  };
  const left = new Float64Array(stride);
  const order = new Int32Array(maxBins);
  const keys = new Float64Array(maxBins);
  const clear = (bins2, count2) => {
    for (let u = 0; u < count2; u++) hist.fill(0, bins2[u] * stride, bins2[u] * stride + stride);
  };
  const maxDepth = limits.maxDepth > 0 ? limits.maxDepth : Number.POSITIVE_INFINITY;
  const msl2 = limits.minSamplesLeaf;
  const L = [];
  const R = [];
  const feature = [];
  const threshold = [];
  const missingLeft = [];
  const categorical = [];
  const value = [];
  const nSamples = [];
  const weighted = [];
  const impurities = [];
  const catBoundaries = [0];
  const catBits = [];
  const proxy = (a) => {
    if (regression) {
      const wl2 = a[1];
      const wr2 = node[1] - wl2;
      if (!(wl2 > 0 && wr2 > 0)) return Number.NEGATIVE_INFINITY;
      const sl = a[2];
      const sr = node[2] - sl;
      return sl * sl / wl2 + sr * sr / wr2;
    }
    let wl = 0;
    let wr = 0;
    let ql = 0;
    let qr = 0;
    for (let k = 1; k <= K; k++) {
      const cl = a[k];
      const cr = node[k] - cl;
      wl += cl;
      wr += cr;
      ql += cl * cl;
      qr += cr * cr;
    }
    if (!(wl > 0 && wr > 0)) return Number.NEGATIVE_INFINITY;
    return ql / wl + qr / wr;
  };
  const stack = [0, rows.length, 0, -1, 0, 0];
  while (stack.length > 0) {
    const constants = stack.pop();
    const isLeft = stack.pop();
    const parent = stack.pop();
    const depth = stack.pop();
    const end = stack.pop();
    const start = stack.pop();
    const id = L.length;
    if (parent >= 0) {
      if (isLeft) L[parent] = id;
      else R[parent] = id;
    }
    if (parent < 0) {
      node.fill(0);
      for (let i2 = start; i2 < end; i2++) addRow(node, rows[i2]);
    } else for (let k = S - 1; k >= 0; k--) node[k] = stack.pop();
    node[0] = end - start;
    let wNode = 0;
    let impurity;
    if (regression) {
      wNode = node[1];
      const mean = node[2] / wNode;
      impurity = node[3] / wNode - mean * mean;
      value.push(mean);
    } else {
      let sq = 0;
      for (let k = 1; k <= K; k++) {
        wNode += node[k];
        sq += node[k] * node[k];
      }
      impurity = 1 - sq / (wNode * wNode);
      for (let k = 1; k <= K; k++) value.push(node[k]);
    }
    L.push(-1);
    R.push(-1);
    feature.push(-1);
    threshold.push(-2);
    missingLeft.push(0);
    categorical.push(0);
    nSamples.push(end - start);
    weighted.push(wNode);
    impurities.push(impurity);
    const count2 = end - start;
    if (depth >= maxDepth || count2 < limits.minSamplesSplit || count2 < 2 * msl2 || impurity <= EPSILON) continue;
    let bestProxy = Number.NEGATIVE_INFINITY;
    let bestFeature = -1;
    let bestLastBin = -1;
    let bestMissingLeft = false;
    let bestSawMissing = false;
    let bestOrder = [];
    const tryFeature = (f) => {
      const fb2 = bins[f];
      const nb = fb2.numBins;
      const col2 = columns[f];
      let touched = 0;
      if (regression) {
        for (let i2 = start; i2 < end; i2++) {
          const r = rows[i2];
          const b = col2[r];
          const at = b * 3;
          if (hist[at] === 0) order[touched++] = b;
          const wi = w[r];
          hist[at] += 1;
          hist[at + 1] += wi;
          hist[at + 2] += wi * y[r];
        }
      } else {
        for (let i2 = start; i2 < end; i2++) {
          const r = rows[i2];
          const b = col2[r];
          const at = b * stride;
          if (hist[at] === 0) order[touched++] = b;
          hist[at] += 1;
          hist[at + 1 + y[r]] += w[r];
        }
      }
      order.subarray(0, touched).sort();
      const missingCount = hist[nb * stride];
      const m = missingCount > 0 ? touched - 1 : touched;
      if (m < 2) {
        clear(order, touched);
        return false;
      }
      if (fb2.categorical) {
        let majority = 1;
        if (!regression) {
          for (let c = 2; c <= K; c++) if (node[c] > node[majority]) majority = c;
        }
        if (K === 2) majority = 2;
        for (let u = 0; u < m; u++) {
          const at = order[u] * stride;
          if (regression) keys[u] = hist[at + 2] / hist[at + 1];
          else {
            let s = 0;
            for (let c = 1; c <= K; c++) s += hist[at + c];
            keys[u] = hist[at + majority] / s;
          }
        }
        const idx = Array.from({ length: m }, (_, u) => u).sort((a, b) => keys[a] - keys[b] || order[a] - order[b]);
        const sorted = idx.map((u) => order[u]);
        for (let u = 0; u < m; u++) order[u] = sorted[u];
      }
      const cutLo = 0;
      const cutHi = m - 2;
      const randomCut = limits.extraTrees ? cutLo + rng.int(cutHi - cutLo + 1) : -1;
      for (let d = 0; d < (missingCount > 0 ? 2 : 1); d++) {
        const mLeft = d === 1;
        left.fill(0);
        if (mLeft) for (let s = 0; s < stride; s++) left[s] = hist[nb * stride + s];
        for (let u = 0; u <= cutHi; u++) {
          const at = order[u] * stride;
          for (let s = 0; s < stride; s++) left[s] += hist[at + s];
          if (randomCut >= 0 && u !== randomCut) continue;
          const nLeft = left[0];
          if (nLeft < msl2 || count2 - nLeft < msl2) continue;
          const p2 = proxy(left);
          if (p2 > bestProxy) {
            bestProxy = p2;
            bestFeature = f;
            bestLastBin = order[u];
            bestMissingLeft = mLeft;
            bestSawMissing = missingCount > 0;
            bestOrder = fb2.categorical ? Array.from(order.subarray(0, u + 1)) : [];
          }
        }
      }
      if (missingCount > 0) order[m] = nb;
      clear(order, touched);
      return true;
    };
    const childConstants = featureOrder.visit(constants, tryFeature);
    if (bestFeature < 0) continue;
    const fb = bins[bestFeature];
    const col = columns[bestFeature];
    const missingBin = fb.numBins;
    const goLeft = new Uint8Array(missingBin + 1);
    if (fb.categorical) for (const b of bestOrder) goLeft[b] = 1;
    else {
      for (let b = 0; b <= bestLastBin; b++) goLeft[b] = 1;
      threshold[id] = below(fb.upper[bestLastBin]);
    }
    goLeft[missingBin] = bestMissingLeft ? 1 : 0;
    leftStats.fill(0);
    rightStats.fill(0);
    let i = start;
    let j = end - 1;
    while (i <= j) {
      const r = rows[i];
      if (goLeft[col[r]] === 1) {
        addRow(leftStats, r);
        i++;
      } else {
        addRow(rightStats, r);
        rows[i] = rows[j];
        rows[j] = r;
        j--;
      }
    }
    const mid = i;
    if (mid === start || mid === end) continue;
    let wl = 0;
    let wr = 0;
    for (let k = 1; k <= (regression ? 1 : K); k++) {
      wl += leftStats[k];
      wr += rightStats[k];
    }
    feature[id] = bestFeature;
    missingLeft[id] = (bestSawMissing ? bestMissingLeft : wl >= wr) ? 1 : 0;
    if (fb.categorical) {
      categorical[id] = 1;
      threshold[id] = catBoundaries.length - 1;
      let max = 0;
      for (const b of bestOrder) max = Math.max(max, fb.binCodes[b]);
      const words = new Array((max >>> 5) + 1).fill(0);
      for (const b of bestOrder) {
        const code = fb.binCodes[b];
        words[code >>> 5] = (words[code >>> 5] | 1 << (code & 31)) >>> 0;
      }
      catBits.push(...words);
      catBoundaries.push(catBits.length);
    }
    for (let k = 0; k < S; k++) stack.push(rightStats[k]);
    stack.push(mid, end, depth + 1, id, 0, childConstants);
    for (let k = 0; k < S; k++) stack.push(leftStats[k]);
    stack.push(start, mid, depth + 1, id, 1, childConstants);
  }
  return Object.freeze({
    nodeCount: L.length,
    outputs,
    left: Int32Array.from(L),
    right: Int32Array.from(R),
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    missingLeft: Uint8Array.from(missingLeft),
    categorical: Uint8Array.from(categorical),
    value: Float64Array.from(value),
    nSamples: Int32Array.from(nSamples),
    weightedNSamples: Float64Array.from(weighted),
    impurity: Float64Array.from(impurities),
    catBoundaries: Int32Array.from(catBoundaries),
    catBits: Uint32Array.from(catBits)
  });
}

// src/learners/forest/fit-forest.ts
function featuresPerNode(params, featureCount) {
  const m = params.max_features === "sqrt" ? Math.floor(Math.sqrt(featureCount)) : params.max_features === "log2" ? Math.floor(Math.log2(featureCount)) : params.max_features === "all" ? featureCount : Math.floor(params.max_features_fraction * featureCount);
  return Math.max(1, Math.min(featureCount, m));
}
function fitForest(params, data2, target, options = {}) {
  const learner = "random_forest";
  const n = data2.rowCount;
  const nf = data2.names.length;
  if (nf === 0) throw new ValidationError("learner.noFeatures", { learner });
  if (n === 0) throw new ValidationError("learner.emptyData", { learner });
  checkCategoryCodes(data2);
  const objective = params.objective;
  const regression = objective === "regression";
  const t = regression ? { ...checkTarget(target, n), classCount: 0 } : classTarget(target, learner, objective, { rowCount: n, exactClasses: objective === "binary" ? 2 : void 0 });
  if (objective === "binary" && t.classCount !== 2) {
    throw new ValidationError("learner.badLabel", {
      learner,
      objective,
      expected: "two classes",
      got: `${t.classCount} classes`,
      row: 1
    });
  }
  const weights = checkWeights(options.weights, n);
  throwIfAborted(options.signal, learner);
  const { bins, columns } = binColumns(data2, params.max_bins);
  const forestData = { bins, columns, y: t.values, classCount: t.classCount };
  const limits = {
    maxDepth: params.max_depth,
    minSamplesSplit: params.min_samples_split,
    minSamplesLeaf: params.min_samples_leaf,
    maxFeatures: featuresPerNode(params, nf),
    extraTrees: params.extra_trees
  };
  const master = createRng(options.seed ?? 0);
  const seeds = Array.from({ length: params.n_estimators }, () => master.int(2 ** 31));
  const oob = params.oob_score && params.bootstrap;
  const k = regression ? 1 : t.classCount;
  const oobSum = oob ? new Float64Array(n * k) : null;
  const oobCount = oob ? new Uint32Array(n) : null;
  const w = new Float64Array(n);
  const drawn = new Uint32Array(n);
  const trees = [];
  for (let tree = 0; tree < params.n_estimators; tree++) {
    throwIfAborted(options.signal, learner);
    const rng = createRng(seeds[tree]);
    let rows;
    if (params.bootstrap) {
      drawn.fill(0);
      for (let i = 0; i < n; i++) drawn[rng.int(n)]++;
      let m = 0;
      for (let i = 0; i < n; i++) if (drawn[i] > 0 && (weights === null || weights[i] > 0)) m++;
      rows = new Uint32Array(m);
      m = 0;
      for (let i = 0; i < n; i++) {
        w[i] = drawn[i] * (weights ? weights[i] : 1);
        if (w[i] > 0) rows[m++] = i;
      }
    } else {
      let m = 0;
      for (let i = 0; i < n; i++) {
        w[i] = weights ? weights[i] : 1;
        if (w[i] > 0) m++;
      }
      rows = new Uint32Array(m);
      m = 0;
      for (let i = 0; i < n; i++) if (w[i] > 0) rows[m++] = i;
    }
    const grown = growHistTree(forestData, rows, w, limits, rng);
    trees.push(grown);
    if (oobSum && oobCount) {
      const out = [];
      for (let i = 0; i < n; i++) if (drawn[i] === 0) out.push(i);
      addTreePrediction(grown, data2.columns, oobSum, out);
      for (const i of out) oobCount[i]++;
    }
    options.onProgress?.({ step: tree + 1, total: params.n_estimators, metric: "trees" });
  }
  throwIfAborted(options.signal, learner);
  return Object.freeze({
    kind: "random_forest",
    formatVersion: FOREST_FORMAT_VERSION,
    task: regression ? "regression" : objective,
    features: featureInfos(data2),
    classes: regression ? null : t.classes ?? null,
    classCount: t.classCount,
    objective,
    extraTrees: params.extra_trees,
    trees: Object.freeze(trees),
    knownCategories: Object.freeze(seenCategories(data2)),
    oobScore: oobSum && oobCount ? oobScoreOf(oobSum, oobCount, t.values, k) : null
  });
}
function oobScoreOf(sum, count2, y, k) {
  let rows = 0;
  if (k > 1) {
    let hits = 0;
    for (let i = 0; i < count2.length; i++) {
      if (count2[i] === 0) continue;
      rows++;
      let best = 0;
      for (let c = 1; c < k; c++) if (sum[i * k + c] > sum[i * k + best]) best = c;
      if (best === y[i]) hits++;
    }
    return rows > 0 ? hits / rows : null;
  }
  let mean = 0;
  for (let i = 0; i < count2.length; i++) {
    if (count2[i] === 0) continue;
    rows++;
    mean += y[i];
  }
  if (rows === 0) return null;
  mean /= rows;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < count2.length; i++) {
    if (count2[i] === 0) continue;
    const e = y[i] - sum[i] / count2[i];
    ssRes += e * e;
    ssTot += (y[i] - mean) * (y[i] - mean);
  }
  return ssTot > 0 ? 1 - ssRes / ssTot : null;
}

// src/learners/model-json.ts
function encodeArray(values) {
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isFinite(v) ? v : String(v);
  }
  return out;
}
function decodeNumbers(json, kind, field) {
  if (!Array.isArray(json)) corrupt(kind, `${field} is not a list`);
  const list = json;
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === "number") out[i] = v;
    else if (v === "NaN" || v === "Infinity" || v === "-Infinity") out[i] = Number(v);
    else corrupt(kind, `${field}[${i}] is not a number`);
  }
  return out;
}
function decodeFloat64(json, kind, field) {
  return Float64Array.from(decodeNumbers(json, kind, field));
}
function decodeInt32(json, kind, field) {
  const v = decodeNumbers(json, kind, field);
  for (const x of v)
    if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) corrupt(kind, `${field} holds ${x}`);
  return Int32Array.from(v);
}
function decodeUint32(json, kind, field) {
  const v = decodeNumbers(json, kind, field);
  for (const x of v) if (!Number.isInteger(x) || x < 0 || x > 4294967295) corrupt(kind, `${field} holds ${x}`);
  return Uint32Array.from(v);
}
function decodeUint8(json, kind, field) {
  const v = decodeNumbers(json, kind, field);
  for (const x of v) if (!Number.isInteger(x) || x < 0 || x > 255) corrupt(kind, `${field} holds ${x}`);
  return Uint8Array.from(v);
}
function corrupt(kind, reason) {
  throw new ValidationError("learner.modelCorrupt", { kind, reason });
}
function checkEnvelope(json, kind, formatVersion) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ValidationError("learner.modelKind", {
      expected: kind,
      got: Array.isArray(json) ? "a list" : typeof json
    });
  }
  const o = json;
  if (o.kind !== kind) throw new ValidationError("learner.modelKind", { expected: kind, got: String(o.kind) });
  if (o.formatVersion !== formatVersion) {
    throw new ValidationError("learner.modelVersion", { kind, got: String(o.formatVersion), expected: formatVersion });
  }
  return o;
}

// src/learners/tree/cart-tree-json.ts
var NODE_FIELDS = [
  "left",
  "right",
  "feature",
  "threshold",
  "missingLeft",
  "categorical",
  "nSamples",
  "weightedNSamples",
  "impurity"
];
function encodeCartTree(tree) {
  const out = { nodeCount: tree.nodeCount, outputs: tree.outputs };
  for (const field of NODE_FIELDS) out[field] = encodeArray(tree[field]);
  out.value = encodeArray(tree.value);
  out.catBoundaries = encodeArray(tree.catBoundaries);
  out.catBits = encodeArray(tree.catBits);
  return out;
}
function count(v, kind, field) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) corrupt(kind, `${field} is not a count`);
  return v;
}
function decodeCartTree(json, kind, name, featureCount) {
  if (typeof json !== "object" || json === null) corrupt(kind, `${name} is not an object`);
  const t = json;
  const f = (field) => `${name}.${field}`;
  const nodeCount = count(t.nodeCount, kind, f("nodeCount"));
  const outputs = count(t.outputs, kind, f("outputs"));
  const tree = Object.freeze({
    nodeCount,
    outputs,
    left: decodeInt32(t.left, kind, f("left")),
    right: decodeInt32(t.right, kind, f("right")),
    feature: decodeInt32(t.feature, kind, f("feature")),
    threshold: decodeFloat64(t.threshold, kind, f("threshold")),
    missingLeft: decodeUint8(t.missingLeft, kind, f("missingLeft")),
    categorical: decodeUint8(t.categorical, kind, f("categorical")),
    value: decodeFloat64(t.value, kind, f("value")),
    nSamples: decodeInt32(t.nSamples, kind, f("nSamples")),
    weightedNSamples: decodeFloat64(t.weightedNSamples, kind, f("weightedNSamples")),
    impurity: decodeFloat64(t.impurity, kind, f("impurity")),
    catBoundaries: decodeInt32(t.catBoundaries, kind, f("catBoundaries")),
    catBits: decodeUint32(t.catBits, kind, f("catBits"))
  });
  if (nodeCount < 1 || outputs < 1) corrupt(kind, `${name} is empty`);
  for (const field of NODE_FIELDS) {
    if (tree[field].length !== nodeCount) corrupt(kind, `${f(field)} has ${tree[field].length} entries, expected ${nodeCount}`);
  }
  if (tree.value.length !== nodeCount * outputs) corrupt(kind, `${f("value")} does not fit nodeCount \xD7 outputs`);
  const sets = tree.catBoundaries.length - 1;
  if (sets < 0 || tree.catBoundaries[sets] !== tree.catBits.length) corrupt(kind, `${f("catBoundaries")} is malformed`);
  for (let i = 0; i < nodeCount; i++) {
    const l = tree.left[i];
    const r = tree.right[i];
    if (l < 0 && r < 0) continue;
    if (l <= i || r <= i || l >= nodeCount || r >= nodeCount) corrupt(kind, `${name} node ${i} has a bad child`);
    if (tree.feature[i] < 0 || tree.feature[i] >= featureCount) corrupt(kind, `${name} node ${i} has a bad feature`);
    if (tree.categorical[i] === 1) {
      const k = tree.threshold[i];
      if (!Number.isInteger(k) || k < 0 || k >= sets) corrupt(kind, `${name} node ${i} has a bad category set`);
    }
  }
  return tree;
}
function encodeFeatures(features) {
  return features.map((f) => ({ name: f.name, categorical: f.categorical, categories: f.categories }));
}
function decodeFeatures(json, kind) {
  if (!Array.isArray(json)) corrupt(kind, "features is not a list");
  return Object.freeze(
    json.map((f, j) => {
      const r = f;
      if (typeof r?.name !== "string" || typeof r.categorical !== "boolean") corrupt(kind, `feature ${j} is malformed`);
      const categories = r.categories == null ? null : decodeStrings(r.categories, kind, `features[${j}].categories`);
      return Object.freeze({ name: r.name, categorical: r.categorical, categories });
    })
  );
}
function decodeStrings(v, kind, field) {
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) corrupt(kind, `${field} is not a list of strings`);
  return Object.freeze([...v]);
}
function encodeKnownCategories(known) {
  return known.map((k) => k ? encodeArray(k) : null);
}
function decodeKnownCategories(json, kind, featureCount) {
  if (!Array.isArray(json) || json.length !== featureCount) corrupt(kind, "knownCategories does not match features");
  return Object.freeze(
    json.map((k, j) => k === null ? null : decodeInt32(k, kind, `knownCategories[${j}]`))
  );
}
function decodeCount(v, kind, field) {
  return count(v, kind, field);
}

// src/learners/forest/forest-params.ts
var FOREST_OBJECTIVES = ["binary", "multiclass", "regression"];
var forestSchema = {
  objective: {
    type: "enum",
    values: FOREST_OBJECTIVES,
    default: "binary",
    description: "binary or multiclass classification (gini splits, averaged leaf shares), or regression (variance)."
  },
  n_estimators: {
    type: "integer",
    default: 100,
    min: 1,
    max: 1e5,
    description: "Number of trees.",
    search: { min: 50, max: 1e3, log: true }
  },
  max_depth: {
    type: "integer",
    default: 0,
    min: 0,
    max: 1e3,
    description: "Deepest level of a tree; 0 = no limit.",
    search: { min: 4, max: 30 }
  },
  min_samples_split: {
    type: "integer",
    default: 2,
    min: 2,
    max: 1e9,
    description: "Fewest (in-bag) rows a node needs to be split."
  },
  min_samples_leaf: {
    type: "integer",
    default: 1,
    min: 1,
    max: 1e9,
    description: "Fewest (in-bag) rows in each leaf.",
    search: { min: 1, max: 50, log: true }
  },
  max_features: {
    type: "enum",
    values: ["sqrt", "log2", "all", "fraction"],
    default: "sqrt",
    description: "Features tried at each node: sqrt or log2 of the feature count, all, or the share 'max_features_fraction'."
  },
  max_features_fraction: {
    type: "number",
    default: 0.5,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: "Share of the features tried at each node when max_features is 'fraction'.",
    search: { min: 0.1, max: 1 }
  },
  bootstrap: {
    type: "boolean",
    default: true,
    description: "Grow each tree on a bootstrap sample (n rows drawn with replacement); else on all rows."
  },
  extra_trees: {
    type: "boolean",
    default: false,
    description: "Extremely randomised trees: one random threshold per tried feature instead of the best one."
  },
  max_bins: {
    type: "integer",
    default: 256,
    min: 2,
    max: 256,
    description: "Most value bins per numeric feature (features are binned once; splits fall between bins)."
  },
  oob_score: {
    type: "boolean",
    default: false,
    description: "Compute the out-of-bag score (accuracy, or R\xB2 for regression) while fitting; needs bootstrap."
  }
};

// src/learners/forest/forest-json.ts
var KIND = "random_forest";
function forestToJSON(model2) {
  return {
    kind: model2.kind,
    formatVersion: model2.formatVersion,
    task: model2.task,
    objective: model2.objective,
    extraTrees: model2.extraTrees,
    features: encodeFeatures(model2.features),
    classes: model2.classes,
    classCount: model2.classCount,
    oobScore: model2.oobScore,
    knownCategories: encodeKnownCategories(model2.knownCategories),
    trees: model2.trees.map(encodeCartTree)
  };
}
function forestFromJSON(json) {
  const o = checkEnvelope(json, KIND, FOREST_FORMAT_VERSION);
  const objective = o.objective;
  if (!FOREST_OBJECTIVES.includes(objective)) corrupt(KIND, `unknown objective ${o.objective}`);
  const task = o.task;
  if (task !== objective) corrupt(KIND, `task ${o.task} does not fit`);
  const features = decodeFeatures(o.features, KIND);
  const classCount = decodeCount(o.classCount, KIND, "classCount");
  if (!Array.isArray(o.trees) || o.trees.length === 0) corrupt(KIND, "trees is not a list of trees");
  const outputs = task === "regression" ? 1 : classCount;
  const trees = o.trees.map((t, i) => {
    const tree = decodeCartTree(t, KIND, `trees[${i}]`, features.length);
    if (tree.outputs !== outputs) corrupt(KIND, `trees[${i}] outputs do not fit the classes`);
    return tree;
  });
  if (o.oobScore !== null && typeof o.oobScore !== "number") corrupt(KIND, "oobScore is not a number");
  return Object.freeze({
    kind: KIND,
    formatVersion: FOREST_FORMAT_VERSION,
    task,
    features,
    classes: o.classes == null ? null : decodeStrings(o.classes, KIND, "classes"),
    classCount,
    objective,
    extraTrees: o.extraTrees === true,
    trees: Object.freeze(trees),
    knownCategories: decodeKnownCategories(o.knownCategories, KIND, features.length),
    oobScore: o.oobScore ?? null
  });
}

// src/learners/forest/forest-learner.ts
var randomForestLearner = Object.freeze({
  kind: "random_forest",
  title: "Random forest",
  description: "Random forest or extremely randomised trees: histogram trees on bootstrap samples, random features per node, out-of-bag score; classification and regression.",
  schema: forestSchema,
  variants: Object.freeze([
    { name: "forest-binary", task: "binary", settings: { objective: "binary", oob_score: true } },
    { name: "forest-multiclass", task: "multiclass", settings: { objective: "multiclass" } },
    { name: "forest-regression", task: "regression", settings: { objective: "regression", max_features: "all" } },
    {
      name: "extra-trees-binary",
      task: "binary",
      settings: { objective: "binary", extra_trees: true, bootstrap: false }
    },
    {
      name: "extra-trees-regression",
      task: "regression",
      settings: { objective: "regression", extra_trees: true, bootstrap: false, max_features: "all" }
    }
  ]),
  create(settings = {}) {
    const params = resolveParams("random_forest", forestSchema, settings);
    return Object.freeze({
      kind: "random_forest",
      settings: params,
      task: params.objective,
      fit: (data2, target, options) => fitForest(params, data2, target, options)
    });
  },
  predict: predictForest,
  predictProba: predictProbaForest,
  toJSON: forestToJSON,
  fromJSON: forestFromJSON
});

// test/learners/support/reference-data.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join } from "node:path";

// test/learners/support/csv.ts
import { readFileSync } from "node:fs";
function readCsv(path, options) {
  const text = readFileSync(path, "utf8");
  const lines = text.split(/\r?\n/).slice(options.skipLines ?? 0);
  const rows = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    const cells = splitLine(line, options.separator);
    rows.push(options.trimCells ? cells.map((c) => c.trim()) : cells);
  }
  const header = options.header === false ? [] : rows.shift() ?? [];
  return { header, rows };
}
function splitLine(line, sep) {
  const out = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

// test/learners/support/synthetic.ts
function hashUniform(seed, row, col) {
  let h = Math.imul(row, 2654435761) + Math.imul(col, 2246822519) + Math.imul(seed, 3266489917) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
function syntheticSet(kind, n, seed) {
  const names = ["x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "c0"];
  const columns = names.map(() => new Float64Array(n));
  const y = new Float64Array(n);
  const catEffect = [0, 1.5, -1, 2.5, 0.5, -2];
  for (let i = 0; i < n; i++) {
    const x = [];
    for (let j = 0; j < 8; j++) x.push(hashUniform(seed, i, j));
    const c = Math.floor(hashUniform(seed, i, 8) * 6);
    const missing = hashUniform(seed, i, 30) < 0.1;
    const x1 = missing ? 0.5 : x[1];
    if (kind === "regression") {
      let noise = 0;
      for (let m = 0; m < 12; m++) noise += hashUniform(seed, i, 20 + m);
      noise -= 6;
      y[i] = 10 * Math.sin(Math.PI * x[0] * x1) + 20 * (x[2] - 0.5) ** 2 + 10 * x[3] + 5 * x[4] + catEffect[c] + noise;
    } else {
      const lam = Math.exp(
        -1 + 0.8 * x[0] + 0.6 * Math.sin(2 * Math.PI * x1) - 0.5 * x[2] + 0.3 * (c === 1 || c === 3 ? 1 : 0)
      );
      const u = hashUniform(seed, i, 40);
      let k = 0;
      let p2 = Math.exp(-lam);
      let cdf = p2;
      while (u > cdf && k < 1e3) {
        k++;
        p2 *= lam / k;
        cdf += p2;
      }
      y[i] = k;
    }
    for (let j = 0; j < 8; j++) columns[j][i] = x[j];
    if (missing) columns[1][i] = Number.NaN;
    columns[8][i] = c;
  }
  return { names, columns, y };
}

// test/learners/support/reference-data.ts
var ROOT = join(import.meta.dirname, "..", "..", "..");
var DATA = join(ROOT, "examples", "data");
function readFixture(name) {
  return JSON.parse(readFileSync2(join(ROOT, "test", "fixtures", "learners", `gbdt-xgboost-${name}.json`), "utf8"));
}
function bankFull() {
  const { header, rows } = readCsv(join(DATA, "bank-marketing/bank/bank-full.csv"), { separator: ";" });
  return takeTarget(header, rows, "y", (v) => v === "yes");
}
function telco() {
  const { header, rows } = readCsv(join(DATA, "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"), {
    separator: ","
  });
  const id = header.indexOf("customerID");
  const t = takeTarget(
    header.filter((_, j) => j !== id),
    rows.map((r) => r.filter((_, j) => j !== id)),
    "Churn",
    (v) => v === "Yes"
  );
  return t;
}
var ADULT = [
  "age",
  "workclass",
  "fnlwgt",
  "education",
  "education-num",
  "marital-status",
  "occupation",
  "relationship",
  "race",
  "sex",
  "capital-gain",
  "capital-loss",
  "hours-per-week",
  "native-country",
  "income"
];
function adult() {
  const opts = { separator: ",", header: false, trimCells: true };
  const train2 = readCsv(join(DATA, "adult/adult.data"), opts).rows;
  const test2 = readCsv(join(DATA, "adult/adult.test"), { ...opts, skipLines: 1 }).rows;
  const rows = [...train2, ...test2].map((r) => r.map((c) => c === "?" ? "" : c));
  const t = takeTarget(ADULT, rows, "income", (v) => v.replace(/\.$/, "") === ">50K");
  return { ...t, trainCount: train2.length };
}
function takeTarget(header, rows, target, positive) {
  const j = header.indexOf(target);
  const y = Float64Array.from(rows, (r) => positive(r[j]) ? 1 : 0);
  return { header: header.filter((_, k) => k !== j), rows: rows.map((r) => r.filter((_, k) => k !== j)), target: y };
}
function isMissing(cell) {
  return cell.trim() === "";
}
function encode(table) {
  const n = table.rows.length;
  const ohNames = [];
  const ohCols = [];
  const natNames = [];
  const natCols = [];
  const natCat = [];
  const natLabels = [];
  const numeric = [];
  const categorical = [];
  table.header.forEach((name, j) => {
    const cells = table.rows.map((r) => r[j]);
    const isNumeric = cells.every((c) => isMissing(c) || Number.isFinite(Number(c)));
    if (isNumeric) {
      numeric.push(name);
      const col = Float64Array.from(cells, (c) => isMissing(c) ? Number.NaN : Number(c));
      ohNames.push(name);
      ohCols.push(col);
      natNames.push(name);
      natCols.push(col);
      natCat.push(false);
      natLabels.push(null);
      return;
    }
    categorical.push(name);
    const values = [...new Set(cells.filter((c) => !isMissing(c)))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    const code = new Map(values.map((v, k) => [v, k]));
    for (const v of values) {
      ohNames.push(`${name}=${v}`);
      ohCols.push(Float64Array.from(cells, (c) => c === v ? 1 : 0));
    }
    natNames.push(name);
    natCols.push(Float64Array.from(cells, (c) => isMissing(c) ? Number.NaN : code.get(c)));
    natCat.push(true);
    natLabels.push(values);
  });
  return {
    oneHot: createFeatureMatrix(ohNames, ohCols, { rowCount: n }),
    native: createFeatureMatrix(natNames, natCols, { categorical: natCat, categories: natLabels, rowCount: n }),
    numeric,
    categorical
  };
}
function takeMatrixRows(x, index) {
  const cols = x.columns.map((c) => Float64Array.from({ length: index.length }, (_, i) => c[index[i]]));
  return createFeatureMatrix(x.names, cols, {
    categorical: x.categorical,
    categories: x.categories,
    rowCount: index.length
  });
}
function take(values, index) {
  return Float64Array.from({ length: index.length }, (_, i) => values[index[i]]);
}
function loadReference(fixture) {
  if (fixture.generator) {
    const g = fixture.generator;
    const set2 = syntheticSet(g.kind, g.rows, g.seed);
    const x = createFeatureMatrix(set2.names, set2.columns);
    const train2 = Array.from({ length: fixture.trainRows }, (_, i) => i);
    const test2 = Array.from({ length: fixture.testRows }, (_, i) => fixture.trainRows + i);
    const split = { train: takeMatrixRows(x, train2), test: takeMatrixRows(x, test2) };
    return {
      oneHot: split,
      native: split,
      yTrain: take(set2.y, train2),
      yTest: take(set2.y, test2),
      numeric: set2.names,
      categorical: []
    };
  }
  let raw;
  let trainIndex;
  let testIndex;
  if (fixture.dataset === "adult") {
    const a = adult();
    raw = a;
    trainIndex = Array.from({ length: a.trainCount }, (_, i) => i);
    testIndex = Array.from({ length: a.rows.length - a.trainCount }, (_, i) => a.trainCount + i);
  } else {
    raw = fixture.dataset === "bank-full" ? bankFull() : telco();
    testIndex = fixture.split.testIndex ?? [];
    const isTest = new Uint8Array(raw.rows.length);
    for (const i of testIndex) isTest[i] = 1;
    trainIndex = [];
    for (let i = 0; i < raw.rows.length; i++) if (!isTest[i]) trainIndex.push(i);
  }
  const enc = encode(raw);
  return {
    oneHot: { train: takeMatrixRows(enc.oneHot, trainIndex), test: takeMatrixRows(enc.oneHot, testIndex) },
    native: { train: takeMatrixRows(enc.native, trainIndex), test: takeMatrixRows(enc.native, testIndex) },
    yTrain: take(raw.target, trainIndex),
    yTest: take(raw.target, testIndex),
    numeric: enc.numeric,
    categorical: enc.categorical
  };
}

// test/learners/support/metrics.ts
function auc(y, score) {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => score[a] - score[b]);
  let rankSum = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && score[order[j + 1]] === score[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]] === 1) {
        rankSum += rank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  return (rankSum - pos * (pos + 1) / 2) / (pos * neg);
}

// ../../tmp/rfprof/run.ts
var data = loadReference(readFixture("bank-full"));
var { train, test } = data.oneHot;
var msl = Number(process.argv[2] ?? 5);
var t0 = performance.now();
var model = randomForestLearner.create({ objective: "binary", n_estimators: 100, min_samples_leaf: msl }).fit(train, data.yTrain, { seed: 1 });
var t1 = performance.now();
var p = randomForestLearner.predictProba(model, test).filter((_, i) => i % 2 === 1);
console.log("fit", ((t1 - t0) / 1e3).toFixed(2), "auc", auc(data.yTest, p).toFixed(4), "nodes", model.trees.reduce((a, t) => a + t.nodeCount, 0));
