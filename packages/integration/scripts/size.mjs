#!/usr/bin/env node
// Size budgets, measured the way an app would pay for them: the BUILT dist of each package,
// bundled by esbuild (platform neutral, ESM, minified), then gzipped. Exits 1 when a budget is
// exceeded or when one resource function drags in another resource's schema.
//   node packages/integration/scripts/size.mjs            check against size-budgets.json
//   node packages/integration/scripts/size.mjs --record   write measured + 10% for entries without a budget
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const budgetsFile = `${here}size-budgets.json`;
const resourcesDist = fileURLToPath(new URL('../../resources/dist/', import.meta.url));

/** Bundles `code` as an app entry would, from this package's folder (so `dist` is used). */
async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }));
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    text: new TextDecoder().decode(bytes),
    modules,
  };
}

function entryCode(imports) {
  const lines = Object.entries(imports).map(
    ([pkg, names]) => `export { ${names.join(', ')} } from '${pkg}';`,
  );
  return lines.join('\n');
}

const missing = ['core', 'resources', 'jobs', 'orchestrator'].filter(
  (p) => !existsSync(fileURLToPath(new URL(`../../${p}/dist/index.js`, import.meta.url))),
);
if (missing.length) {
  console.error(`size: build first (pnpm build); no dist in ${missing.join(', ')}`);
  process.exit(1);
}

const record = process.argv.includes('--record');
// --explain: minified bytes per package and the largest modules of each budgeted bundle.
const explain = process.argv.includes('--explain');
const explanations = [];
const config = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const rows = [];
let failed = false;

for (const entry of config.budgets) {
  const m = await measure(entryCode(entry.imports));
  if (entry.budget == null && record) {
    entry.budget = Math.ceil(m.gzip * 1.1);
    entry.firstMeasured = m.gzip;
  }
  const over = entry.budget != null && m.gzip > entry.budget;
  if (over || entry.budget == null) failed = true;
  rows.push([entry.name, m.minified, m.gzip, entry.budget ?? 'none', over ? 'OVER' : 'ok']);
  if (explain) explanations.push([entry.name, m.modules]);
}
if (record) writeFileSync(budgetsFile, `${JSON.stringify(config, null, 2)}\n`);

// Isolation: one list function alone must not carry another resource's schema. Checked two
// ways: no byte of another schema module in the bundle, and no field name that only another
// resource's schema holds (in case a schema is inlined somewhere else).
const schemaFiles = readdirSync(`${resourcesDist}schemas`).filter((f) => f.endsWith('.js'));
const fieldsOf = new Map();
for (const file of schemaFiles) {
  const text = readFileSync(`${resourcesDist}schemas/${file}`, 'utf8');
  fieldsOf.set(
    file.replace(/\.js$/, ''),
    new Set([...text.matchAll(/^\s+(\w+):/gm)].map((x) => x[1])),
  );
}
const shared = new Set(config.sharedSchemas ?? []);
const owners = new Map();
for (const [schema, fields] of fieldsOf) {
  if (shared.has(schema)) continue;
  for (const f of fields) owners.set(f, owners.has(f) ? null : schema);
}
// Only camelCase names are distinctive: `code` or `name` also occur in ky, valibot and core.
for (const field of owners.keys()) if (!/[a-z][A-Z]/.test(field)) owners.delete(field);
const isolation = [];
for (const [fn, own] of Object.entries(config.isolation)) {
  const m = await measure(`export { ${fn} } from '@imednet/resources';`);
  const foreignModules = m.modules
    .map((x) => x.path.match(/resources\/dist\/schemas\/(\w+)\.js$/)?.[1])
    .filter((s) => s && s !== own && !shared.has(s));
  const foreignFields = [...owners]
    .filter(
      ([field, schema]) => schema && schema !== own && new RegExp(`\\b${field}\\b`).test(m.text),
    )
    .map(([field, schema]) => `${schema}.${field}`);
  // The check must be able to see a schema: the function's own distinctive fields are there.
  const ownSeen = [...owners].some(([f, s]) => s === own && new RegExp(`\\b${f}\\b`).test(m.text));
  if (!ownSeen) foreignFields.push(`(own ${own} fields not found: check is blind)`);
  const ok = foreignModules.length === 0 && foreignFields.length === 0;
  if (!ok) failed = true;
  isolation.push([
    fn,
    m.minified,
    m.gzip,
    ok ? 'ok' : `FOREIGN ${[...foreignModules, ...foreignFields].join(' ')}`,
  ]);
}

// Nothing runs on import: a bare import of each runtime package must bundle to nothing.
const bare = [];
for (const pkg of config.noSideEffects ?? []) {
  const m = await measure(`import '${pkg}';`);
  if (m.minified > 0) failed = true;
  bare.push([
    pkg,
    m.minified,
    m.minified > 0 ? `KEPT ${m.modules.map((x) => x.path).join(' ')}` : 'ok',
  ]);
}

function table(header, body) {
  const all = [header, ...body].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`).join('\n');
}
console.log(table(['bundle', 'minified B', 'gzip B', 'budget B', ''], rows));
console.log();
console.log(table(['one list function alone', 'minified B', 'gzip B', 'other schemas'], isolation));
console.log();
console.log(table(['bare import (nothing may run)', 'minified B', ''], bare));
for (const [name, modules] of explanations) {
  const byPackage = new Map();
  for (const m of modules) {
    const pkg =
      m.path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1] ??
      m.path.match(/packages\/([^/]+)\//)?.[1] ??
      m.path;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + m.bytes);
  }
  console.log(`\n${name}: minified bytes per package`);
  console.log(
    table(
      ['package', 'minified B'],
      [...byPackage].sort((a, b) => b[1] - a[1]),
    ),
  );
  const top = [...modules].sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  console.log(
    table(
      ['largest modules', 'minified B'],
      top.map((m) => [m.path.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, ''), m.bytes]),
    ),
  );
}
if (failed) {
  console.error('\nsize: over budget or a foreign schema found (see the table above)');
  process.exit(1);
}
