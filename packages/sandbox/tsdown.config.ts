import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  // One output file per source module, so bundlers can drop what is not imported.
  unbundle: true,
  // The Node-only subpath and the bin import node: built-ins; the root entry has none.
  deps: { neverBundle: [/^node:/] },
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
