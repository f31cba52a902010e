import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/duckdb/index.ts', 'src/postgres/index.ts'],
  format: ['esm'],
  dts: true,
  // The root entry (the change feed) runs on any runtime; targets load Node drivers on open.
  platform: 'neutral',
  // Only the targets' driver modules, loaded on open, use Node built-ins.
  deps: { neverBundle: [/^node:/] },
  // One output file per source module, so bundlers can drop what is not imported.
  unbundle: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
