import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { createStoryClient } from './support/create-story-client.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { storyRiskType } from './support/story-catalogue.js';
import { toStoryLocale } from './support/story-locale.js';

/** A host page: one client for every element inside, however deep. */
const page = ({ client }: Pick<StoryDossier, 'client'>, locale: string) => html`
  <dossier-provider .client=${client} locale=${locale}>
    <div style="display: grid; gap: 1rem; max-width: 56rem;">
      <div style="display: flex; gap: 1rem; align-items: center;">
        <strong>Jeanne Martin — Automobile</strong>
        <dossier-badge dossier-id="P-1"></dossier-badge>
        <strong>Lucas Dubois — Santé</strong>
        <dossier-badge dossier-id="P-2"></dossier-badge>
      </div>
      <dossier-checklist dossier-id="P-1"></dossier-checklist>
    </div>
  </dossier-provider>
`;

async function twoDossiers(): Promise<Pick<StoryDossier, 'client'>> {
  const client = createStoryClient();
  await seedDossier({ client, id: 'P-1', obtained: 2 });
  await seedDossier({ client, id: 'P-2', riskType: storyRiskType('sante'), obtained: 1 });
  return { client };
}

const meta = {
  title: 'Éléments/dossier-provider',
  id: 'dossier-provider',
  component: 'dossier-provider',
  tags: ['autodocs'],
  loaders: [twoDossiers],
  render: (_args, { loaded, globals }) => page(loaded as StoryDossier, toStoryLocale(globals['locale'])),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Badges and a checklist that get their client from the provider (no `.client` on them). */
export const SharedClient: Story = {};

/** The provider's locale switches every element inside. */
export const English: Story = { globals: { locale: 'en' } };

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** A provider without a client: every element says it has none. */
export const NoClient: Story = {
  render: (_args, { globals }) => html`<dossier-provider locale=${toStoryLocale(globals['locale'])}>
    <dossier-badge dossier-id="P-1"></dossier-badge>
    <dossier-checklist dossier-id="P-1"></dossier-checklist>
  </dossier-provider>`,
};
