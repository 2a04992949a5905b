import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { DossierClient } from '@dossier/core';
import { createStoryClient } from './support/create-story-client.js';
import { hostileText } from './support/hostile-text.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { manyPiecesRiskType } from './support/many-pieces-risk-type.js';
import { seedCatalogue } from './support/seed-catalogue.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyCatalogue, storyRiskType } from './support/story-catalogue.js';
import { unansweringClient } from './support/unanswering-client.js';

/** What the stories load: a client with a catalogue, and the risk type to select first. */
interface EditorLoaded {
  client: DossierClient;
  riskTypeId?: string;
}

/** A client holding the whole story catalogue (six contract types), Automobile selected. */
async function withCatalogue(): Promise<EditorLoaded> {
  const client = createStoryClient();
  await seedCatalogue(client);
  return { client, riskTypeId: 'auto' };
}

const meta = {
  title: 'Éléments/dossier-pieces-editor',
  id: 'dossier-pieces-editor',
  component: 'dossier-pieces-editor',
  tags: ['autodocs'],
  loaders: [withCatalogue],
  render: (_args, { loaded }) => {
    const { client, riskTypeId } = loaded as EditorLoaded;
    return html`<div style="max-width: 64rem;">
      <dossier-pieces-editor .client=${client} risk-type-id=${riskTypeId ?? ''}></dossier-pieces-editor>
    </div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Administration › Conseil/vente › Pièces attendues: the catalogue, Automobile selected (some pieces depend on the client profile). */
export const Catalogue: Story = {};

/** Multirisque habitation selected from the start (`risk-type-id`). */
export const SelectedRiskType: Story = {
  loaders: [async () => ({ ...(await withCatalogue()), riskTypeId: 'habitation' })],
};

/** A contract type with no expected piece yet: "Ajouter une pièce". */
export const NoPieces: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      await seedCatalogue(client, [{ id: 'pj', label: 'Protection juridique', pieces: [] }, storyRiskType('auto')]);
      return { client, riskTypeId: 'pj' };
    },
  ],
};

/** An empty catalogue: the host has not declared any contract type. */
export const EmptyCatalogue: Story = {
  loaders: [async () => ({ client: createStoryClient() })],
};

/** The "Nouvelle pièce" field open. */
export const Adding: Story = {
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('dossier-pieces-editor');
    for (let i = 0; i < 50 && !editor?.pieces; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await editor?.updateComplete;
    const add = editor?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-button"]');
    add?.click();
    await editor?.updateComplete;
  },
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** Thirty-two pieces for one contract type. */
export const ManyPieces: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      await seedCatalogue(client, [manyPiecesRiskType, ...storyCatalogue]);
      return { client, riskTypeId: manyPiecesRiskType.id };
    },
  ],
};

/** Long French labels, in the catalogue and in the pieces. */
export const LongFrenchLabels: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      await seedCatalogue(client, [longLabelsRiskType, ...storyCatalogue]);
      return { client, riskTypeId: longLabelsRiskType.id };
    },
  ],
};

/** HTML as a contract type and as piece labels: shown as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      await seedCatalogue(client, [
        { id: 'hostile', label: hostileText, pieces: [{ label: hostileText, instructions: hostileText }, { label: 'Carte grise' }] },
        storyRiskType('auto'),
      ]);
      return { client, riskTypeId: 'hostile' };
    },
  ],
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** In German (the locale control): loaded on first use, like Spanish, Italian and Dutch. */
export const German: Story = { args: { locale: 'de' } };

/** In Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };

/** In Italian. */
export const Italian: Story = { args: { locale: 'it' } };

/** In Dutch. */
export const Dutch: Story = { args: { locale: 'nl' } };

/** Over `@dossier/storage-rest`, against the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedCatalogue(server);
      }),
      riskTypeId: 'auto',
    }),
  ],
};
