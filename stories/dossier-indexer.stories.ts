import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { hostileText } from './support/hostile-text.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { manyPiecesRiskType } from './support/many-pieces-risk-type.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { unansweringClient } from './support/unanswering-client.js';

/** Files as they arrive from clients: scans, photos, exports, named after the piece or not at all. */
const ARRIVED = ['permis-conduire-recto-verso.pdf', 'IMG_20250114_093512.jpg', 'carte_grise.png', 'releve-info-2025.pdf', 'scan0001.pdf'];

const meta = {
  title: 'Éléments/dossier-indexer',
  id: 'dossier-indexer',
  component: 'dossier-indexer',
  tags: ['autodocs'],
  loaders: [async () => ({ ...(await seedDossier({ obtained: 1, unclassified: ARRIVED })) })],
  render: (_args, { loaded }) => {
    const { client, dossierId } = loaded as StoryDossier;
    return html`<div style="max-width: 52rem;"><dossier-indexer .client=${client} dossier-id=${dossierId}></dossier-indexer></div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Five files to classify, each with a suggested piece read from its name; one already classified. */
export const ToClassify: Story = {};

/** Nothing to classify: "Aucun document à classer". */
export const Empty: Story = {
  loaders: [async () => ({ ...(await seedDossier()) })],
};

/** Every document classified: only the classified section, to reclassify. */
export const Complete: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all' })) })],
};

/** An archived contract: read-only. */
export const ReadOnly: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all', contractId: 'C-2025-5001', archive: true })) })],
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** Thirty-two pieces to choose from, twelve documents waiting. */
export const ManyPieces: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: manyPiecesRiskType,
        obtained: 6,
        unclassified: Array.from({ length: 12 }, (_, index) => `piece-jointe-${String(index + 1).padStart(2, '0')}.pdf`),
      })),
    }),
  ],
};

/** Long French labels in the "Classer comme…" choice, long file names. */
export const LongFrenchLabels: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: longLabelsRiskType,
        unclassified: [
          'justificatif-de-domicile-facture-electricite-edf-janvier-2025-residence-principale-avant-travaux.pdf',
          'offre-de-pret.pdf',
        ],
      })),
    }),
  ],
};

/** HTML in a file name and a piece label: shown as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: 'Carte grise' }] },
        unclassified: [`${hostileText}.pdf`],
      })),
    }),
  ],
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** Over `@dossier/storage-rest`, against the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedDossier({ client: server, unclassified: ARRIVED.slice(0, 3) });
      }),
      dossierId: 'P-2025-0142',
    }),
  ],
};
