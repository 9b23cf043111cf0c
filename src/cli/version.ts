/**
 * @module cli/version
 * The package version, read once from package.json next to the compiled code.
 *
 * @example
 * ```ts
 * import { version } from './version.js';
 * version(); // '0.1.0'
 * ```
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The version of leitwerk.
 *
 * @example
 * ```ts
 * console.log(version());
 * ```
 */
export function version(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8'),
    );
    cached = String(pkg.version);
  }
  return cached;
}
