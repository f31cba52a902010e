import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'node',
  // One output file per source module, so bundlers can drop what is not imported.
  unbundle: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
