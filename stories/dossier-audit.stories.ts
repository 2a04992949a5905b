import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { DossierClient } from '@dossier/core';
import { createStoryClient } from './support/create-story-client.js';
import { hostileText } from './support/hostile-text.js';
import { longLabelsRiskType } from './support/long-labels-risk-type.js';
import { longNamePerson } from './support/long-name-person.js';
import { seedCatalogue } from './support/seed-catalogue.js';
import { seedDossier } from './support/seed-dossier.js';
import { seedPortfolio } from './support/seed-portfolio.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyTransport } from './support/story-transport.js';
import { unansweringClient } from './support/unanswering-client.js';

/** What the controls change. */
interface AuditArgs {
  phase: 'contract' | 'proposal' | 'both';
  order: 'oldest' | 'newest';
  onlyIncomplete: boolean;
}

const meta = {
  title: 'Éléments/dossier-audit',
  id: 'dossier-audit',
  component: 'dossier-audit',
  tags: ['autodocs'],
  args: { phase: 'contract', order: 'oldest', onlyIncomplete: true },
  argTypes: {
    phase: { control: 'inline-radio', options: ['contract', 'proposal', 'both'] },
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
  },
  loaders: [async () => ({ client: await seedPortfolio({ contracts: 24, proposals: 6 }) })],
  render: (args, { loaded }) => {
    const { client } = loaded as { client: DossierClient };
    // The reminder dialog records reminders through a transport that sends nothing (no mail client opens).
    return html`<dossier-audit
      .client=${client}
      .reminderTransport=${storyTransport}
      phase=${args.phase}
      order=${args.order}
      .onlyIncomplete=${args.onlyIncomplete}
    ></dossier-audit>`;
  },
} satisfies Meta<AuditArgs>;

export default meta;
type Story = StoryObj<AuditArgs>;

/** Contrats › En attente de pièces: contracts missing pieces, most overdue first. */
export const AwaitingPieces: Story = {};

/** Proposals and contracts together, newest first. */
export const ProposalsAndContracts: Story = { args: { phase: 'both', order: 'newest' } };

/** Every contract, complete ones included. */
export const IncludingComplete: Story = { args: { onlyIncomplete: false } };

/** Every contract complete: nothing awaits any piece. */
export const Empty: Story = {
  loaders: [async () => ({ client: await seedPortfolio({ contracts: 6, complete: true }) })],
};

/** A new install: no contract at all. */
export const NoContracts: Story = {
  loaders: [
    async () => {
      const client = createStoryClient();
      await seedCatalogue(client);
      return { client };
    },
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

/** 300 contracts: only the rows in view are in the DOM; scroll the table. */
export const ManyContracts: Story = {
  loaders: [async () => ({ client: await seedPortfolio({ contracts: 300 }) })],
};

/** Long French client names, contract types and piece labels. */
export const LongFrenchLabels: Story = {
  loaders: [
    async () => {
      const seeded = await seedDossier({
        riskType: longLabelsRiskType,
        person: longNamePerson,
        contractId: 'C-2025-ASSURANCE-EMPRUNTEUR-000123',
      });
      await seedDossier({ client: seeded.client, id: 'P-2', riskType: longLabelsRiskType, obtained: 2, contractId: 'C-2' });
      return { client: seeded.client };
    },
  ],
};

/** HTML as a client name, a contract type, a contract id and a piece label: shown as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => {
      const seeded = await seedDossier({
        riskType: { id: 'hostile', label: hostileText, pieces: [{ label: hostileText }, { label: 'Carte grise' }] },
        person: { id: 'cli-hostile', name: hostileText, email: 'hostile@example.fr', profile: {} },
        contractId: hostileText,
      });
      return { client: seeded.client };
    },
  ],
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** Over `@dossier/storage-rest`: pages of the audit come from the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (_server, storage) => {
        await seedPortfolio({ contracts: 40, storage });
      }),
    }),
  ],
};
