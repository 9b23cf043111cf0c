import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnTypeOf, parseTypeFlags, readSchemaFile } from '../../src/data/schema-file.js';
import { DataError, ValidationError } from '../../src/util/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-schema-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function schema(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('readSchemaFile', () => {
  it('reads declared column types', async () => {
    const path = await schema('ok.json', '{"columns": {"age": "integer", "zip": "categorical", "signup": "datetime"}}');
    expect(await readSchemaFile(path)).toEqual({ age: 'integer', zip: 'categorical', signup: 'datetime' });
  });

  it('rejects unknown types, listing the valid ones', async () => {
    const path = await schema('bad.json', '{"columns": {"age": "int"}}');
    const e = await readSchemaFile(path).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).message).toBe(
      'Unknown column type int for age; expected one of numeric, integer, categorical, boolean, datetime, text, id',
    );
  });

  it('rejects files without a columns object, and locates JSON syntax errors', async () => {
    await expect(readSchemaFile(await schema('flat.json', '{"age": "integer"}'))).rejects.toMatchObject({
      messageId: 'schema.invalidFile',
      params: { reason: 'there is no "columns" object' },
    });
    await expect(readSchemaFile(await schema('arr.json', '[1]'))).rejects.toMatchObject({
      messageId: 'schema.invalidFile',
    });
    const e = await readSchemaFile(await schema('syntax.json', '{"columns": {\n  "age": "integer",\n}}')).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DataError);
    expect(e).toMatchObject({ messageId: 'json.syntax', location: { line: 3, column: 1 } });
  });
});

describe('type flags', () => {
  it('parses column=type flags and checks the types', () => {
    expect(parseTypeFlags(['age=integer', 'zip = categorical', 'a=b=text'])).toEqual({
      age: 'integer',
      zip: 'categorical',
      'a=b': 'text',
    });
    expect(() => parseTypeFlags(['age'])).toThrow(ValidationError);
    expect(() => columnTypeOf('x', 'float')).toThrow('Unknown column type float for x');
  });
});
