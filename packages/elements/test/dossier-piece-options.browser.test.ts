import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece, type ExpectedPiecePatch } from '@dossier/core';
import '../src/components/piece-options/define.js';
import type { DossierPieceOptions } from '../src/components/piece-options/dossier-piece-options.component.js';
import type { DossierPieceOptionsCloseEvent } from '../src/events/dossier-piece-options-close-event.js';

async function seeded(locale: 'fr' | 'en' = 'fr'): Promise<{ client: DossierClient; piece: ExpectedPiece; other: ExpectedPiece }> {
  const client = createDossierClient({ storage: createMemoryStorage(), locale });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const piece = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  const other = await client.pieces.add('auto', { label: 'Carte grise', requirement: 'optional' });
  return { client, piece, other };
}

async function panel(client: DossierClient, piece: ExpectedPiece, locale = 'fr'): Promise<DossierPieceOptions> {
  return fixture<DossierPieceOptions>(
    html`<dossier-piece-options id="opts" .client=${client} .piece=${piece} locale=${locale}></dossier-piece-options>`,
  );
}

/** The field of a label, by the label's text. */
function fieldIn(el: ParentNode, text: string): HTMLInputElement & HTMLSelectElement {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`no field labelled "${text}"`);
  return (label.htmlFor ? el.querySelector(`#${label.htmlFor}`) : label.querySelector('input')) as HTMLInputElement & HTMLSelectElement;
}

const button = (el: ParentNode, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Records the patches given to `client.pieces.update` from now on. */
function spyUpdates(client: DossierClient): ExpectedPiecePatch[] {
  const patches: ExpectedPiecePatch[] = [];
  const pieces = client.pieces as { update: DossierClient['pieces']['update'] };
  const original = pieces.update;
  pieces.update = (id, patch) => {
    patches.push(JSON.parse(JSON.stringify(patch)) as ExpectedPiecePatch);
    return original(id, patch);
  };
  return patches;
}

describe('dossier-piece-options', () => {
  it('shows the piece’s requirement, kinds, size and validity, labelled, with ids under its own', async () => {
    const { client, piece } = await seeded();
    const el = await panel(client, piece);
    const group = el.querySelector('[part~="options"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Options de « Permis de conduire »');
    expect(fieldIn(el, 'Obligatoire').checked).to.equal(true);
    expect(fieldIn(el, 'PDF').checked).to.equal(true);
    expect(fieldIn(el, 'Images').checked).to.equal(false);
    expect(fieldIn(el, 'Taille maximale (Mo)').id).to.equal('opts-size');
    expect(fieldIn(el, 'Validité (jours)').getAttribute('aria-describedby')).to.equal('opts-validity-hint');
    expect(el.shadowRoot).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is driven with the keyboard: Tab to a choice, Space ticks it, the arrows pick a requirement', async () => {
    const { client, piece } = await seeded();
    const el = await panel(client, piece);
    fieldIn(el, 'Obligatoire').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(fieldIn(el, 'Facultative').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(fieldIn(el, 'PDF'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fieldIn(el, 'Images').checked).to.equal(true);
    const patches = spyUpdates(client);
    button(el, 'Enregistrer').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'dossier-piece-updated');
    expect(patches).to.deep.equal([{ requirement: 'optional', accept: ['application/pdf', 'image/*'] }]);
  });

  it('saves only what changed, fires dossier-piece-updated then a "saved" close', async () => {
    const { client, piece } = await seeded();
    const el = await panel(client, piece);
    const fired: string[] = [];
    el.addEventListener('dossier-piece-updated', (e) => fired.push(`updated:${e.detail.piece.validityDays}`));
    el.addEventListener('dossier-piece-options-close', (e) => fired.push(`close:${e.detail.outcome}:${e.detail.piece.validityDays}`));
    fieldIn(el, 'Selon le profil du client').click();
    await el.updateComplete;
    fieldIn(el, 'La pièce est').value = 'optionalWhen';
    fieldIn(el, 'La pièce est').dispatchEvent(new Event('change'));
    typeInto(fieldIn(el, 'Attribut du client'), 'type');
    typeInto(fieldIn(el, 'Valeur'), 'professionnel');
    typeInto(fieldIn(el, 'Validité (jours)'), '90');
    await el.updateComplete;
    const patches = spyUpdates(client);
    button(el, 'Enregistrer').click();
    const close = (await oneEvent(el, 'dossier-piece-options-close')) as DossierPieceOptionsCloseEvent;
    expect(close.detail.outcome).to.equal('saved');
    expect(fired).to.deep.equal(['updated:90', 'close:saved:90']);
    expect(patches).to.deep.equal([{ requirement: { optionalWhen: { attr: 'type', eq: 'professionnel' } }, validityDays: 90 }]);
    const stored = await client.pieces.get(piece.id);
    expect(stored.requirement).to.deep.equal({ optionalWhen: { attr: 'type', eq: 'professionnel' } });
    expect(stored.validityDays).to.equal(90);
  });

  it('closes "unchanged" without writing when nothing changed, and "cancelled" on Annuler', async () => {
    const { client, piece } = await seeded();
    const el = await panel(client, piece);
    const patches = spyUpdates(client);
    setTimeout(() => button(el, 'Enregistrer').click());
    expect(((await oneEvent(el, 'dossier-piece-options-close')) as DossierPieceOptionsCloseEvent).detail.outcome).to.equal('unchanged');
    expect(patches).to.deep.equal([]);
    fieldIn(el, 'PDF').click();
    setTimeout(() => button(el, 'Annuler').click());
    const cancelled = (await oneEvent(el, 'dossier-piece-options-close')) as DossierPieceOptionsCloseEvent;
    expect([cancelled.detail.outcome, cancelled.detail.piece.id]).to.deep.equal(['cancelled', piece.id]);
    expect(patches).to.deep.equal([]);
  });

  it('shows core’s refusal at the field and stays open', async () => {
    const { client, piece } = await seeded();
    const el = await panel(client, piece);
    let closed = false;
    el.addEventListener('dossier-piece-options-close', () => (closed = true));
    typeInto(fieldIn(el, 'Validité (jours)'), '0');
    await el.updateComplete;
    button(el, 'Enregistrer').click();
    for (let i = 0; i < 100 && !el.querySelector('[role="alert"]'); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain('Saisie invalide (validityDays)');
    expect(fieldIn(el, 'Validité (jours)').getAttribute('aria-invalid')).to.equal('true');
    expect(closed).to.equal(false);
    expect((await client.pieces.get(piece.id)).validityDays).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('keeps what was changed when the same piece comes back renamed, starts over for another piece', async () => {
    const { client, piece, other } = await seeded();
    const el = await panel(client, piece);
    typeInto(fieldIn(el, 'Taille maximale (Mo)'), '5');
    await el.updateComplete;
    el.piece = { ...piece, label: 'Permis B' };
    await el.updateComplete;
    expect(fieldIn(el, 'Taille maximale (Mo)').value).to.equal('5');
    expect(el.querySelector('[part~="options"]')!.getAttribute('aria-label')).to.equal('Options de « Permis B »');
    el.piece = other;
    await el.updateComplete;
    expect(fieldIn(el, 'Taille maximale (Mo)').value).to.equal('');
    expect(fieldIn(el, 'Facultative').checked).to.equal(true);
  });

  it('shows an advanced rule read-only and replaces it with a simple one', async () => {
    const { client, piece } = await seeded();
    const advanced = {
      mandatoryWhen: {
        any: [
          { attr: 'age', lt: 25 },
          { attr: 'age', gt: 70 },
        ],
      },
    } as const;
    const el = await panel(client, await client.pieces.update(piece.id, { requirement: advanced }));
    const view = el.querySelector('[part~="advanced-rule"]')!;
    expect(JSON.parse(view.querySelector('pre')!.textContent!)).to.deep.equal(advanced);
    button(el, 'Remplacer par une règle simple').click();
    await el.updateComplete;
    expect(el.querySelector('[part~="advanced-rule"]')).to.equal(null);
    expect(document.activeElement).to.equal(fieldIn(el, 'La pièce est'));
  });

  it('speaks English with locale="en"', async () => {
    const { client, piece } = await seeded('en');
    const el = await panel(client, piece, 'en');
    expect(fieldIn(el, 'Required').checked).to.equal(true);
    expect(fieldIn(el, 'Size limit (MB)')).to.exist;
    expect(button(el, 'Save')).to.exist;
    expect(button(el, 'Cancel')).to.exist;
    expect(getComputedStyle(el.querySelector('fieldset')!).display).to.equal('flex');
  });
});
