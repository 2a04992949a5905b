import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@dossier/elements/define';
import { createCallbackTransport, createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { deepActiveElement } from '../support/deep-elements.js';
import { describeFocus, press, pressUntil } from '../support/keyboard.js';
import { settleElements } from '../support/settle-elements.js';
import { waitUntil } from '../support/wait-until.js';

const VIEWPORT = { width: 1280, height: 800 };

/** A risk type with many pieces, so that the badge's checklist is taller than the window. */
async function longChecklistClient(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'sante', label: 'Santé collective' });
  for (let i = 1; i <= 14; i += 1) await client.pieces.add('sante', { label: `Pièce justificative numéro ${i} du dossier santé` });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'sante', client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return client;
}

const inside = (box: DOMRect, outer: { top: number; left: number; bottom: number; right: number }) =>
  box.top >= outer.top - 0.5 && box.left >= outer.left - 0.5 && box.bottom <= outer.bottom + 0.5 && box.right <= outer.right + 0.5;

const windowBox = () => ({ top: 0, left: 0, bottom: window.innerHeight, right: document.documentElement.clientWidth });

const inShadowOf = (tag: string) => (element: Element | null) => {
  for (let node: Node | null = element; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
    if ((node as Element).localName === tag) return true;
    if (!(node.getRootNode() instanceof ShadowRoot)) return false;
  }
  return false;
};

// Issue 10, defect 5, tried keyboard-only: every step below presses real keys.
describe('keyboard and focus (built packages)', () => {
  before(() => setViewport(VIEWPORT));
  // `define` registers the indexer, audit and tracker from chunks loaded right after it.
  before(() => Promise.all(['dossier-indexer', 'dossier-audit', 'dossier-tracker'].map((tag) => customElements.whenDefined(tag))));

  describe('the badge popover at 1280×800', () => {
    const positions = [
      { name: 'mid-page, like a pipeline card', top: 500, left: 300 },
      { name: 'near the bottom edge', top: 760, left: 40 },
      { name: 'near the top right corner', top: 8, left: 1230 },
    ];
    for (const position of positions) {
      it(`stays inside the window and every control in it can be reached (${position.name})`, async () => {
        const client = await longChecklistClient();
        const page = await fixture<HTMLElement>(html`<div>
          <button id="before">Avant</button>
          <dossier-badge .client=${client} dossier-id="P-1" style="position:fixed;top:${position.top}px;left:${position.left}px"></dossier-badge>
        </div>`);
        const badge = page.querySelector('dossier-badge')!;
        await settleElements(page);
        page.querySelector<HTMLButtonElement>('#before')!.focus();
        await press('Tab');
        expect(describeFocus(deepActiveElement())).to.contain('dossier-badge');
        await press('Enter');
        await settleElements(page);
        const popover = badge.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
        expect(popover.matches(':popover-open')).to.equal(true);
        const box = popover.getBoundingClientRect();
        expect(inside(box, windowBox()), `popover ${JSON.stringify(box.toJSON())} inside ${JSON.stringify(windowBox())}`).to.equal(true);
        expect(popover.scrollHeight, 'the checklist is taller than the window: it scrolls inside').to.be.greaterThan(popover.clientHeight);
        // The last control, the checklist's drop zone button, is reached with Tab and scrolled into view.
        const last = await pressUntil(
          'Tab',
          (el) => el?.getAttribute('part') === 'button' && inShadowOf('dossier-drop-zone')(el),
          'the drop zone button',
        );
        const lastBox = last.getBoundingClientRect();
        expect(inside(lastBox, windowBox()), 'drop zone button inside the window').to.equal(true);
        expect(inside(lastBox, popover.getBoundingClientRect()), 'drop zone button inside the popover').to.equal(true);
        await press('Escape');
        await settleElements(page);
        expect(popover.matches(':popover-open')).to.equal(false);
        expect(describeFocus(deepActiveElement())).to.contain('dossier-badge › button');
      });
    }

    it('closes with Escape while focus is still on the badge', async () => {
      const client = await longChecklistClient();
      const page = await fixture<HTMLElement>(
        html`<div><button id="before">Avant</button><dossier-badge .client=${client} dossier-id="P-1"></dossier-badge></div>`,
      );
      const badge = page.querySelector('dossier-badge')!;
      await settleElements(page);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      await press('Enter');
      await settleElements(page);
      const button = badge.shadowRoot!.querySelector('[part~="button"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(button);
      await press('Escape');
      await settleElements(page);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(badge.shadowRoot!.querySelector('[part~="popover"]')!.matches(':popover-open')).to.equal(false);
      expect(deepActiveElement()).to.equal(button);
    });
  });

  it('"Classer" in the indexer leaves focus on the next document to classify, then on the window', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.pieces.add('auto', { label: 'Carte grise' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' });
    await client.documents.add('P-1', { blob: samplePng(), name: 'carte-grise.png' });
    const page = await fixture<HTMLElement>(
      html`<div><button id="before">Avant</button><dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer></div>`,
    );
    const indexer = page.querySelector('dossier-indexer')!;
    await settleElements(page);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'classify', '"Classer"');
    await press('Enter');
    await waitUntil(
      () => indexer.shadowRoot!.querySelectorAll('[part~="unclassified"] [part~="document"]').length === 1,
      'one document classified',
    );
    await settleElements(page);
    const next = deepActiveElement();
    expect(describeFocus(next)).to.contain('dossier-indexer › select');
    expect(next!.closest('[part~="document"]')!.textContent).to.contain('carte-grise.png');
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'classify', '"Classer"');
    await press('Enter');
    await waitUntil(() => !indexer.shadowRoot!.querySelector('[part~="unclassified"] [part~="document"]'), 'every document classified');
    await settleElements(page);
    const focused = deepActiveElement();
    expect(focused, 'focus stays inside the indexer').to.not.equal(document.body);
    expect(inShadowOf('dossier-indexer')(focused), describeFocus(focused)).to.equal(true);
    expect(focused!.isConnected).to.equal(true);
  });

  it('"Envoyer" in the audit’s reminder dialog keeps focus; closing the dialog returns it to the row', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    for (const id of ['C-1', 'C-2']) {
      await client.dossiers.open({ id, riskTypeId: 'auto', client: { id, name: `Client ${id}`, email: `${id}@example.fr` } });
      await client.dossiers.convert(id, { contractId: `CT-${id}` });
    }
    const sent: string[] = [];
    const transport = createCallbackTransport((draft) => void sent.push(draft.to), 'test');
    const page = await fixture<HTMLElement>(
      html`<div><button id="before">Avant</button><dossier-audit .client=${client} .reminderTransport=${transport}></dossier-audit></div>`,
    );
    const audit = page.querySelector('dossier-audit')!;
    await waitUntil(() => !!audit.shadowRoot!.querySelector('[part~="remind-button"]'), 'audit rows');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const remind = await pressUntil('Tab', (el) => el?.getAttribute('part') === 'remind-button', 'the first row’s e-mail button');
    const rowId = remind.closest('[data-dossier-id]')!.getAttribute('data-dossier-id');
    await press('Enter');
    await settleElements(page);
    await pressUntil('Tab', (el) => el?.getAttribute('part') === 'send-button', '"Envoyer"');
    await press('Enter');
    await waitUntil(() => sent.length === 1, 'the reminder sent');
    await settleElements(page);
    const afterSend = deepActiveElement();
    expect(afterSend, describeFocus(afterSend)).to.not.equal(document.body);
    expect(afterSend!.isConnected).to.equal(true);
    expect(inShadowOf('dossier-reminder')(afterSend), describeFocus(afterSend)).to.equal(true);
    await press('Escape');
    await settleElements(page);
    const back = deepActiveElement();
    expect(back?.getAttribute('part'), describeFocus(back)).to.equal('remind-button');
    expect(back!.closest('[data-dossier-id]')!.getAttribute('data-dossier-id')).to.equal(rowId);
  });

  it('the tracker’s waive, unwaive and archive actions leave focus on the action that replaced them', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.pieces.add('auto', { label: 'Carte grise' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis.id });
    await client.documents.add('P-1', { blob: samplePdf('b'), name: 'permis-verso.pdf' }, { pieceId: permis.id });
    const page = await fixture<HTMLElement>(
      html`<div><button id="before">Avant</button><dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker></div>`,
    );
    await settleElements(page);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const focusedAction = () => deepActiveElement()?.getAttribute('data-action');

    // The actions of a piece are in a menu: Enter opens it on its first item.
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'menu', 'the actions menu');
    await press('Enter');
    await waitUntil(() => focusedAction() === 'waive', `focus on "Dispenser" (now on ${describeFocus(deepActiveElement())})`);
    await press('Enter');
    await settleElements(page);
    expect(deepActiveElement()?.localName).to.equal('input');
    for (const key of 'Fourni') await press(key);
    await press('Enter');
    await waitUntil(() => focusedAction() === 'menu', `focus back on the menu (now on ${describeFocus(deepActiveElement())})`);
    await press('Enter');
    await waitUntil(() => focusedAction() === 'unwaive', `focus on "Annuler la dispense" (now on ${describeFocus(deepActiveElement())})`);
    await press('Enter');
    await waitUntil(() => focusedAction() === 'menu', `focus back on the menu (now on ${describeFocus(deepActiveElement())})`);

    // The documents of a piece are listed from its count.
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'documents', 'the documents of a piece');
    await press('Enter');
    await settleElements(page);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const first = await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'archive', '"Archiver"');
    const documentOf = (el: Element | null | undefined) => el?.closest<HTMLElement>('[part~="document"]')?.dataset['documentId'];
    const archivedFirst = documentOf(first);
    await press('Enter');
    await waitUntil(
      () => focusedAction() === 'archive' && documentOf(deepActiveElement()) !== archivedFirst,
      `focus on the other document's "Archiver" (now on ${describeFocus(deepActiveElement())})`,
    );
    await press('Enter');
    await waitUntil(
      () => focusedAction() === 'add',
      `focus on the piece’s "Ajouter document" (now on ${describeFocus(deepActiveElement())})`,
    );
  });
});
