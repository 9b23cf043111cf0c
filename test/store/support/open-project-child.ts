/**
 * @module test/store/support/open-project-child
 * A separate process that opens a project and prints the migrations it applied as JSON — used to check that
 * several processes opening the same project at once migrate it exactly once.
 * Usage: `node --import tsx open-project-child.ts DIR [DATABASE_URL]`.
 *
 * @example
 * ```ts
 * execFile(process.execPath, ['--import', 'tsx', childScript, dir, url]);
 * ```
 */
import { openProject } from '../../../src/store/index.js';

const [dir, url] = process.argv.slice(2);
const project = await openProject(dir, { databaseUrl: url ?? '' });
process.stdout.write(JSON.stringify(project.migrationsApplied));
await project.close();
