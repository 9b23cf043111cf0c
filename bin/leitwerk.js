#!/usr/bin/env node
// The `leitwerk` command. The TypeScript sources are compiled to dist/ by `npm install` (the `prepare` script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write(
    'leitwerk is not built yet: run `npm install` (or `npm run build`) in the leitwerk folder first.\n',
  );
  process.exit(1);
}
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
