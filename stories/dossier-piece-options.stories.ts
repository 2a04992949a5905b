import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { DossierClient, ExpectedPiece, ExpectedPieceInput } from '@dossier/core';
import { createStoryClient } from './support/create-story-client.js';
import { hostileText } from './support/hostile-text.js';

/** What the stories load: a client and the piece whose options are shown. */
interface OptionsLoaded {
  client: DossierClient;
  piece: ExpectedPiece;
}

/** A client holding one piece of the Automobile catalogue, as given. */
function withPiece(input: ExpectedPieceInput): () => Promise<OptionsLoaded> {
  return async () => {
    const client = createStoryClient();
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    return { client, piece: await client.pieces.add('auto', input) };
  };
}

const meta = {
  title: 'Éléments/dossier-pieces-editor/dossier-piece-options',
  id: 'dossier-piece-options',
  component: 'dossier-piece-options',
  tags: ['autodocs'],
  loaders: [withPiece({ label: 'Permis de conduire', accept: ['application/pdf', 'image/*'] })],
  render: (_args, { loaded }) => {
    const { client, piece } = loaded as OptionsLoaded;
    return html`<div style="max-width: 48rem;"><dossier-piece-options id="permis" .client=${client} .piece=${piece}></dossier-piece-options></div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A mandatory piece accepting PDF and images. */
export const Mandatory: Story = {};

/** "Facultative si type est égal à professionnel", with a size limit and a validity. */
export const ProfileRule: Story = {
  loaders: [
    withPiece({
      label: 'Relevé d’information',
      accept: ['application/pdf'],
      maxBytes: 5 * 1024 * 1024,
      validityDays: 90,
      requirement: { optionalWhen: { attr: 'type', eq: 'professionnel' } },
    }),
  ],
};

/** A rule the simple controls cannot express: shown read-only, kept until replaced. */
export const AdvancedRule: Story = {
  loaders: [
    withPiece({
      label: 'Relevé de conduite accompagnée',
      requirement: { mandatoryWhen: { any: [{ attr: 'age', lt: 25 }, { not: { attr: 'permisAnnees', gt: 3 } }] } },
    }),
  ],
};

/** A validity of 0 days, refused by core: its message at the field, the panel open. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('dossier-piece-options');
    await panel?.updateComplete;
    const validity = panel?.querySelector<HTMLInputElement>('#permis-validity');
    if (!panel || !validity) return;
    validity.value = '0';
    validity.dispatchEvent(new Event('input', { bubbles: true }));
    await panel.save();
  },
};

/** HTML as the piece's label: shown as text. */
export const HostileStrings: Story = { loaders: [withPiece({ label: hostileText })] };

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In German (the locale control): loaded on first use, like Spanish, Italian and Dutch. */
export const German: Story = { args: { locale: 'de' } };

/** In Spanish. */
export const Spanish: Story = { args: { locale: 'es' } };

/** In Italian. */
export const Italian: Story = { args: { locale: 'it' } };

/** In Dutch. */
export const Dutch: Story = { args: { locale: 'nl' } };
