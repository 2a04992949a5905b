import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { createStoryClient } from './support/create-story-client.js';
import { hostileText } from './support/hostile-text.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyRiskType } from './support/story-catalogue.js';
import { manyPiecesRiskType } from './support/many-pieces-risk-type.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { longNamePerson } from './support/long-name-person.js';
import { unansweringClient } from './support/unanswering-client.js';

/** A pipeline card's corner, where a host puts the badge. */
const card = ({ client, dossierId }: Pick<StoryDossier, 'client' | 'dossierId'>, title = 'Jeanne Martin — Automobile') => html`
  <div style="display: inline-flex; align-items: center; gap: 0.75rem; padding: 0.75rem 1rem; border: 1px solid var(--dossier-border); border-radius: 8px; min-width: 18rem; justify-content: space-between;">
    <span>${title}</span>
    <dossier-badge .client=${client} dossier-id=${dossierId}></dossier-badge>
  </div>
`;

/** Opens the badge's checklist popover, as a click would. */
async function openBadge({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const badge = canvasElement.querySelector('dossier-badge');
  if (!badge) return;
  for (let i = 0; i < 50 && badge.count === undefined; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  badge.show();
  await badge.updateComplete;
}

const meta = {
  title: 'Éléments/dossier-badge',
  id: 'dossier-badge',
  component: 'dossier-badge',
  tags: ['autodocs'],
  loaders: [async () => ({ ...(await seedDossier({ obtained: 2 })) })],
  render: (_args, { loaded }) => card(loaded as StoryDossier),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Pieces still to collect: the number of required pieces missing. */
export const ToCollect: Story = {};

/** Clicked: the checklist popover, with what was obtained and what remains. */
export const Open: Story = { play: openBadge };

/** Every required piece obtained: the badge shows complete. */
export const Complete: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all' })) })],
};

/** A risk type that expects no piece at all. */
export const Empty: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: { id: 'vide', label: 'Protection juridique', pieces: [] } })) })],
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed: the badge shows "!" and retries on click. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** An unknown dossier id: a localized "not found" error. */
export const UnknownDossier: Story = {
  loaders: [async () => ({ ...(await seedDossier()), dossierId: 'P-inconnu' })],
};

/** No client given and no provider: says so instead of failing silently. */
export const NoClient: Story = {
  render: () => html`<dossier-badge dossier-id="P-2025-0142"></dossier-badge>`,
};

/** Thirty-two pieces expected, five obtained. */
export const ManyPieces: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: manyPiecesRiskType, obtained: 5 })) })],
};

/** Long French labels, in the card and in the checklist popover. */
export const LongFrenchLabels: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: longLabelsRiskType, person: longNamePerson, obtained: 1 })) })],
  render: (_args, { loaded }) => card(loaded as StoryDossier, `${longNamePerson.name} — ${longLabelsRiskType.label}`),
  play: openBadge,
};

/** A client name and a piece label that are HTML: shown as text, no <img> is created. */
export const HostileStrings: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: 'Carte grise' }] },
        person: { id: 'cli-hostile', name: hostileText, email: 'hostile@example.fr', profile: {} },
      })),
    }),
  ],
  render: (_args, { loaded }) => card(loaded as StoryDossier, hostileText),
  play: openBadge,
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** A card per stage of a pipeline, one badge each, several states together. */
export const Pipeline: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      const auto = storyRiskType('auto');
      await seedDossier({ client, riskType: auto, id: 'P-1', obtained: 0 });
      await seedDossier({ client, riskType: auto, id: 'P-2', obtained: 4 });
      await seedDossier({ client, riskType: storyRiskType('sante'), id: 'P-3', obtained: 'all' });
      return { client };
    },
  ],
  render: (_args, { loaded }) => {
    const { client } = loaded as StoryDossier;
    return html`<div style="display: grid; gap: 0.75rem;">
      ${card({ client, dossierId: 'P-1' }, 'Prospect — Automobile')} ${card({ client, dossierId: 'P-2' }, 'Proposition envoyée — Automobile')}
      ${card({ client, dossierId: 'P-3' }, 'Signature — Santé')}
    </div>`;
  },
};

/** Over `@dossier/storage-rest`, against the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedDossier({ client: server, obtained: 3 });
      }),
      dossierId: 'P-2025-0142',
    }),
  ],
};
