import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { LOCALES } from '@dossier/core';
import '@dossier/elements/define';
import manifest from '../packages/elements/custom-elements.json';
import { themeStyle, toStoryTheme } from '../stories/support/theme-tokens.js';
import { toStoryLocale } from '../stories/support/story-locale.js';

// Docs pages list attributes, properties, events, parts and CSS properties from the elements' JSDoc
// (`npm run analyze` writes the manifest).
setCustomElementsManifest(manifest);

const preview: Preview = {
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
  // The docs tables list every attribute, property, event, part and CSS property of the manifest;
  // only the args a story file declares drive its render, so only those get a control.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [name, name in context.initialArgs || name === 'locale' ? argType : { ...argType, control: { disable: true } }]),
      ),
  ],
  decorators: [
    // A host page: the theme's --dossier-* properties on a wrapper, the locale through a provider
    // (elements that are given a client directly still take the provider's locale).
    (story, context) => {
      const locale = toStoryLocale(context.args['locale'] ?? context.globals['locale']);
      const theme = toStoryTheme(context.globals['theme']);
      const height = context.viewMode === 'story' ? 'min-height: 100vh;' : '';
      return html`<div class="dossier-story" lang=${locale} style=${`${themeStyle(theme)}; ${height} padding: 1.5rem; box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;`}>
        <dossier-provider locale=${locale}>${story()}</dossier-provider>
      </div>`;
    },
  ],
};

export default preview;
