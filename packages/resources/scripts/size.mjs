#!/usr/bin/env node
// Size budget of the typical import: createClient plus listRecords, bundled from the BUILT
// dist files (run `pnpm build` first) with esbuild (minified ESM, platform neutral), gzipped.
// Fails above 9 KB gzip, or when the bundle holds a schema other than the record's (each
// schema is recognised by a field name only that resource has).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const LIMIT = 9216;
const here = fileURLToPath(new URL('..', import.meta.url));
const dist = `${here}dist/index.js`;
const coreDist = `${here}../core/dist/index.js`;

for (const file of [dist, coreDist]) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run \`pnpm build\` first`);
    process.exit(1);
  }
}

const result = await build({
  stdin: {
    contents:
      "import { createClient } from '@imednet/core';\n" +
      "import { listRecords } from '@imednet/resources';\n" +
      'export { createClient, listRecords };\n',
    resolveDir: here,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
  alias: { '@imednet/resources': dist, '@imednet/core': coreDist },
});
const code = result.outputFiles[0].text;
const gzip = gzipSync(code, { level: 9 }).length;

// A field only that schema has (Keyword is shared by records and subjects, so not listed).
const markers = {
  Study: 'sponsorKey',
  Site: 'siteEnrollmentStatus',
  Subject: 'enrollmentStartDate',
  Form: 'subjectRecordReport',
  Interval: 'windowCalculationForm',
  Variable: 'variableOid',
  Visit: 'visitDateQuestion',
  RecordRevision: 'reasonForChange',
  Query: 'annotationType',
  QueryComment: 'annotationStatus',
  User: 'userActiveInStudy',
  Role: 'communityId',
  Coding: 'dictionaryVersion',
};
const foreign = Object.entries(markers).filter(([, field]) => code.includes(field));
const problems = [];
if (!code.includes('parentRecordId')) problems.push('the record schema is missing (check broken)');
if (foreign.length > 0) {
  problems.push(`other schemas in the bundle: ${foreign.map(([name]) => name).join(', ')}`);
}
if (gzip > LIMIT) problems.push(`${gzip} bytes gzip is over the ${LIMIT}-byte budget`);

console.log(
  `createClient + listRecords: ${code.length} bytes minified, ${gzip} bytes gzip (budget ${LIMIT})`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`size: ${problem}`);
  process.exit(1);
}
