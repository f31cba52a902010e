import { build } from 'esbuild';

const code = process.argv[2];
const r = await build({
  stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const out = Object.values(r.metafile.outputs)[0];
console.log(
  Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k, v]) => k.replace(/.*node_modules\//, '') + ' ' + v.bytesInOutput)
    .join('\n'),
);
