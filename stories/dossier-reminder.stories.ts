import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { hostileText } from './support/hostile-text.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { longNamePerson } from './support/long-name-person.js';
import { manyPiecesRiskType } from './support/many-pieces-risk-type.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyTransport } from './support/story-transport.js';
import { unansweringClient } from './support/unanswering-client.js';

const meta = {
  title: 'Éléments/dossier-reminder',
  id: 'dossier-reminder',
  component: 'dossier-reminder',
  tags: ['autodocs'],
  loaders: [async () => ({ ...(await seedDossier({ obtained: 3, contractId: 'C-2025-5001' })) })],
  render: (_args, { loaded }) => {
    const { client, dossierId } = loaded as StoryDossier;
    // "Envoyer" records the reminder through a transport that sends nothing (no mail client opens).
    return html`<div style="max-width: 44rem;">
      <dossier-reminder .client=${client} .transport=${storyTransport} dossier-id=${dossierId}></dossier-reminder>
    </div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Prefilled for a contract missing five pieces. */
export const Prefilled: Story = {};

/** Two reminders already sent: the history under the form. */
export const WithHistory: Story = {
  loaders: [
    async () => {
      const seeded = await seedDossier({ obtained: 3, contractId: 'C-2025-5001' });
      for (let i = 0; i < 2; i += 1) {
        const draft = await seeded.client.reminders.compose(seeded.dossierId);
        await seeded.client.reminders.send(seeded.dossierId, draft, storyTransport);
      }
      return { ...seeded };
    },
  ],
};

/** Nothing is missing: the composer says so. */
export const Complete: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all', contractId: 'C-2025-5001' })) })],
};

/** A client without an e-mail address. */
export const NoAddress: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        person: { id: 'cli-sans', name: 'Paul Girard', email: '', profile: { kind: 'particulier' } },
        contractId: 'C-2025-5002',
      })),
    }),
  ],
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** Thirty-two pieces, most of them missing: a long list in the body. */
export const ManyPieces: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: manyPiecesRiskType, obtained: 4, contractId: 'C-2025-5003' })) })],
};

/** Long French labels and a long client name. */
export const LongFrenchLabels: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: longLabelsRiskType, person: longNamePerson, contractId: 'C-2025-5004' })) })],
};

/** HTML as the client's name, the contract type and a piece label: plain text in the fields. */
export const HostileStrings: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: 'Carte grise' }] },
        person: { id: 'cli-hostile', name: hostileText, email: 'hostile@example.fr', profile: {} },
        contractId: 'C-2025-5005',
      })),
    }),
  ],
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English: the draft is composed in English. */
export const English: Story = { globals: { locale: 'en' } };

/** Over `@dossier/storage-rest`, against the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedDossier({ client: server, obtained: 2, contractId: 'C-2025-5001' });
      }),
      dossierId: 'P-2025-0142',
    }),
  ],
};
