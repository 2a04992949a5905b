// The example's build, as a Svelte host's: Vite with @sveltejs/vite-plugin-svelte; the packages
// through their public exports (their dist/).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // Dexie's ES entry imports its UMD file; every host aliases it (see the README).
  resolve: { alias: { dexie: 'dexie/dist/dexie.mjs' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
