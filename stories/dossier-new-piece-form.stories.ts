import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { DossierClient } from '@dossier/core';
import { createStoryClient } from './support/create-story-client.js';
import { seedCatalogue } from './support/seed-catalogue.js';

/** A client holding the story catalogue. */
async function withCatalogue(): Promise<{ client: DossierClient }> {
  const client = createStoryClient();
  await seedCatalogue(client);
  return { client };
}

/** Opens the field, as a click on "Ajouter une pièce" would. */
async function open({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await canvasElement.querySelector('dossier-new-piece-form')?.show();
}

const meta = {
  title: 'Éléments/dossier-pieces-editor/dossier-new-piece-form',
  id: 'dossier-new-piece-form',
  component: 'dossier-new-piece-form',
  tags: ['autodocs'],
  loaders: [withCatalogue],
  render: (_args, { loaded }) =>
    html`<dossier-new-piece-form .client=${(loaded as { client: DossierClient }).client} risk-type-id="auto"></dossier-new-piece-form>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** "Ajouter une pièce", closed. */
export const Closed: Story = {};

/** The "Nouvelle pièce" field open: Enter adds, Escape closes. */
export const Open: Story = { play: open };

/** An empty name, refused by core at the field. */
export const Refused: Story = {
  play: async (context) => {
    await open(context);
    const form = context.canvasElement.querySelector('dossier-new-piece-form');
    form?.querySelector<HTMLButtonElement>('button.primary')?.click();
    for (let i = 0; i < 50 && !form?.querySelector('[part~="field-error"]'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' }, play: open };
