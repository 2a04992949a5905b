import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { hostileText } from './support/hostile-text.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { longNamePerson } from './support/long-name-person.js';
import { manyPiecesRiskType } from './support/many-pieces-risk-type.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyPeople } from './support/story-people.js';
import { unansweringClient } from './support/unanswering-client.js';

const meta = {
  title: 'Éléments/dossier-tracker',
  id: 'dossier-tracker',
  component: 'dossier-tracker',
  tags: ['autodocs'],
  loaders: [
    async () => ({
      ...(await seedDossier({ obtained: 3, archived: 1, waived: 1, unclassified: ['scan-0042.pdf', 'photo-carte-grise.png'] })),
    }),
  ],
  render: (_args, { loaded }) => {
    const { client, dossierId } = loaded as StoryDossier;
    return html`<div style="max-width: 56rem;"><dossier-tracker .client=${client} dossier-id=${dossierId}></dossier-tracker></div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A proposal in "Étude": some pieces obtained, one archived, one waived, two documents to classify. */
export const InProgress: Story = {};

/** A new proposal: nothing collected yet. */
export const NothingCollected: Story = {
  loaders: [async () => ({ ...(await seedDossier({ stage: 'Prospect' })) })],
};

/** A contract whose every piece is obtained. */
export const Complete: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all', contractId: 'C-2025-5001', stage: 'Signature' })) })],
};

/** An archived contract: read-only. */
export const Archived: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all', archived: 99, contractId: 'C-2025-5001', archive: true })) })],
};

/** A risk type that expects no piece. */
export const Empty: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: { id: 'vide', label: 'Protection juridique', pieces: [] } })) })],
};

/** A young driver: the accompanied-driving record is required by the profile rule. */
export const ProfileRule: Story = {
  loaders: [async () => ({ ...(await seedDossier({ person: storyPeople[1]!, obtained: 2 })) })],
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** Thirty-two pieces. */
export const ManyPieces: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: manyPiecesRiskType, obtained: 10, archived: 3, waived: 2 })) })],
};

/** Long French labels, a long client name and a long contract type. */
export const LongFrenchLabels: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: longLabelsRiskType,
        person: longNamePerson,
        obtained: 1,
        stage: 'Proposition envoyée au client pour signature électronique',
      })),
    }),
  ],
};

/** HTML as the client's name, the contract type, a piece label, a stage and a file name: all shown as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: 'Carte grise' }] },
        person: { id: 'cli-hostile', name: hostileText, email: 'hostile@example.fr', profile: {} },
        stage: hostileText,
        obtained: 1,
        unclassified: [`${hostileText}.pdf`],
      })),
    }),
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
        await seedDossier({ client: server, obtained: 2, unclassified: ['scan-0042.pdf'] });
      }),
      dossierId: 'P-2025-0142',
    }),
  ],
};
