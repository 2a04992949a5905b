import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { DossierClient } from '@dossier/core';
import { seedDossier } from './support/seed-dossier.js';
import { seedPortfolio } from './support/seed-portfolio.js';
import { storyTransport } from './support/story-transport.js';

interface OverviewData {
  readonly client: DossierClient;
  readonly dossierId: string;
}

/** One proposal in progress (the tracker's) on top of a portfolio of contracts (the audit's), in one storage. */
async function seedOverview(): Promise<OverviewData> {
  const client = await seedPortfolio({ contracts: 12, proposals: 2 });
  const { dossierId } = await seedDossier({ client, id: 'P-2025-0142', obtained: 2, unclassified: ['scan-0042.pdf'] });
  return { client, dossierId };
}

const panel = 'border: 1px solid var(--dossier-border); border-radius: 8px; padding: 1rem;';

/** A pipeline column of the host CRM: cards with the badge in their corner. */
const pipeline = ({ client, dossierId }: OverviewData) => html`
  <section aria-label="Pipeline" style=${`${panel} display: grid; gap: 0.75rem; align-content: start;`}>
    <h2 style="margin: 0; font-size: 1rem;">Pipeline · Étude</h2>
    <article style="display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; padding: 0.75rem; border: 1px solid var(--dossier-border); border-radius: 8px;">
      <div>
        <strong>Jeanne Martin</strong>
        <div style="color: var(--dossier-muted); font-size: 0.85rem;">Automobile · ${dossierId}</div>
      </div>
      <dossier-badge .client=${client} dossier-id=${dossierId}></dossier-badge>
    </article>
  </section>
`;

const meta = {
  title: 'Bases/Overview',
  id: 'overview',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The elements as a broker meets them in the host CRM: a pipeline card with its badge, the proposal page with its tracker, and the portfolio audit of contracts awaiting pieces. One storage behind them all: classify a document in the tracker and the badge follows.',
      },
    },
  },
  loaders: [async () => ({ ...(await seedOverview()) })],
  render: (_args, { loaded }) => {
    const data = loaded as OverviewData;
    return html`<div style="display: grid; gap: 1.5rem; grid-template-columns: minmax(16rem, 20rem) minmax(0, 1fr); align-items: start;">
      ${pipeline(data)}
      <section aria-label="Proposition" style=${panel}>
        <dossier-tracker .client=${data.client} dossier-id=${data.dossierId}></dossier-tracker>
      </section>
      <section aria-label="Audit du portefeuille" style=${`${panel} grid-column: 1 / -1;`}>
        <dossier-audit .client=${data.client} .reminderTransport=${storyTransport}></dossier-audit>
      </section>
    </div>`;
  },
} satisfies Meta;

export default meta;

/** Pipeline card with its badge, the proposal's tracker and the portfolio audit, side by side. */
export const BrokersDay: StoryObj = {};
