// The example's build, as a Solid host's: Vite with vite-plugin-solid; the packages through their
// public exports (their dist/).
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  // Dexie's ES entry imports its UMD file; every host aliases it (see the README).
  resolve: { alias: { dexie: 'dexie/dist/dexie.mjs' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
