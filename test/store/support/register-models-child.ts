/**
 * @module test/store/support/register-models-child
 * A separate process that registers several versions of one model name at once and prints the versions it
 * got as JSON — used to check that registrations from several processes never share a version.
 * Usage: `node --import tsx register-models-child.ts DIR DATABASE_URL NAME COUNT`.
 *
 * @example
 * ```ts
 * execFile(process.execPath, ['--import', 'tsx', childScript, dir, url, 'churn', '5']);
 * ```
 */
import { openProject, registerModel, startRun } from '../../../src/store/index.js';

const [dir, url, name, count] = process.argv.slice(2);
const project = await openProject(dir, { databaseUrl: url ?? '' });
const run = await startRun(project, { kind: 'train', params: {}, codeVersion: 'test' });
const models = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    registerModel(project, { name, runId: run.id, learner: 'gbdt', task: 'binary', metrics: {}, artifact: { i } }),
  ),
);
process.stdout.write(JSON.stringify(models.map((m) => m.version)));
await project.close();
