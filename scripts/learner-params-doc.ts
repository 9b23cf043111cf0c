// Prints the parameter tables of every registered learner as Markdown, from the parameter schemas (the single
// source for validation, flags, search spaces and these docs). Used for docs/learners.md:
//   npx tsx scripts/learner-params-doc.ts > /tmp/params.md
import { LEARNERS } from '../src/learners/index.js';

function range(spec: Record<string, unknown>): string {
  if (spec.type === 'enum') return (spec.values as readonly string[]).join(' / ');
  if (spec.type === 'boolean') return 'true / false';
  const lo = spec.exclusiveMin ? '(' : '[';
  const hi = spec.exclusiveMax ? ')' : ']';
  return `${lo}${spec.min}, ${spec.max}${hi}`;
}

for (const learner of LEARNERS) {
  console.log(`### \`${learner.kind}\` — ${learner.title}\n`);
  console.log(`${learner.description}\n`);
  console.log('| parameter | default | allowed | meaning |');
  console.log('|---|---|---|---|');
  for (const [name, raw] of Object.entries(learner.schema as Record<string, Record<string, unknown>>)) {
    const description = String(raw.description).replace(/\|/g, '\\|');
    console.log(
      `| \`${name}\` | ${raw.default === undefined ? '—' : JSON.stringify(raw.default)} | ${range(raw).replace(/\|/g, '\\|')} | ${description} |`,
    );
  }
  console.log('');
}
