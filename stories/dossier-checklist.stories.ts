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
  title: 'Éléments/dossier-checklist',
  id: 'dossier-checklist',
  component: 'dossier-checklist',
  tags: ['autodocs'],
  // Obtained, archived, waived, remaining and one document still to classify: every group at once.
  loaders: [async () => ({ ...(await seedDossier({ obtained: 3, archived: 1, waived: 1, unclassified: ['scan-0042.pdf'] })) })],
  render: (_args, { loaded }) => {
    const { client, dossierId } = loaded as StoryDossier;
    return html`<div style="max-width: 40rem;"><dossier-checklist .client=${client} dossier-id=${dossierId}></dossier-checklist></div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Some pieces obtained, one archived, one waived, the rest to collect. */
export const InProgress: Story = {};

/** Nothing collected yet. */
export const NothingCollected: Story = {
  loaders: [async () => ({ ...(await seedDossier()) })],
};

/** Every piece obtained and archived. */
export const Complete: Story = {
  loaders: [async () => ({ ...(await seedDossier({ obtained: 'all', archived: 99, contractId: 'C-2025-5001' })) })],
};

/** A risk type that expects no piece. */
export const Empty: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: { id: 'vide', label: 'Protection juridique', pieces: [] } })) })],
};

/** A company: the Kbis becomes required, the accompanied-driving record is not. */
export const ProfessionalClient: Story = {
  loaders: [async () => ({ ...(await seedDossier({ person: storyPeople[2]!, obtained: 2 })) })],
};

/** The storage has not answered yet. */
export const Loading: Story = {
  loaders: [async () => unansweringClient('pending')],
};

/** The storage failed. */
export const StorageError: Story = {
  loaders: [async () => unansweringClient('failing')],
};

/** Thirty-two pieces, twelve obtained. */
export const ManyPieces: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: manyPiecesRiskType, obtained: 12, archived: 4 })) })],
};

/** Long French labels and a long client name. */
export const LongFrenchLabels: Story = {
  loaders: [async () => ({ ...(await seedDossier({ riskType: longLabelsRiskType, person: longNamePerson, obtained: 2 })) })],
};

/** HTML in a piece label and a file name: shown as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => ({
      ...(await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: `Carte grise ${hostileText}` }] },
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

/** Over `@dossier/storage-rest`, against the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedDossier({ client: server, obtained: 3, archived: 1 });
      }),
      dossierId: 'P-2025-0142',
    }),
  ],
};
