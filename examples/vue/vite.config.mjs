// The example's build, as a Vue host's: Vite with @vitejs/plugin-vue; the packages through their
// public exports (their dist/).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tags with a dash that Vue must leave to the browser: the Dossier elements.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dossier-') } },
    }),
  ],
  // Dexie's ES entry imports its UMD file; every host aliases it (see the README).
  resolve: { alias: { dexie: 'dexie/dist/dexie.mjs' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
