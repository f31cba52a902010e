import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts'],
  format: ['esm'],
  dts: true,
  // The fetch handler runs on any runtime; only the `./node` entry (server, SQLite, files) does not.
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  // One output file per source module, so bundlers can drop what is not imported.
  unbundle: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
