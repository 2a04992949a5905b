import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { hostileText } from './support/hostile-text.js';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';
import { serveOverRest } from './support/serve-over-rest.js';
import { storyFile } from './support/story-file.js';
import { unansweringClient } from './support/unanswering-client.js';

/** What the controls change. */
interface DropZoneArgs {
  label: string;
  disabled: boolean;
  multiple: boolean;
}

/** The loaded dossier, plus the piece the zone adds to (none: documents to classify later). */
type DropZoneLoaded = StoryDossier & { pieceId?: string };

const meta = {
  title: 'Éléments/dossier-drop-zone',
  id: 'dossier-drop-zone',
  component: 'dossier-drop-zone',
  tags: ['autodocs'],
  args: { label: '', disabled: false, multiple: true },
  loaders: [async () => ({ ...(await seedDossier()) })],
  render: (args, { loaded }) => {
    const { client, dossierId, pieceId } = loaded as DropZoneLoaded;
    return html`<div style="max-width: 36rem;">
      <dossier-drop-zone
        .client=${client}
        dossier-id=${dossierId}
        piece-id=${pieceId ?? ''}
        label=${args.label}
        ?disabled=${args.disabled}
        .multiple=${args.multiple}
      ></dossier-drop-zone>
    </div>`;
  },
} satisfies Meta<DropZoneArgs>;

export default meta;
type Story = StoryObj<DropZoneArgs>;

/** Documents to classify later: every recognised kind is accepted. */
export const Unclassified: Story = {};

/** For one piece: only its kinds are accepted (PDF), its size limit shown. */
export const ForOnePiece: Story = {
  loaders: [
    async () => {
      const seeded = await seedDossier();
      return { ...seeded, pieceId: seeded.pieces[2]!.id };
    },
  ],
};

/** A host's own prompt. */
export const CustomLabel: Story = { args: { label: 'Déposez ici le permis de conduire (recto et verso)' } };

/** Disabled, e.g. while the host saves the proposal. */
export const Disabled: Story = { args: { disabled: true } };

/**
 * After three files: one stored, one PNG renamed `.pdf` refused (the kind is read from the
 * content), one empty file refused. Nothing is stored for the refused ones.
 */
export const WithOutcomes: Story = {
  loaders: [
    async () => {
      const seeded = await seedDossier();
      return { ...seeded, pieceId: seeded.pieces[2]!.id };
    },
  ],
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('dossier-drop-zone');
    if (!zone) return;
    await zone.updateComplete;
    const pdf = storyFile('releve-information.pdf', 'outcomes');
    const png = storyFile('capture.png', 'outcomes');
    await zone.addFiles([
      new File([pdf.blob], pdf.name, { type: 'application/pdf' }),
      new File([png.blob], 'releve-renomme.pdf', { type: 'application/pdf' }),
      new File([], 'vide.pdf', { type: 'application/pdf' }),
    ]);
  },
};

/** The storage never answers: a file given stays in progress. */
export const Loading: Story = {
  loaders: [async () => ({ ...unansweringClient('pending'), pieces: [] })],
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('dossier-drop-zone');
    if (!zone) return;
    const pdf = storyFile('permis.pdf', 'pending');
    // Not awaited: it never settles, which is the point.
    void zone.addFiles([new File([pdf.blob], pdf.name, { type: 'application/pdf' })]);
    await zone.updateComplete;
  },
};

/** The storage failed: the file is refused with the storage's message. */
export const StorageError: Story = {
  loaders: [async () => ({ ...unansweringClient('failing'), pieces: [] })],
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('dossier-drop-zone');
    if (!zone) return;
    const pdf = storyFile('permis.pdf', 'failing');
    await zone.addFiles([new File([pdf.blob], pdf.name, { type: 'application/pdf' })]);
  },
};

/** A file whose name is HTML: listed as text. */
export const HostileStrings: Story = {
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('dossier-drop-zone');
    if (!zone) return;
    const pdf = storyFile('hostile.pdf', 'hostile');
    await zone.addFiles([new File([pdf.blob], `${hostileText}.pdf`, { type: 'application/pdf' })]);
  },
};

/** A long French prompt. */
export const LongFrenchLabels: Story = {
  args: {
    label:
      'Déposez ici le justificatif de domicile de moins de trois mois (facture d’électricité, de gaz, d’eau ou de téléphone fixe, quittance de loyer ou avis d’imposition)',
  },
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };

/** Over `@dossier/storage-rest`: the file is uploaded to the msw mock of the REST API. */
export const OverRest: Story = {
  name: 'Over REST (msw)',
  loaders: [
    async () => ({
      client: await serveOverRest(async (server) => {
        await seedDossier({ client: server });
      }),
      dossierId: 'P-2025-0142',
      pieces: [],
    }),
  ],
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('dossier-drop-zone');
    if (!zone) return;
    const pdf = storyFile('carte-grise.pdf', 'rest');
    await zone.addFiles([new File([pdf.blob], pdf.name, { type: 'application/pdf' })]);
  },
};
