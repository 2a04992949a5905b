// Storybook for designers and integrators: every element of @dossier/elements in its states.
//
//   npm run storybook          dev server on http://127.0.0.1:6006
//   npm run build-storybook    static build in storybook-static/
//   npm run test:stories       builds it and checks that every story renders with no console error
//
// Both scripts run `npm run analyze` first: the docs pages read packages/elements/custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig, type Plugin } from 'vite';
import { collectDesignTokens } from '../scripts/design-tokens.mjs';

const DESIGN_TOKENS = 'virtual:dossier-design-tokens';

/**
 * `virtual:dossier-design-tokens`: the `--dossier-*` tokens read from the elements' styles when
 * Storybook builds (or the dev server starts), for the "Design tokens" page: never a list by hand.
 */
function designTokensModule(): Plugin {
  return {
    name: 'dossier-design-tokens',
    resolveId: (id) => (id === DESIGN_TOKENS ? `\0${DESIGN_TOKENS}` : undefined),
    load: (id) => (id === `\0${DESIGN_TOKENS}` ? `export default ${JSON.stringify(collectDesignTokens())};` : undefined),
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // msw's worker must be served at the root for `setupWorker().start()` in the REST-backed stories.
  // pdf.js's worker, for the indexer's PDF previews (preview.ts points setPdfWorkerUrl at it).
  staticDirs: [
    { from: '../node_modules/msw/lib/mockServiceWorker.js', to: '/mockServiceWorker.js' },
    { from: '../node_modules/pdfjs-dist/build/pdf.worker.min.mjs', to: '/pdf.worker.min.mjs' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist at the top of the sidebar, nor onboarding guide in the menu: this
  // Storybook is the elements' catalogue for designers, not a new project.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [designTokensModule()],
      resolve: {
        // `@dossier/*` packages export their TypeScript sources under this condition: no build needed.
        conditions: ['dossier-source', ...defaultClientConditions],
      },
      // The elements use Lit's legacy decorators (tsconfig.base.json: experimentalDecorators,
      // useDefineForClassFields: false). Vite 8 compiles TypeScript with oxc: say so explicitly
      // rather than rely on which tsconfig it finds for each file.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
      // Storybook's web-components renderer imports this lit module from a file Vite does not
      // pre-bundle; without it in the pre-bundle, the dev server serves a second copy of lit-html.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Vite would otherwise warn that the preview bundle is large; it is a dev tool.
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
