import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import '../src/components/piece-options/define.js';
import type { DossierPieceOptions } from '../src/components/piece-options/dossier-piece-options.component.js';
import type { DossierPieceOptionsCloseEvent } from '../src/events/dossier-piece-options-close-event.js';

// `save()` is public: a host may call it instead of clicking "Enregistrer". Its work lives in the
// panel's view (loaded on its first update); these tests call it as a host does.

async function seeded(): Promise<{ client: DossierClient; piece: ExpectedPiece }> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const piece = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], validityDays: 90 });
  return { client, piece };
}

const validityField = (el: DossierPieceOptions) => el.querySelector<HTMLInputElement>('input[id$="-validity"]')!;

describe('dossier-piece-options save()', () => {
  it('closes as "unchanged" when nothing was changed, and stores nothing', async () => {
    const { client, piece } = await seeded();
    const el = await fixture<DossierPieceOptions>(html`<dossier-piece-options .client=${client} .piece=${piece}></dossier-piece-options>`);
    const closed = oneEvent(el, 'dossier-piece-options-close') as Promise<DossierPieceOptionsCloseEvent>;
    await el.save();
    expect((await closed).detail.outcome).to.equal('unchanged');
    expect(await client.pieces.list('auto')).to.deep.equal([piece]);
  });

  it('stores what was typed, and the stored piece equals what the panel then shows', async () => {
    const { client, piece } = await seeded();
    const el = await fixture<DossierPieceOptions>(html`<dossier-piece-options .client=${client} .piece=${piece}></dossier-piece-options>`);
    const field = validityField(el);
    field.value = '30';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const updated = oneEvent(el, 'dossier-piece-updated');
    await el.save();
    const stored = (await updated).detail.piece as ExpectedPiece;
    expect(stored.validityDays).to.equal(30);
    expect((await client.pieces.list('auto'))[0]).to.deep.equal(stored);
    // The host passes the stored piece back: the panel shows it, and saving again changes nothing.
    el.piece = stored;
    await el.updateComplete;
    expect(validityField(el).value).to.equal('30');
    const closed = oneEvent(el, 'dossier-piece-options-close') as Promise<DossierPieceOptionsCloseEvent>;
    await el.save();
    expect((await closed).detail.outcome).to.equal('unchanged');
  });

  it('does nothing without a piece', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierPieceOptions>(html`<dossier-piece-options .client=${client}></dossier-piece-options>`);
    let events = 0;
    el.addEventListener('dossier-piece-options-close', () => (events += 1));
    await el.save();
    expect(events).to.equal(0);
    expect(el.childElementCount).to.equal(0);
  });
});
