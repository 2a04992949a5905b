import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createDossierClient,
  createMemoryStorage,
  DossierError,
  type DossierClient,
  type ExpectedPiecePatch,
  type RiskType,
} from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/pieces-editor/define.js';
import type { DossierPiecesEditor } from '../src/components/pieces-editor/dossier-pieces-editor.component.js';
import { buildAcceptList, readAcceptSelection } from '../src/components/pieces-editor/accept-selection.js';
import { pieceOptionsPatch, readPieceOptions } from '../src/components/pieces-editor/piece-options-draft.js';
import { formatProfileValue, parseProfileValue } from '../src/components/pieces-editor/profile-value-text.js';
import { buildRequirement, readRequirementDraft } from '../src/components/pieces-editor/requirement-draft.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const AUTO_PIECES = ['Permis de conduire', 'Carte grise', 'Relevé d’information', 'Justificatif de domicile', 'RIB'];

async function seeded(locale: 'fr' | 'en' = 'fr'): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage(), locale });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'habitation', label: 'Multirisque habitation' });
  await client.riskTypes.put({ id: 'sante', label: 'Santé' });
  for (const label of AUTO_PIECES) await client.pieces.add('auto', { label });
  await client.pieces.add('habitation', { label: 'Titre de propriété', requirement: 'optional' });
  return client;
}

/** The same client, its catalogue listing replaced (to hold the element in loading or error). */
function withCatalogue(client: DossierClient, list: () => Promise<RiskType[]>): DossierClient {
  return Object.assign(Object.create(client) as DossierClient, { riskTypes: { ...client.riskTypes, list } });
}

async function until(condition: () => unknown, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const root = (el: DossierPiecesEditor) => el.shadowRoot!;
const labels = (el: DossierPiecesEditor) => [...root(el).querySelectorAll('[part~="piece-label"]')].map((n) => n.textContent!.trim());
/** The row of a piece by its label, also while it is being renamed. */
const row = (el: DossierPiecesEditor, label: string): HTMLLIElement => {
  const rows = [...root(el).querySelectorAll<HTMLLIElement>('[part~="piece"]')];
  const found =
    rows.find((li) => li.querySelector('[part~="piece-label"]')?.textContent === label) ??
    rows.find((li) => li.querySelector('.rename label')?.textContent?.includes(`« ${label} »`));
  if (!found) throw new Error(`no row "${label}"`);
  return found;
};
const heading = (el: DossierPiecesEditor) => root(el).querySelector('h2')?.textContent?.trim();
const announcement = (el: DossierPiecesEditor) => root(el).querySelector('[part~="announcer"]')!.textContent!.trim();

/** A button by its visible text or the start of its accessible name. */
function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === name || (b.getAttribute('aria-label') ?? '').startsWith(name),
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function ready(el: DossierPiecesEditor): Promise<DossierPiecesEditor> {
  await until(() => root(el).querySelector('[part~="pieces"], [part~="empty"], [part~="error"]'), 'the editor to load');
  await el.updateComplete;
  return el;
}

async function editor(client: DossierClient, riskTypeId?: string): Promise<DossierPiecesEditor> {
  const el = await fixture<DossierPiecesEditor>(
    riskTypeId
      ? html`<dossier-pieces-editor .client=${client} risk-type-id=${riskTypeId}></dossier-pieces-editor>`
      : html`<dossier-pieces-editor .client=${client}></dossier-pieces-editor>`,
  );
  return ready(el);
}

function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function openOptions(el: DossierPiecesEditor, label: string): Promise<HTMLElement> {
  button(row(el, label), 'Options').click();
  await el.updateComplete;
  return row(el, label).querySelector<HTMLElement>('[part~="options"]')!;
}

const fieldIn = (scope: ParentNode, labelText: string): HTMLInputElement & HTMLSelectElement => {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim() === labelText);
  if (!label) throw new Error(`no field labelled "${labelText}"`);
  return (label.htmlFor ? scope.querySelector(`#${label.htmlFor}`) : label.querySelector('input')) as HTMLInputElement & HTMLSelectElement;
};

describe('dossier-pieces-editor', () => {
  it('lists the catalogue, selects the first type and shows its pieces in order with their requirement', async () => {
    const client = await seeded();
    await client.pieces.update((await client.pieces.list('auto'))[4]!.id, {
      requirement: 'optional',
      accept: ['application/pdf'],
      maxBytes: 2 * 1024 * 1024,
      validityDays: 90,
    });
    const el = await editor(client);
    const types = [...root(el).querySelectorAll('[part~="risk-type"]')].map((b) => b.textContent!.trim());
    expect(types).to.deep.equal(['Automobile', 'Multirisque habitation', 'Santé']);
    expect(el.getAttribute('risk-type-id')).to.equal('auto');
    expect(root(el).querySelector('[part~="risk-type-selected"]')!.getAttribute('aria-current')).to.equal('true');
    expect(heading(el)).to.equal('Pièces attendues — Automobile');
    expect(labels(el)).to.deep.equal(AUTO_PIECES);
    const summaries = [...root(el).querySelectorAll('[part~="piece-requirement"]')].map((n) => n.textContent!.trim());
    expect(summaries[0]).to.equal('Obligatoire · tous types');
    expect(summaries[4]).to.equal('Facultative · PDF · 2\u00a0Mo max. · valable 90 jours');
    await expect(el).to.be.accessible();
  });

  it('edits the "Relances automatiques" of a risk type with the keyboard, refuses a bad policy at the form, and goes back to the cabinet’s', async () => {
    const client = await seeded();
    await client.reminderPolicies.put(null, {
      enabled: true,
      steps: [2, 5],
      maxReminders: 2,
      window: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:00', timeZone: 'Europe/Paris' },
      escalation: null,
    });
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client}></dossier-pieces-editor>`);
    const part = (name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
    await until(() => part('reminder-policy-source'), 'the policy');
    expect(part('reminder-policy-heading')!.textContent).to.equal('Relances automatiques');
    expect(part('reminder-policy-source')!.textContent).to.equal('Politique du cabinet (aucune propre à ce type).');
    const steps = root(el).querySelector<HTMLInputElement>('#reminder-steps')!;
    expect(steps.value).to.equal('2, 5');
    expect(root(el).querySelector('label[for="reminder-steps"]')!.textContent).to.equal('Jours après la première demande');

    // Typed like a person: select the field's text, type over it, then Tab to the save button and press Enter.
    steps.focus();
    steps.select();
    await sendKeys({ type: '3, 7, 14' });
    const max = root(el).querySelector<HTMLInputElement>('#reminder-max')!;
    max.focus();
    max.select();
    await sendKeys({ type: '3' });
    const saturday = [...root(el).querySelectorAll<HTMLLabelElement>('.days label')]
      .find((l) => l.textContent!.trim() === 'Samedi')!
      .querySelector('input')!;
    saturday.focus();
    await sendKeys({ press: 'Space' });
    const save = part('reminder-policy-save') as HTMLButtonElement;
    save.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part('reminder-policy-source')?.textContent === 'Politique propre à ce type de contrat.', 'saved');
    const stored = await client.reminderPolicies.get('auto');
    expect(stored.source).to.equal('riskType');
    expect(stored.policy.steps).to.deep.equal([3, 7, 14]);
    expect(stored.policy.maxReminders).to.equal(3);
    expect(stored.policy.window.days).to.deep.equal([1, 2, 3, 4, 5, 6]);
    await expect(el).to.be.accessible();

    // Steps that go backwards: core's refusal at the form, nothing stored.
    const stepsAgain = root(el).querySelector<HTMLInputElement>('#reminder-steps')!;
    expect(stepsAgain).to.equal(steps);
    stepsAgain.focus();
    stepsAgain.select();
    await sendKeys({ type: '7, 3' });
    (part('reminder-policy-save') as HTMLButtonElement).click();
    await until(() => part('field-error'), 'the refusal');
    expect(part('field-error')!.getAttribute('role')).to.equal('alert');
    expect((await client.reminderPolicies.get('auto')).policy.steps).to.deep.equal([3, 7, 14]);

    // Back to the cabinet's.
    (part('reminder-policy-reset') as HTMLButtonElement).click();
    await until(() => part('reminder-policy-source')?.textContent === 'Politique du cabinet (aucune propre à ce type).', 'reset');
    expect((await client.reminderPolicies.get('auto')).source).to.equal('cabinet');
    expect(root(el).querySelector<HTMLInputElement>('#reminder-steps')!.value).to.equal('2, 5');
  });

  it('selects a risk type by click, fires dossier-risk-type-select and reflects it', async () => {
    const client = await seeded();
    const el = await editor(client);
    setTimeout(() => button(root(el), 'Santé').click());
    const event = await oneEvent(el, 'dossier-risk-type-select');
    expect(event.detail).to.deep.equal({ riskTypeId: 'sante' });
    expect(event.bubbles && event.composed).to.equal(true);
    await ready(el);
    expect(el.riskTypeId).to.equal('sante');
    expect(el.getAttribute('risk-type-id')).to.equal('sante');
    expect(heading(el)).to.equal('Pièces attendues — Santé');
    expect(root(el).querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('Aucune pièce attendue pour ce type de contrat');
    await expect(el).to.be.accessible();
  });

  it('selects a risk type with the keyboard: arrows move, Enter and Space select', async () => {
    const client = await seeded();
    const el = await editor(client);
    const events: string[] = [];
    el.addEventListener('dossier-risk-type-select', (e) => events.push(e.detail.riskTypeId));
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="risk-type"]')];
    expect(buttons().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(buttons()[1]);
    expect(buttons().map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect(el.riskTypeId).to.equal('auto');
    await sendKeys({ press: 'Enter' });
    await until(() => heading(el) === 'Pièces attendues — Multirisque habitation', 'habitation');
    await ready(el);
    expect(labels(el)).to.deep.equal(['Titre de propriété']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await until(() => el.riskTypeId === 'sante', 'santé');
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    expect(events).to.deep.equal(['habitation', 'sante']);
  });

  it('selects the risk type given by the risk-type-id attribute', async () => {
    const client = await seeded();
    const el = await editor(client, 'habitation');
    expect(heading(el)).to.equal('Pièces attendues — Multirisque habitation');
    expect(labels(el)).to.deep.equal(['Titre de propriété']);
    expect(root(el).querySelector('[part~="piece-requirement"]')!.textContent).to.contain('Facultative');
    el.setAttribute('risk-type-id', 'auto');
    await until(() => labels(el).length === 5, 'auto pieces');
  });

  it('adds a piece by typing and Enter, firing the request before and the result after', async () => {
    const client = await seeded();
    const el = await editor(client);
    const fired: string[] = [];
    el.addEventListener('dossier-piece-add-request', (e) => {
      fired.push('request');
      expect(e.cancelable).to.equal(true);
      expect(e.detail).to.deep.equal({ riskTypeId: 'auto', input: { label: 'Attestation employeur' } });
    });
    el.addEventListener('dossier-piece-added', (e) => fired.push(`added:${e.detail.piece.label}:${e.detail.piece.riskTypeId}`));
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    const field = root(el).querySelector<HTMLInputElement>('#new-piece')!;
    expect(root(el).activeElement).to.equal(field);
    expect(root(el).querySelector('label[for="new-piece"]')!.textContent).to.equal('Nouvelle pièce');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Attestation employeur' });
    await sendKeys({ press: 'Enter' });
    await until(() => labels(el).includes('Attestation employeur'), 'the new piece');
    expect(fired).to.deep.equal(['request', 'added:Attestation employeur:auto']);
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal([...AUTO_PIECES, 'Attestation employeur']);
    expect(announcement(el)).to.equal('« Attestation employeur » ajoutée');
    // The field stays open, empty and focused for the next piece.
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#new-piece')!.value).to.equal('');
    expect(root(el).activeElement).to.equal(root(el).querySelector('#new-piece'));
  });

  it('adds a piece with the "Ajouter" button', async () => {
    const client = await seeded();
    const el = await editor(client, 'sante');
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    typeInto(root(el).querySelector<HTMLInputElement>('#new-piece')!, 'Carte Vitale');
    setTimeout(() => button(root(el).querySelector('[part~="add-form"]')!, 'Ajouter').click());
    const added = await oneEvent(el, 'dossier-piece-added');
    expect(added.detail.piece.label).to.equal('Carte Vitale');
    await until(() => labels(el).includes('Carte Vitale'), 'Carte Vitale listed');
    expect(root(el).querySelector('[part~="empty"]')).to.equal(null);
  });

  it('refuses an empty name with core’s localized message at the field', async () => {
    const client = await seeded();
    const el = await editor(client);
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    const field = root(el).querySelector<HTMLInputElement>('#new-piece')!;
    typeInto(field, '   ');
    button(root(el).querySelector('[part~="add-form"]')!, 'Ajouter').click();
    await until(() => root(el).querySelector('#new-piece-error'), 'the error');
    const error = root(el).querySelector('#new-piece-error')!;
    expect(error.textContent).to.contain('Saisie invalide');
    expect(error.textContent).to.contain('ne doit pas être vide');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('new-piece-error');
    expect(root(el).activeElement).to.equal(field);
    expect((await client.pieces.list('auto')).length).to.equal(5);
    await expect(el).to.be.accessible();
    // Typing again clears the error.
    typeInto(field, 'A');
    await el.updateComplete;
    expect(root(el).querySelector('#new-piece-error')).to.equal(null);
  });

  it('cancels adding with Escape and gives the focus back to "Ajouter une pièce"', async () => {
    const client = await seeded();
    const el = await editor(client);
    let requested = false;
    el.addEventListener('dossier-piece-add-request', () => (requested = true));
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    await sendKeys({ type: 'Brouillon' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('#new-piece')).to.equal(null);
    expect(root(el).activeElement).to.equal(button(root(el), 'Ajouter une pièce'));
    expect(requested).to.equal(false);
    expect((await client.pieces.list('auto')).length).to.equal(5);
    // Reopened, the field is empty.
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#new-piece')!.value).to.equal('');
    button(root(el).querySelector('[part~="add-form"]')!, 'Annuler').click();
    await el.updateComplete;
    expect(root(el).querySelector('#new-piece')).to.equal(null);
  });

  it('renames inline: Enter saves, Escape cancels', async () => {
    const client = await seeded();
    const el = await editor(client);
    const carte = (await client.pieces.list('auto'))[1]!;
    button(row(el, 'Carte grise'), 'Renommer').click();
    await el.updateComplete;
    let field = row(el, 'Carte grise').querySelector<HTMLInputElement>('input[data-rename]')!;
    expect(root(el).activeElement).to.equal(field);
    expect(field.value).to.equal('Carte grise');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Brouillon' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(labels(el)[1]).to.equal('Carte grise');
    expect(root(el).activeElement).to.equal(button(row(el, 'Carte grise'), 'Renommer'));

    button(row(el, 'Carte grise'), 'Renommer').click();
    await el.updateComplete;
    field = row(el, 'Carte grise').querySelector<HTMLInputElement>('input[data-rename]')!;
    typeInto(field, 'Certificat d’immatriculation');
    setTimeout(() => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true })));
    const updated = await oneEvent(el, 'dossier-piece-updated');
    expect(updated.detail.piece.label).to.equal('Certificat d’immatriculation');
    await el.updateComplete;
    expect(labels(el)[1]).to.equal('Certificat d’immatriculation');
    expect((await client.pieces.get(carte.id)).label).to.equal('Certificat d’immatriculation');
    expect(announcement(el)).to.equal('« Carte grise » renommée en « Certificat d’immatriculation »');
    expect(root(el).activeElement).to.equal(button(row(el, 'Certificat d’immatriculation'), 'Renommer'));
  });

  it('refuses an empty new name at the field', async () => {
    const client = await seeded();
    const el = await editor(client);
    button(row(el, 'RIB'), 'Renommer').click();
    await el.updateComplete;
    const field = row(el, 'RIB').querySelector<HTMLInputElement>('input[data-rename]')!;
    typeInto(field, '');
    button(row(el, 'RIB'), 'Enregistrer').click();
    await until(() => row(el, 'RIB').querySelector('[part~="field-error"]'), 'the rename error');
    expect(row(el, 'RIB').querySelector('[part~="field-error"]')!.textContent).to.contain('ne doit pas être vide');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect((await client.pieces.list('auto'))[4]!.label).to.equal('RIB');
  });

  it('reorders with Alt+ArrowDown on a focused row, announces it and keeps the focus on the row', async () => {
    const client = await seeded();
    const el = await editor(client);
    const events: string[][] = [];
    el.addEventListener('dossier-pieces-reordered', (e) => events.push(e.detail.pieces.map((p) => p.label)));
    row(el, 'Permis de conduire').focus();
    await sendKeys({ press: 'Alt+ArrowDown' });
    await until(() => labels(el)[1] === 'Permis de conduire', 'the move');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Carte grise', 'Permis de conduire', ...AUTO_PIECES.slice(2)]);
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal(labels(el));
    expect(announcement(el)).to.equal('Permis de conduire déplacée en position 2 sur 5');
    expect(root(el).activeElement).to.equal(row(el, 'Permis de conduire'));
    expect(events).to.deep.equal([labels(el)]);
    await sendKeys({ press: 'Alt+ArrowUp' });
    await until(() => labels(el)[0] === 'Permis de conduire', 'the move back');
    await el.updateComplete;
    expect(announcement(el)).to.equal('Permis de conduire déplacée en position 1 sur 5');
    expect(root(el).activeElement).to.equal(row(el, 'Permis de conduire'));
    // At the top, another Alt+ArrowUp changes nothing.
    await sendKeys({ press: 'Alt+ArrowUp' });
    await new Promise((r) => setTimeout(r, 30));
    expect(labels(el)).to.deep.equal(AUTO_PIECES);
    // Plain arrows walk between rows.
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(row(el, 'Carte grise'));
  });

  it('reorders with the "Monter" and "Descendre" buttons, keeping the focus on the button', async () => {
    const client = await seeded();
    const el = await editor(client);
    const up = button(row(el, 'RIB'), 'Monter');
    up.click();
    await until(() => labels(el)[3] === 'RIB', 'RIB up');
    await el.updateComplete;
    expect(announcement(el)).to.equal('RIB déplacée en position 4 sur 5');
    expect(root(el).activeElement).to.equal(button(row(el, 'RIB'), 'Monter'));
    button(row(el, 'RIB'), 'Descendre').click();
    await until(() => labels(el)[4] === 'RIB', 'RIB down');
    await el.updateComplete;
    // "Descendre" is now disabled at the bottom: the row keeps the focus.
    expect(button(row(el, 'RIB'), 'Descendre').disabled).to.equal(true);
    expect(root(el).activeElement).to.equal(row(el, 'RIB'));
    expect(button(row(el, 'Permis de conduire'), 'Monter').disabled).to.equal(true);
  });

  it('reorders by drag and drop, with a drop indicator', async () => {
    const client = await seeded();
    const el = await editor(client);
    const source = row(el, 'Permis de conduire');
    const target = row(el, 'Relevé d’information');
    const dt = new DataTransfer();
    source.dispatchEvent(new DragEvent('dragstart', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(source.classList.contains('dragging')).to.equal(true);
    const rect = target.getBoundingClientRect();
    const over = new DragEvent('dragover', {
      dataTransfer: dt,
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: rect.left + 10,
      clientY: rect.bottom - 2,
    });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(target.getAttribute('data-drop')).to.equal('after');
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true, clientY: rect.top + 2 }),
    );
    await el.updateComplete;
    expect(target.getAttribute('data-drop')).to.equal('before');
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true, clientY: rect.bottom - 2 }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true, clientY: rect.bottom - 2 }),
    );
    source.dispatchEvent(new DragEvent('dragend', { dataTransfer: dt, bubbles: true, composed: true }));
    await until(() => labels(el)[2] === 'Permis de conduire', 'the drop');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Carte grise', 'Relevé d’information', 'Permis de conduire', 'Justificatif de domicile', 'RIB']);
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal(labels(el));
    expect(announcement(el)).to.equal('Permis de conduire déplacée en position 3 sur 5');
    expect(root(el).querySelector('[data-drop]')).to.equal(null);
  });

  it('ignores files dragged over the rows', async () => {
    const client = await seeded();
    const el = await editor(client);
    const dt = new DataTransfer();
    dt.items.add(new File(['%PDF-1.4'], 'x.pdf', { type: 'application/pdf' }));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
    row(el, 'RIB').dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(false);
    row(el, 'RIB').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 30));
    expect(labels(el)).to.deep.equal(AUTO_PIECES);
  });

  it('removes a piece after an inline confirmation, and cancels', async () => {
    const client = await seeded();
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const carte = (await client.pieces.list('auto'))[1]!;
    const document = await client.documents.add('P-1', { blob: samplePdf('carte'), name: 'carte.pdf' }, { pieceId: carte.id });
    const el = await editor(client);
    button(row(el, 'Carte grise'), 'Supprimer').click();
    await el.updateComplete;
    const confirm = row(el, 'Carte grise').querySelector('[part~="confirm"]')!;
    expect(confirm.textContent).to.contain(
      'Supprimer « Carte grise » ? Les documents déjà classés resteront dans les dossiers, non classés.',
    );
    expect(root(el).activeElement).to.equal(button(confirm, 'Annuler'));
    await expect(el).to.be.accessible();
    button(confirm, 'Annuler').click();
    await el.updateComplete;
    expect(row(el, 'Carte grise').querySelector('[part~="confirm"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(button(row(el, 'Carte grise'), 'Supprimer'));

    // Escape cancels too.
    button(row(el, 'Carte grise'), 'Supprimer').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(row(el, 'Carte grise').querySelector('[part~="confirm"]')).to.equal(null);

    const fired: string[] = [];
    el.addEventListener('dossier-piece-remove-request', (e) => fired.push(`request:${e.detail.piece.id}:${e.cancelable}`));
    el.addEventListener('dossier-piece-removed', (e) => fired.push(`removed:${e.detail.piece.id}`));
    button(row(el, 'Carte grise'), 'Supprimer').click();
    await el.updateComplete;
    button(row(el, 'Carte grise').querySelector('[part~="confirm"]')!, 'Confirmer').click();
    await until(() => !labels(el).includes('Carte grise'), 'the removal');
    await el.updateComplete;
    expect(fired).to.deep.equal([`request:${carte.id}:true`, `removed:${carte.id}`]);
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal(AUTO_PIECES.filter((l) => l !== 'Carte grise'));
    expect((await client.documents.get(document.id)).pieceId).to.equal(null);
    expect(announcement(el)).to.equal('« Carte grise » supprimée');
    expect(root(el).activeElement).to.equal(row(el, 'Relevé d’information'));
  });

  it('names profile attributes with the host’s labels in rule summaries and suggestions', async () => {
    const client = await seeded();
    await client.pieces.add('auto', { label: 'Offre de prêt', requirement: { mandatoryWhen: { attr: 'montantPret', gt: 200000 } } });
    const el = await editor(client);
    el.profileAttributes = [{ attr: 'montantPret', values: [], label: { fr: 'montant du prêt', en: 'loan amount' } }];
    await el.updateComplete;
    expect(row(el, 'Offre de prêt').querySelector('[part~="piece-requirement"]')!.textContent)
      .to.contain(`Obligatoire si montant du prêt est supérieur à ${new Intl.NumberFormat('fr').format(200000)}`)
      .and.not.contain('200000');
    const options = await openOptions(el, 'Offre de prêt');
    // The stored rule's attribute is shown by its name, never by its key.
    expect(fieldIn(options, 'Attribut du client').value).to.equal('montant du prêt');
    expect(
      [...options.querySelectorAll('[role="option"]')].map((o) => [
        o.getAttribute('data-attr'),
        o.querySelector('.attribute-name')!.textContent,
      ]),
    ).to.deep.equal([['montantPret', 'montant du prêt']]);
  });

  for (const [locale, name, optionsLabel, profileLabel, attributeLabel, conditionLabel, valueLabel, save] of [
    ['fr', 'montant du prêt', 'Options', 'Selon le profil du client', 'Attribut du client', 'Condition', 'Valeur', 'Enregistrer'],
    ['en', 'loan amount', 'Options', 'Depends on the client profile', 'Client attribute', 'Condition', 'Value', 'Save'],
  ] as const) {
    it(`picks a rule attribute with the keyboard by its name and stores its key (${locale})`, async () => {
      const client = await seeded(locale);
      const el = await ready(
        await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client} locale=${locale}></dossier-pieces-editor>`),
      );
      el.profileAttributes = [
        { attr: 'age', values: [], label: { fr: 'âge', en: 'age' } },
        { attr: 'montantPret', values: [], label: { fr: 'montant du prêt', en: 'loan amount' } },
        { attr: 'montantApport', values: [], label: { fr: 'montant de l’apport', en: 'down payment' } },
      ];
      await el.updateComplete;
      const permis = (await client.pieces.list('auto'))[0]!;
      button(row(el, 'Permis de conduire'), optionsLabel).click();
      await el.updateComplete;
      const options = row(el, 'Permis de conduire').querySelector<HTMLElement>('[part~="options"]')!;
      fieldIn(options, profileLabel).click();
      await el.updateComplete;
      const attr = fieldIn(options, attributeLabel);
      expect(attr.getAttribute('role')).to.equal('combobox');
      attr.focus();
      await sendKeys({ type: name.slice(0, 4) });
      await el.updateComplete;
      const listbox = options.querySelector<HTMLElement>(`#${attr.getAttribute('aria-controls')}`)!;
      expect(attr.getAttribute('aria-expanded')).to.equal('true');
      expect(listbox.hidden).to.equal(false);
      const shown = [...listbox.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.attribute-name')!.textContent);
      expect(shown).to.include(name).and.not.include('montantPret');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const activeId = attr.getAttribute('aria-activedescendant')!;
      const active = options.querySelector(`#${activeId}`)!;
      expect(active.getAttribute('aria-selected')).to.equal('true');
      // The first option matching the typed letters may be another; walk to the loan amount.
      for (
        let i = 0;
        i < 3 && options.querySelector(`#${attr.getAttribute('aria-activedescendant')}`)!.getAttribute('data-attr') !== 'montantPret';
        i += 1
      ) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      }
      expect(options.querySelector(`#${attr.getAttribute('aria-activedescendant')}`)!.getAttribute('data-attr')).to.equal('montantPret');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(attr.value).to.equal(name);
      expect(attr.getAttribute('aria-expanded')).to.equal('false');
      expect(listbox.hidden).to.equal(true);
      expect(options.contains(document.activeElement) || root(el).activeElement === attr).to.equal(true);
      choose(fieldIn(options, conditionLabel), 'gt');
      await el.updateComplete;
      typeInto(fieldIn(options, valueLabel), '200000');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      setTimeout(() => button(options, save).click());
      await oneEvent(el, 'dossier-piece-updated');
      expect((await client.pieces.get(permis.id)).requirement).to.deep.equal({ mandatoryWhen: { attr: 'montantPret', gt: 200000 } });
      await el.updateComplete;
      // Reopened, the field shows the name again, and Escape closes the list without closing the panel.
      button(row(el, 'Permis de conduire'), optionsLabel).click();
      await el.updateComplete;
      const reopened = row(el, 'Permis de conduire').querySelector<HTMLElement>('[part~="options"]')!;
      const field = fieldIn(reopened, attributeLabel);
      expect(field.value).to.equal(name);
      field.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field.getAttribute('aria-expanded')).to.equal('true');
      expect(reopened.querySelectorAll('[role="option"]').length).to.equal(3);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      expect(row(el, 'Permis de conduire').querySelector('[part~="options"]')).to.not.equal(null);
    });
  }

  it('sets a profile rule "Facultative si type est égal à professionnel"', async () => {
    const client = await seeded();
    const el = await editor(client);
    const permis = (await client.pieces.list('auto'))[0]!;
    const options = await openOptions(el, 'Permis de conduire');
    expect(button(row(el, 'Permis de conduire'), 'Options').getAttribute('aria-expanded')).to.equal('true');
    expect(fieldIn(options, 'Obligatoire').checked).to.equal(true);
    fieldIn(options, 'Selon le profil du client').click();
    await el.updateComplete;
    choose(fieldIn(options, 'La pièce est'), 'optionalWhen');
    typeInto(fieldIn(options, 'Attribut du client'), 'type');
    await el.updateComplete;
    const attr = fieldIn(options, 'Attribut du client');
    expect(attr.value).to.equal('type');
    attr.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    typeInto(attr, '');
    await el.updateComplete;
    expect([...options.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-attr'))).to.include.members([
      'type',
      'age',
      'jeuneConducteur',
      'formeJuridique',
    ]);
    typeInto(attr, 'type');
    await el.updateComplete;
    choose(fieldIn(options, 'Condition'), 'eq');
    await el.updateComplete;
    const value = fieldIn(options, 'Valeur');
    expect([...options.querySelector<HTMLDataListElement>(`#${value.getAttribute('list')}`)!.options].map((o) => o.value)).to.deep.equal([
      'particulier',
      'professionnel',
    ]);
    typeInto(value, 'professionnel');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const update = spyUpdates(client);
    setTimeout(() => button(options, 'Enregistrer').click());
    await oneEvent(el, 'dossier-piece-updated');
    expect((await client.pieces.get(permis.id)).requirement).to.deep.equal({ optionalWhen: { attr: 'type', eq: 'professionnel' } });
    expect(update.patches).to.deep.equal([{ requirement: { optionalWhen: { attr: 'type', eq: 'professionnel' } } }]);
    await el.updateComplete;
    expect(row(el, 'Permis de conduire').querySelector('[part~="options"]')).to.equal(null);
    expect(row(el, 'Permis de conduire').querySelector('[part~="piece-requirement"]')!.textContent).to.contain(
      'Facultative si type de client est égal à professionnel',
    );
    expect(announcement(el)).to.equal('Options de « Permis de conduire » enregistrées');
    expect(root(el).activeElement).to.equal(button(row(el, 'Permis de conduire'), 'Options'));
  });

  it('builds numbers, lists and "est renseigné" rules, and shows core’s error for a bad number', async () => {
    const client = await seeded();
    const el = await editor(client);
    const [permis, carte, releve] = await client.pieces.list('auto');
    let options = await openOptions(el, 'Permis de conduire');
    fieldIn(options, 'Selon le profil du client').click();
    await el.updateComplete;
    typeInto(fieldIn(options, 'Attribut du client'), 'age');
    choose(fieldIn(options, 'Condition'), 'lt');
    await el.updateComplete;
    typeInto(fieldIn(options, 'Valeur'), 'vingt');
    await el.updateComplete;
    button(options, 'Enregistrer').click();
    await until(() => options.querySelector('[role="alert"]'), 'the rule error');
    expect(options.querySelector('[role="alert"]')!.textContent).to.contain('Saisie invalide (requirement)');
    expect((await client.pieces.get(permis!.id)).requirement).to.equal('mandatory');
    typeInto(fieldIn(options, 'Valeur'), '25');
    await el.updateComplete;
    button(options, 'Enregistrer').click();
    await until(() => !row(el, 'Permis de conduire').querySelector('[part~="options"]'), 'saved');
    expect((await client.pieces.get(permis!.id)).requirement).to.deep.equal({ mandatoryWhen: { attr: 'age', lt: 25 } });

    options = await openOptions(el, 'Carte grise');
    fieldIn(options, 'Selon le profil du client').click();
    await el.updateComplete;
    typeInto(fieldIn(options, 'Attribut du client'), 'formeJuridique');
    choose(fieldIn(options, 'Condition'), 'in');
    await el.updateComplete;
    typeInto(fieldIn(options, 'Valeur'), 'SARL, SAS ,"75001", 3');
    await el.updateComplete;
    button(options, 'Enregistrer').click();
    await until(() => !row(el, 'Carte grise').querySelector('[part~="options"]'), 'saved');
    expect((await client.pieces.get(carte!.id)).requirement).to.deep.equal({
      mandatoryWhen: { attr: 'formeJuridique', in: ['SARL', 'SAS', '75001', 3] },
    });

    options = await openOptions(el, 'Relevé d’information');
    fieldIn(options, 'Selon le profil du client').click();
    await el.updateComplete;
    typeInto(fieldIn(options, 'Attribut du client'), 'jeuneConducteur');
    choose(fieldIn(options, 'Condition'), 'exists');
    await el.updateComplete;
    expect(() => fieldIn(options, 'Valeur')).to.throw();
    button(options, 'Enregistrer').click();
    await until(() => !row(el, 'Relevé d’information').querySelector('[part~="options"]'), 'saved');
    expect((await client.pieces.get(releve!.id)).requirement).to.deep.equal({ mandatoryWhen: { attr: 'jeuneConducteur', exists: true } });
    // Reopened, the controls show the stored rule.
    options = await openOptions(el, 'Carte grise');
    expect(fieldIn(options, 'Selon le profil du client').checked).to.equal(true);
    expect(fieldIn(options, 'Attribut du client').value).to.equal('forme juridique');
    expect(fieldIn(options, 'Condition').value).to.equal('in');
    expect(fieldIn(options, 'Valeur').value).to.equal('SARL, SAS, "75001", 3');
  });

  it('saves the accepted kinds, size limit and validity, sending only the changed fields', async () => {
    const client = await seeded();
    const el = await editor(client);
    const rib = (await client.pieces.list('auto'))[4]!;
    const options = await openOptions(el, 'RIB');
    fieldIn(options, 'PDF').click();
    fieldIn(options, 'Images').click();
    typeInto(fieldIn(options, 'Taille maximale (Mo)'), '5');
    typeInto(fieldIn(options, 'Validité (jours)'), '90');
    await el.updateComplete;
    const update = spyUpdates(client);
    button(options, 'Enregistrer').click();
    await until(() => update.patches.length === 1 && !row(el, 'RIB').querySelector('[part~="options"]'), 'the save');
    expect(update.patches[0]).to.deep.equal({ accept: ['application/pdf', 'image/*'], maxBytes: 5 * 1024 * 1024, validityDays: 90 });
    const saved = await client.pieces.get(rib.id);
    expect(saved.accept).to.deep.equal(['application/pdf', 'image/*']);
    expect(saved.maxBytes).to.equal(5 * 1024 * 1024);
    expect(saved.validityDays).to.equal(90);
    expect(saved.requirement).to.equal('mandatory');
    await el.updateComplete;
    expect(row(el, 'RIB').querySelector('[part~="piece-requirement"]')!.textContent!.trim()).to.equal(
      'Obligatoire · PDF, Images · 5\u00a0Mo max. · valable 90 jours',
    );

    // Clearing the size limit sends null; nothing else changes.
    const again = await openOptions(el, 'RIB');
    expect(fieldIn(again, 'PDF').checked).to.equal(true);
    expect(fieldIn(again, 'Taille maximale (Mo)').value).to.equal('5');
    typeInto(fieldIn(again, 'Taille maximale (Mo)'), '');
    await el.updateComplete;
    button(again, 'Enregistrer').click();
    await until(() => update.patches.length === 2, 'the second save');
    expect(update.patches[1]).to.deep.equal({ maxBytes: null });
    await until(async () => (await client.pieces.get(rib.id)).maxBytes === undefined, 'cleared');

    // Nothing changed: no call, "Aucune modification à enregistrer".
    const third = await openOptions(el, 'RIB');
    button(third, 'Enregistrer').click();
    await el.updateComplete;
    expect(update.patches.length).to.equal(2);
    expect(announcement(el)).to.equal('Aucune modification à enregistrer');
  });

  it('shows core’s error for a validity it refuses, and keeps the panel open', async () => {
    const client = await seeded();
    const el = await editor(client);
    const options = await openOptions(el, 'RIB');
    typeInto(fieldIn(options, 'Validité (jours)'), '0');
    await el.updateComplete;
    button(options, 'Enregistrer').click();
    await until(() => options.querySelector('[role="alert"]'), 'the error');
    expect(options.querySelector('[role="alert"]')!.textContent).to.contain('Saisie invalide (validityDays)');
    expect(fieldIn(options, 'Validité (jours)').getAttribute('aria-invalid')).to.equal('true');
    expect((await client.pieces.list('auto'))[4]!.validityDays).to.equal(undefined);
    await expect(el).to.be.accessible();
    button(options, 'Annuler').click();
    await el.updateComplete;
    expect(row(el, 'RIB').querySelector('[part~="options"]')).to.equal(null);
  });

  it('shows an advanced rule read-only as JSON text, keeps it, and can replace it', async () => {
    const client = await seeded();
    const advanced = { mandatoryWhen: { any: [{ attr: 'age', lt: 25 }, { not: { attr: 'permisAnnees', gt: 3 } }] } } as const;
    const permis = (await client.pieces.list('auto'))[0]!;
    await client.pieces.update(permis.id, { requirement: advanced, accept: ['application/pdf', 'image/png'] });
    const el = await editor(client);
    expect(row(el, 'Permis de conduire').querySelector('[part~="piece-requirement"]')!.textContent).to.contain(
      'Selon le profil du client (règle avancée)',
    );
    const options = await openOptions(el, 'Permis de conduire');
    const view = options.querySelector('[part~="advanced-rule"]')!;
    expect(view.textContent).to.contain('Règle avancée');
    expect(JSON.parse(view.querySelector('pre')!.textContent!)).to.deep.equal(advanced);
    expect(options.textContent).to.contain('Autres types conservés : image/png');
    await expect(el).to.be.accessible();
    const update = spyUpdates(client);
    // Ticking Images keeps image/png and the advanced rule untouched.
    fieldIn(options, 'Images').click();
    await el.updateComplete;
    button(options, 'Enregistrer').click();
    await until(() => update.patches.length === 1 && !row(el, 'Permis de conduire').querySelector('[part~="options"]'), 'the save');
    expect(update.patches[0]).to.deep.equal({ accept: ['application/pdf', 'image/*', 'image/png'] });
    expect((await client.pieces.get(permis.id)).requirement).to.deep.equal(advanced);

    const again = await openOptions(el, 'Permis de conduire');
    button(again, 'Remplacer par une règle simple').click();
    await el.updateComplete;
    expect(again.querySelector('[part~="advanced-rule"]')).to.equal(null);
    typeInto(fieldIn(again, 'Attribut du client'), 'age');
    choose(fieldIn(again, 'Condition'), 'gt');
    await el.updateComplete;
    typeInto(fieldIn(again, 'Valeur'), '70');
    await el.updateComplete;
    button(again, 'Enregistrer').click();
    await until(() => update.patches.length === 2 && !row(el, 'Permis de conduire').querySelector('[part~="options"]'), 'the second save');
    expect(update.patches[1]).to.deep.equal({ requirement: { mandatoryWhen: { attr: 'age', gt: 70 } } });
    expect((await client.pieces.get(permis.id)).requirement).to.deep.equal({ mandatoryWhen: { attr: 'age', gt: 70 } });
  });

  it('does nothing when the host cancels dossier-piece-add-request or dossier-piece-remove-request', async () => {
    const client = await seeded();
    const el = await editor(client);
    el.addEventListener('dossier-piece-add-request', (e) => e.preventDefault());
    el.addEventListener('dossier-piece-remove-request', (e) => e.preventDefault());
    let added = false;
    el.addEventListener('dossier-piece-added', () => (added = true));
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    typeInto(root(el).querySelector<HTMLInputElement>('#new-piece')!, 'Refusée');
    button(root(el).querySelector('[part~="add-form"]')!, 'Ajouter').click();
    await new Promise((r) => setTimeout(r, 30));
    expect(added).to.equal(false);
    expect((await client.pieces.list('auto')).length).to.equal(5);

    button(row(el, 'RIB'), 'Supprimer').click();
    await el.updateComplete;
    button(row(el, 'RIB').querySelector('[part~="confirm"]')!, 'Confirmer').click();
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.include('RIB');
    expect(labels(el)).to.include('RIB');
    expect(row(el, 'RIB').querySelector('[part~="confirm"]')).to.equal(null);
  });

  it('lets a dossier-piece-add-request listener complete the input', async () => {
    const client = await seeded();
    const el = await editor(client, 'sante');
    el.addEventListener('dossier-piece-add-request', (e) => {
      (e.detail.input as { accept?: string[] }).accept = ['application/pdf'];
    });
    button(root(el), 'Ajouter une pièce').click();
    await el.updateComplete;
    typeInto(root(el).querySelector<HTMLInputElement>('#new-piece')!, 'Attestation');
    setTimeout(() => button(root(el).querySelector('[part~="add-form"]')!, 'Ajouter').click());
    const { detail } = await oneEvent(el, 'dossier-piece-added');
    expect(detail.piece.accept).to.deep.equal(['application/pdf']);
  });

  it('shows hostile labels as text', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'x', label: HOSTILE });
    await client.pieces.add('x', { label: HOSTILE });
    await client.pieces.add('x', { label: 'Autre' });
    const el = await editor(client);
    expect(root(el).querySelector('[part~="risk-type"]')!.textContent!.trim()).to.equal(HOSTILE);
    expect(heading(el)).to.equal(`Pièces attendues — ${HOSTILE}`);
    expect(labels(el)[0]).to.equal(HOSTILE);
    button(row(el, HOSTILE), 'Supprimer').click();
    await el.updateComplete;
    expect(row(el, HOSTILE).querySelector('[part~="confirm"] p')!.textContent).to.equal(
      `Supprimer « ${HOSTILE} » ? Les documents déjà classés resteront dans les dossiers, non classés.`,
    );
    await openOptions(el, HOSTILE);
    button(row(el, HOSTILE), 'Renommer').click();
    await el.updateComplete;
    row(el, 'Autre').focus();
    await sendKeys({ press: 'Alt+ArrowUp' });
    await until(() => announcement(el).startsWith('Autre'), 'the move');
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    expect(document.querySelectorAll('img')).to.have.length(0);
  });

  it('speaks English with locale="en", errors included', async () => {
    // Core writes an error's reason in the client's locale, so an English UI goes with an English client.
    const client = await seeded('en');
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client} locale="en"></dossier-pieces-editor>`);
    await ready(el);
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Contract types');
    expect(heading(el)).to.equal('Expected documents — Automobile');
    expect(root(el).querySelector('[part~="piece-requirement"]')!.textContent!.trim()).to.equal('Required · any type');
    button(root(el), 'Add a document').click();
    await el.updateComplete;
    expect(root(el).querySelector('label[for="new-piece"]')!.textContent).to.equal('New document');
    button(root(el).querySelector('[part~="add-form"]')!, 'Add').click();
    await until(() => root(el).querySelector('#new-piece-error'), 'the error');
    expect(root(el).querySelector('#new-piece-error')!.textContent).to.contain('Invalid input');
    expect(root(el).querySelector('#new-piece-error')!.textContent).to.contain('must not be empty');
    button(row(el, 'Carte grise'), 'Remove').click();
    await el.updateComplete;
    expect(row(el, 'Carte grise').querySelector('[part~="confirm"] p')!.textContent).to.equal(
      'Remove “Carte grise”? Documents already filed stay in their dossiers, unclassified.',
    );
    row(el, 'RIB').focus();
    await sendKeys({ press: 'Alt+ArrowUp' });
    await until(() => announcement(el) === 'RIB moved to position 4 of 5', 'the English announcement');
    const options = await openOptions(el, 'RIB');
    expect(fieldIn(options, 'Depends on the client profile')).to.exist;
    expect(fieldIn(options, 'Size limit (MB)')).to.exist;
    await expect(el).to.be.accessible();
    // Switching locale live.
    el.locale = 'fr';
    await el.updateComplete;
    expect(heading(el)).to.equal('Pièces attendues — Automobile');
  });

  it('updates live when the pieces of the selected type change elsewhere', async () => {
    const client = await seeded();
    const el = await editor(client);
    await client.pieces.add('auto', { label: 'Constat amiable' });
    await until(() => labels(el).includes('Constat amiable'), 'the new piece');
    const [permis] = await client.pieces.list('auto');
    await client.pieces.update(permis!.id, { label: 'Permis B' });
    await until(() => labels(el)[0] === 'Permis B', 'the rename');
    await client.riskTypes.put({ id: 'auto', label: 'Auto' });
    await until(() => heading(el) === 'Pièces attendues — Auto', 'the risk type label');
    await client.riskTypes.put({ id: 'moto', label: 'Moto' });
    await until(() => root(el).querySelectorAll('[part~="risk-type"]').length === 4, 'the new risk type');
  });

  it('shows the empty catalogue', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    const el = await editor(client);
    expect(root(el).querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('Aucun type de contrat dans le catalogue');
    expect(root(el).querySelector('[part~="pieces-panel"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await until(() => heading(el) === 'Pièces attendues — Automobile', 'the first type');
  });

  it('shows a loading state', async () => {
    const client = withCatalogue(await seeded(), () => new Promise(() => undefined));
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client}></dossier-pieces-editor>`);
    await el.updateComplete;
    const status = root(el).querySelector('[aria-busy="true"]')!;
    expect(status.textContent).to.equal('Chargement…');
    await expect(el).to.be.accessible();
  });

  it('shows an error state with the localized message and retries', async () => {
    const real = await seeded();
    let fail = true;
    const client = withCatalogue(real, () =>
      fail ? Promise.reject(new DossierError('storage-unavailable', { reason: 'disque plein' })) : real.riskTypes.list(),
    );
    const el = await editor(client);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Stockage indisponible (disque plein)');
    await expect(el).to.be.accessible();
    fail = false;
    button(error, 'Réessayer').click();
    await until(() => labels(el).length === 5, 'the retry');
  });

  it('shows the error of a risk type that does not exist', async () => {
    const client = await seeded();
    const el = await editor(client, 'inconnu');
    expect(root(el).querySelector('[part~="pieces-panel"] [part~="error"]')!.textContent).to.contain('Introuvable');
    await expect(el).to.be.accessible();
  });

  it('says when it has no client', async () => {
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor></dossier-pieces-editor>`);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
  });
});

describe('dossier-pieces-editor helpers', () => {
  it('reads typed profile values: numbers, booleans, null, quoted text', () => {
    expect(parseProfileValue(' professionnel ')).to.equal('professionnel');
    expect(parseProfileValue('25')).to.equal(25);
    expect(parseProfileValue('-1.5')).to.equal(-1.5);
    expect(parseProfileValue('true')).to.equal(true);
    expect(parseProfileValue('null')).to.equal(null);
    expect(parseProfileValue('"75001"')).to.equal('75001');
    expect(parseProfileValue('"a\\"b"')).to.equal('a"b');
    for (const value of ['75001', 'true', 'x', '"quoted"', ' spaced', 42, false, null]) {
      expect(parseProfileValue(formatProfileValue(value))).to.equal(value);
    }
  });

  it('reads only the rules the simple controls express exactly', () => {
    const simple = [
      'mandatory',
      'optional',
      { optionalWhen: { attr: 'type', eq: 'professionnel' } },
      { mandatoryWhen: { attr: 'age', lt: 25 } },
      { mandatoryWhen: { attr: 'age', gt: 70 } },
      { mandatoryWhen: { attr: 'formeJuridique', in: ['SARL', 'SAS', '3', 3] } },
      { mandatoryWhen: { attr: 'jeuneConducteur', exists: true } },
      { mandatoryWhen: { attr: 'jeuneConducteur', eq: true } },
    ] as const;
    for (const requirement of simple) {
      const draft = readRequirementDraft(requirement);
      expect(draft, JSON.stringify(requirement)).to.not.equal(undefined);
      expect(buildRequirement(draft!)).to.deep.equal(requirement);
    }
    const advanced = [
      { mandatoryWhen: { all: [{ attr: 'a', eq: 1 }] } },
      { optionalWhen: { not: { attr: 'a', eq: 1 } } },
      { mandatoryWhen: { attr: 'a', exists: false } },
      { mandatoryWhen: { attr: 'a', in: ['x,y'] } },
      { mandatoryWhen: { attr: ' a', eq: 'x' } },
    ] as const;
    for (const requirement of advanced) expect(readRequirementDraft(requirement), JSON.stringify(requirement)).to.equal(undefined);
  });

  it('keeps accept entries no checkbox stands for', () => {
    const selection = readAcceptSelection(['image/png', 'application/pdf', '.pdf']);
    expect(selection).to.deep.equal({ kinds: ['pdf'], others: ['image/png', '.pdf'] });
    expect(buildAcceptList({ kinds: ['images', 'pdf'], others: selection.others })).to.deep.equal([
      'application/pdf',
      'image/*',
      'image/png',
      '.pdf',
    ]);
  });

  it('patches only what changed, passing refused numbers on to core', () => {
    const piece = {
      id: 'p',
      riskTypeId: 'r',
      label: 'P',
      requirement: 'mandatory',
      accept: ['image/*', 'application/pdf'],
      maxBytes: 3 * 1024 * 1024,
      order: 0,
      revision: 1,
    } as const;
    const draft = readPieceOptions(piece);
    expect(pieceOptionsPatch(piece, draft)).to.deep.equal({});
    expect(pieceOptionsPatch(piece, { ...draft, maxMegabytes: '2,5' })).to.deep.equal({ maxBytes: 2.5 * 1024 * 1024 });
    expect(pieceOptionsPatch(piece, { ...draft, maxMegabytes: '' })).to.deep.equal({ maxBytes: null });
    expect(Number.isNaN(pieceOptionsPatch(piece, { ...draft, validityDays: 'NaN' }).validityDays)).to.equal(true);
    expect(pieceOptionsPatch(piece, { ...draft, kinds: [] })).to.deep.equal({ accept: [] });
  });
});

/** Records the patches given to `client.pieces.update` from now on. */
function spyUpdates(client: DossierClient): { patches: ExpectedPiecePatch[] } {
  const record = { patches: [] as ExpectedPiecePatch[] };
  const pieces = client.pieces as { update: DossierClient['pieces']['update'] };
  const original = pieces.update;
  pieces.update = (id, patch) => {
    record.patches.push(JSON.parse(JSON.stringify(patch)) as ExpectedPiecePatch);
    return original(id, patch);
  };
  return record;
}
