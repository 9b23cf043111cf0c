/**
 * @module data/csv
 * CSV/TSV reading and writing: a streaming byte tokenizer, dialect sniffing (delimiter, header, spaces,
 * junk first line), encoding detection (UTF-8, Windows-1252, UTF-16 with BOM), transparent gzip, and an
 * atomic streaming writer.
 *
 * @example
 * ```ts
 * import { readCsv, writeCsv } from './index.js';
 * const t = await readCsv('examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv');
 * await writeCsv(t, 'out/telco.csv.gz');
 * ```
 */
export { type CsvReadOptions, readCsv, readCsvSource, readCsvText, SNIFF_BYTES } from './read-csv.js';
export { type CsvWriteOptions, csvBatches, writeCsv } from './write-csv.js';
export {
  type CsvDialect,
  type SniffOptions,
  type SniffResult,
  SNIFF_DELIMITERS,
  detectHeader,
  sniffCsv,
} from './sniff-csv.js';
export {
  type CsvRowSink,
  type CsvTokenizer,
  type CsvTokenizerOptions,
  createCsvTokenizer,
  DEFAULT_MAX_FIELD_BYTES,
} from './csv-tokenizer.js';
export {
  type CsvEncoding,
  type CsvEncodingOption,
  type EncodingDetection,
  CSV_ENCODING_OPTIONS,
  checkBinary,
  detectEncoding,
  looksLikeWindows1252,
} from './detect-encoding.js';
export { type ByteDecoder, createUtf8Validator, decoderFor, findInvalidUtf8 } from './text-decoding.js';
export { type ByteSource, DEFAULT_CHUNK_BYTES, memorySource, openFileSource } from './byte-source.js';
export { generatedNames, headerNames } from './header-names.js';
