#!/usr/bin/env node
// Checks the public surface (as Kysely's scripts/check-exports.cjs does):
// 1. every symbol listed in scripts/public-api.json is exported from its entry point;
// 2. every exported function, class, constant, interface and type of an entry point has a doc comment, and
//    functions and classes carry an `@example` (STYLE.md practice 12);
// 3. every subpath in package.json "exports" has its source entry.
// Usage: node scripts/check-exports.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wanted = JSON.parse(readFileSync(join(root, 'scripts', 'public-api.json'), 'utf8'));
const problems = [];

const entries = Object.entries(pkg.exports).map(([subpath, target]) => {
  const dist = typeof target === 'string' ? target : target.default;
  const src = dist.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
  if (!existsSync(join(root, src))) problems.push(`package.json exports ${subpath} → ${src}, which does not exist`);
  return { subpath, src };
});

const program = ts.createProgram(
  entries.map((e) => join(root, e.src)).filter((f) => existsSync(f)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    allowJs: false,
  },
);
const checker = program.getTypeChecker();

function docOf(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.declarations?.[0];
  if (!decl) return { text: '', tags: [], kind: 'unknown', where: '?' };
  const jsDoc = ts.getJSDocCommentsAndTags(decl);
  const text = jsDoc
    .map((d) => (typeof d.comment === 'string' ? d.comment : (d.comment ?? []).map((c) => c.text).join('')))
    .join(' ');
  const tags = ts.getJSDocTags(decl).map((t) => t.tagName.text);
  const sf = decl.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(decl.getStart());
  const kind = ts.isFunctionDeclaration(decl) ? 'function' : ts.isClassDeclaration(decl) ? 'class' : 'other';
  return { text, tags, kind, where: `${sf.fileName.replace(`${root}/`, '')}:${line + 1}` };
}

for (const { subpath, src } of entries) {
  const sf = program.getSourceFile(join(root, src));
  if (!sf) continue;
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const names = new Set(exported.map((s) => s.getName()));
  for (const name of wanted[subpath] ?? []) {
    if (!names.has(name)) problems.push(`${subpath}: ${name} is meant to be public but is not exported from ${src}`);
  }
  for (const symbol of exported) {
    const doc = docOf(symbol);
    if (!doc.text.trim() && doc.tags.length === 0)
      problems.push(`${doc.where}: ${symbol.getName()} (exported from ${subpath}) has no doc comment`);
    else if ((doc.kind === 'function' || doc.kind === 'class') && !doc.tags.includes('example')) {
      problems.push(`${doc.where}: ${symbol.getName()} (exported from ${subpath}) has no @example`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Export check failed (${problems.length}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Export check passed: ${entries.length} entry points, public symbols exported and documented.`);
