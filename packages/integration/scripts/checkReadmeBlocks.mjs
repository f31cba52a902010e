#!/usr/bin/env node
// Type-checks every ```ts block of every README (the root one and each package's):
// each block becomes a module in a temporary folder inside this package, so `@imednet/*`
// imports resolve to the workspace packages (their sources, through the @imednet/source
// condition: no build needed), and one strict `tsc` runs over all of them.
// A block may use a few names without declaring them, as prose does (`client`, `studyKey`,
// `signal`, ...): they are declared in readmeGlobals.d.ts beside this script. Anything else
// must compile as written. Prints each failing block with its file and line; exits 1.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = fileURLToPath(new URL('../', import.meta.url));
const work = join(here, '.readme-blocks');

const readmes = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'README.md')),
].filter((file) => existsSync(file));

/** The ```ts blocks of a markdown text, with the line each starts on. */
function blocksOf(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    const body = [];
    for (i += 1; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i += 1) body.push(lines[i]);
    blocks.push({ line: start + 1, code: body.join('\n') });
  }
  return blocks;
}

/** The names a package's entry exports (values and types), from its src/index.ts. */
function exportsOf(dir) {
  const index = join(dir, 'src', 'index.ts');
  if (!existsSync(index)) return [];
  const names = new Set();
  for (const [, list] of readFileSync(index, 'utf8').matchAll(
    /export\s+(?:type\s+)?\{([^}]*)\}/g,
  )) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1)
        .trim();
      if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default') names.add(name);
    }
  }
  return [...names];
}

/**
 * A package README's blocks show that package's functions without importing them each
 * time: import the ones a block uses and neither imports nor declares itself.
 */
function preludeFor(file, code) {
  const dir = join(file, '..');
  if (dir === root.replace(/\/$/, '')) return '';
  const json = join(dir, 'package.json');
  if (!existsSync(json)) return '';
  const { name } = JSON.parse(readFileSync(json, 'utf8'));
  const used = exportsOf(dir).filter(
    (id) =>
      new RegExp(`(?<![\\w$.'"])${id}(?![\\w$'"])`).test(code) &&
      !new RegExp(
        `(import[^;]*\\b${id}\\b[^;]*from|(const|let|var|function|class|interface|type)\\s+${id}\\b)`,
      ).test(code),
  );
  return used.length === 0 ? '' : `import { ${used.join(', ')} } from '${name}';\n`;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'blocks'), { recursive: true });
const origins = new Map();
let count = 0;
for (const file of readmes) {
  for (const block of blocksOf(readFileSync(file, 'utf8'))) {
    count += 1;
    const name = `block${String(count).padStart(3, '0')}.ts`;
    origins.set(name, `${relative(root, file)}:${block.line}`);
    // `export {}` makes every block a module (top-level await, no clashes between blocks).
    const prelude = preludeFor(file, block.code);
    // The prelude shares the block's first line, so line numbers stay the README's.
    writeFileSync(
      join(work, 'blocks', name),
      `${prelude.trimEnd()}${prelude ? ' ' : ''}${block.code}\nexport {};\n`,
    );
  }
}
copyFileSync(join(here, 'scripts', 'readmeGlobals.d.ts'), join(work, 'readmeGlobals.d.ts'));
// The codegen README imports the module it generates for the sandbox's PHARMADEMO study:
// generate it, as its README says, with the built packages.
try {
  const { createSandbox } = await import('@imednet/sandbox');
  const { createClient } = await import('@imednet/core');
  const { generateStudyModule } = await import('@imednet/codegen');
  const sandbox = createSandbox();
  const sandboxClient = createClient({
    ...sandbox.credentials,
    baseUrl: sandbox.baseUrl,
    fetch: sandbox.fetch,
    allowInsecure: true,
  });
  const source = await generateStudyModule(sandboxClient, 'PHARMADEMO', {
    generatedAt: '2025-01-01T00:00:00Z',
  });
  writeFileSync(join(work, 'blocks', 'pharmademo.ts'), source);
  sandbox.close();
} catch (error) {
  console.log(`cannot generate pharmademo.ts (run pnpm build first): ${error.message}`);
}
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        customConditions: ['@imednet/source'],
        allowImportingTsExtensions: true,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['readmeGlobals.d.ts', 'blocks'],
    },
    null,
    2,
  ),
);

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], {
  cwd: work,
  encoding: 'utf8',
});
const output = `${result.stdout}${result.stderr}`;
const failing = new Set();
for (const line of output.split('\n')) {
  const match = /blocks\/(block\d+\.ts)\((\d+),\d+\): (.*)$/.exec(line.trim());
  if (match === null) {
    if (line.trim() !== '') console.log(line);
    continue;
  }
  const [, name, row, message] = match;
  const [file, start] = origins.get(name).split(':');
  failing.add(name);
  console.log(`${file}:${Number(start) + Number(row) - 1}: ${message}`);
}
if (result.status === 0) rmSync(work, { recursive: true, force: true });
console.log(`readme blocks: ${count - failing.size} passed, ${failing.size} failed`);
process.exitCode = result.status === 0 ? 0 : 1;
