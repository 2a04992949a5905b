import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { setPdfWorkerUrl } from '@dossier/elements';
import { LOCALES } from '@dossier/core';
import '@dossier/elements/define';
import manifest from '../packages/elements/custom-elements.json';
import { themeStyle, toStoryTheme } from '../stories/support/theme-tokens.js';
import { toStoryLocale } from '../stories/support/story-locale.js';
import { applyAttributeArgs, withAttributeControls, type StoryArgType } from '../stories/support/attribute-controls.js';

// pdf.js's worker for the indexer's PDF previews, served at the root (main.ts staticDirs).
setPdfWorkerUrl(new URL('pdf.worker.min.mjs', document.baseURI));

// Docs pages list attributes, properties, events, parts and CSS properties from the elements' JSDoc
// (`npm run analyze` writes the manifest).
setCustomElementsManifest(manifest);

// `define` registers the larger elements from chunks loaded right after it: every story waits for them.
const LATER_TAGS = ['dossier-tracker', 'dossier-indexer', 'dossier-pieces-editor', 'dossier-audit', 'dossier-reminder', 'dossier-portal'];

const preview: Preview = {
  loaders: [async () => ({ defined: await Promise.all(LATER_TAGS.map((tag) => customElements.whenDefined(tag))).then(() => true) })],
  globalTypes: {
    locale: {
      description: 'Langue des éléments / Elements language',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        // Every locale Dossier ships, in its own name.
        items: [
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'it', title: 'Italiano', right: 'it' },
          { value: 'nl', title: 'Nederlands', right: 'nl' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème de l’hôte (propriétés --dossier-*) / Host theme',
      toolbar: {
        title: 'Thème',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Clair / Light', icon: 'sun' },
          { value: 'dark', title: 'Sombre / Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'light' },
  // Every story also has a locale select in its controls: it wins over the toolbar for that story.
  argTypes: {
    locale: {
      control: 'select',
      options: [...LOCALES],
      description: 'Langue des éléments de cette story (sinon celle de la barre d’outils) / Elements language',
      table: { category: 'Dossier' },
    },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { toc: false },
  },
  // The docs tables list every attribute, property, event, part and CSS property of the manifest.
  // Every attribute gets a control (applied to the story's elements by the decorator below); other
  // entries only when the story file declares an arg of that name.
  argTypesEnhancers: [(context) => withAttributeControls(context.argTypes as Record<string, StoryArgType>, context.initialArgs)],
  decorators: [
    // A host page: the theme's --dossier-* properties on a wrapper, the locale through a provider
    // (elements that are given a client directly still take the provider's locale).
    (story, context) => {
      const locale = toStoryLocale(context.args['locale'] ?? context.globals['locale']);
      const theme = toStoryTheme(context.globals['theme']);
      const height = context.viewMode === 'story' ? 'min-height: 100vh;' : '';
      // Attributes set in the controls go onto the story's elements of the component, once rendered.
      const component = typeof context.component === 'string' ? context.component : undefined;
      const applyArgs = (wrapper: Element | undefined) => {
        if (!wrapper || !component) return;
        queueMicrotask(() => applyAttributeArgs(wrapper, component, context.argTypes as Record<string, StoryArgType>, context.args));
      };
      return html`<div ${ref(applyArgs)} class="dossier-story" lang=${locale} style=${`${themeStyle(theme)}; ${height} padding: 1.5rem; box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;`}>
        <dossier-provider locale=${locale}>${story()}</dossier-provider>
      </div>`;
    },
  ],
};

export default preview;
