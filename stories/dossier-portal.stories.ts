import type { Meta, StoryObj } from '@storybook/web-components';
import type { PortalConnection } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { html } from 'lit';
import { seedDossier, type StoryDossier } from './support/seed-dossier.js';

/** The client's side of an upload link on the story's in-memory client (what `createRestPortal` does over HTTP). */
async function storyPortal(options: { obtained?: number; rejectFirst?: boolean } = {}): Promise<{ connection: PortalConnection }> {
  const seeded: StoryDossier = await seedDossier({ obtained: options.obtained ?? 2 });
  const { client, dossierId } = seeded;
  const { token } = await client.uploadLinks.create(dossierId, { cabinetName: 'Courtage Martin & Associés' });
  const connection: PortalConnection = {
    view: () => client.portal.view(token),
    upload: (pieceId, file, uploadOptions = {}) => {
      const size = file instanceof Blob ? file.size : file.blob.size;
      uploadOptions.onProgress?.(size, size);
      return client.portal.upload(token, pieceId, file);
    },
  };
  if (options.rejectFirst) {
    const view = await client.portal.view(token);
    const first = view.pieces[0];
    if (first) {
      await client.portal.upload(token, first.id, { blob: samplePdf('story-blurry'), name: 'permis-photo-floue.pdf' });
      const [document] = (await client.documents.list(dossierId)).filter((d) => d.origin === 'portal');
      if (document)
        await client.documents.reject(document.id, {
          reason: 'illegible',
          note: 'La photo est floue : merci de la reprendre à la lumière du jour.',
        });
    }
  }
  return { connection };
}

const meta = {
  title: 'Éléments/dossier-portal',
  id: 'dossier-portal',
  component: 'dossier-portal',
  tags: ['autodocs'],
  loaders: [async () => storyPortal()],
  render: (_args, { loaded }) => {
    const { connection } = loaded as { connection: PortalConnection };
    return html`<div style="max-width: 375px; border: 1px solid #ccc;">
      <dossier-portal .connection=${connection}></dossier-portal>
    </div>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** On a phone: the pieces still to collect, a picker (and a camera) per piece. */
export const Phone: Story = {};

/** The broker refused the last file: the reason, and a way to send a new one. */
export const Rejected: Story = {
  loaders: [async () => storyPortal({ rejectFirst: true })],
};
