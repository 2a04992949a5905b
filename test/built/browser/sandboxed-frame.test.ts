import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCallbackTransport, type ReminderDraft } from '@dossier/core';
import { deepActiveElement } from '../support/deep-elements.js';
import { describeFocus, press, pressUntil } from '../support/keyboard.js';
import { openFrame } from '../support/open-frame.js';
import { armFilePicker, pdfBytes } from '../support/pick-files.js';
import { seedHost, type SeededHost } from '../support/seed-host.js';
import { settleElements } from '../support/settle-elements.js';
import { waitUntil, waitUntilAsync } from '../support/wait-until.js';

/** Types text key by key, as a person would. */
async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

// Issue 10, defect 6: in <iframe sandbox="allow-scripts allow-same-origin"> (no allow-forms), a
// form's submission is blocked before any `submit` event: "Envoyer" in the reminder, the waiver
// and the new-piece forms did nothing and said nothing.
describe('inside <iframe sandbox="allow-scripts allow-same-origin"> (built packages)', () => {
  let frame: HTMLIFrameElement;
  let host: SeededHost;

  beforeEach(async () => {
    host = await seedHost('fr', 2);
    frame = await openFrame('/test/built/pages/frame-elements.html', { sandbox: 'allow-scripts allow-same-origin', height: 700 });
    await waitUntil(() => frame.contentWindow!.frameReady === true, 'the frame’s elements');
  });
  afterEach(() => frame.remove());

  /** An element of the frame, on the parent's client, rendered and settled. */
  async function mount<T extends HTMLElement>(
    tag: string,
    attributes: Record<string, string>,
    properties: Record<string, unknown> = {},
  ): Promise<T> {
    const doc = frame.contentDocument!;
    const element = doc.createElement(tag) as T;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    Object.assign(element, { client: host.client, ...properties });
    doc.body.replaceChildren(element);
    await settleElements(doc.body);
    return element;
  }

  /** Whether a piece of the proposal is waived with this reason, as the client stored it. */
  async function waivedBecause(reason: string): Promise<boolean> {
    const dossier = await host.client.dossiers.get(host.proposalId);
    return Object.values(dossier.waivers).some((waiver) => waiver.reason === reason);
  }

  /** Puts focus at the top of the frame, so that Tab walks its controls in order. */
  async function focusFrameStart(): Promise<void> {
    const doc = frame.contentDocument!;
    const start = doc.createElement('button');
    start.textContent = 'start';
    doc.body.prepend(start);
    // Keys go to the focused frame: this one.
    frame.contentWindow!.focus();
    start.focus();
    await waitUntil(() => doc.hasFocus() && doc.activeElement === start, 'focus at the top of the frame');
  }

  it('"Envoyer" sends the reminder through the host’s transport (Enter on the button)', async () => {
    const sent: ReminderDraft[] = [];
    const reminder = await mount(
      'dossier-reminder',
      { 'dossier-id': host.contractId },
      { transport: createCallbackTransport((d) => void sent.push(d), 'crm') },
    );
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('part') === 'send-button', '"Envoyer"');
    await press('Enter');
    await waitUntil(
      () => sent.length === 1,
      `the reminder sent (status: ${reminder.shadowRoot!.querySelector('[part~="status"]')?.textContent})`,
    );
    expect((await host.client.reminders.list(host.contractId)).length).to.equal(2);
    await settleElements(frame.contentDocument!.body);
    expect(reminder.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('envoyée');
  });

  it('with the default mailto: transport, says why it cannot open the mail client, and records nothing', async () => {
    const reminder = await mount('dossier-reminder', { 'dossier-id': host.contractId });
    const before = (await host.client.reminders.list(host.contractId)).length;
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('part') === 'send-button', '"Envoyer"');
    await press('Enter');
    const status = () => reminder.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '';
    await waitUntil(() => status() !== '', 'a status');
    expect(status()).to.contain('sandbox');
    expect((await host.client.reminders.list(host.contractId)).length).to.equal(before);
  });

  it('the waiver form: type a reason, press Enter', async () => {
    const tracker = await mount('dossier-tracker', { 'dossier-id': host.proposalId });
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'menu', 'the actions menu of a piece');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await waitUntil(() => deepActiveElement()?.getAttribute('data-action') === 'waive', '"Dispenser" in the menu');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await type('Déjà fourni');
    await press('Enter');
    await waitUntilAsync(() => waivedBecause('Déjà fourni'), `the piece waived (focus on ${describeFocus(deepActiveElement())})`);
    expect(tracker.shadowRoot!.textContent).to.contain('Déjà fourni');
  });

  it('the waiver form: Tab to "Dispenser la pièce" and press Space', async () => {
    const tracker = await mount('dossier-tracker', { 'dossier-id': host.proposalId });
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'menu', 'the actions menu of a piece');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await waitUntil(() => deepActiveElement()?.getAttribute('data-action') === 'waive', '"Dispenser" in the menu');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await type('Transmis par courrier');
    await pressUntil('Tab', (el) => el?.getAttribute('data-action') === 'confirm-waive', 'the submit button');
    await press('Space');
    await waitUntilAsync(() => waivedBecause('Transmis par courrier'), 'the piece waived');
    await settleElements(frame.contentDocument!.body);
    expect(tracker.shadowRoot!.textContent).to.contain('Transmis par courrier');
  });

  it('the new-piece form of the pieces editor: type a label, press Enter', async () => {
    const editor = await mount('dossier-pieces-editor', { 'risk-type-id': 'auto' });
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('part')?.includes('add-button') ?? false, '"Ajouter une pièce"');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await type('Attestation employeur');
    await press('Enter');
    const added = async () => (await host.client.pieces.list('auto')).some((p) => p.label === 'Attestation employeur');
    await waitUntilAsync(added, 'the piece added').catch((error: Error) => {
      throw new Error(`${error.message}; the editor shows: ${editor.shadowRoot!.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
  });

  it('the new-piece form of the pieces editor: type a label, Tab to "Ajouter", press Enter', async () => {
    await mount('dossier-pieces-editor', { 'risk-type-id': 'auto' });
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('part')?.includes('add-button') ?? false, '"Ajouter une pièce"');
    await press('Enter');
    await settleElements(frame.contentDocument!.body);
    await type('Mandat SEPA');
    await press('Tab');
    expect(describeFocus(deepActiveElement())).to.contain('Ajouter');
    await press('Enter');
    await waitUntilAsync(async () => (await host.client.pieces.list('auto')).some((p) => p.label === 'Mandat SEPA'), 'the piece added');
  });

  it('a file picked with the keyboard is stored', async () => {
    const zone = await mount<HTMLElement & { files: readonly { step: string }[] }>('dossier-drop-zone', {
      'dossier-id': host.proposalId,
      'piece-id': host.pieces[1]!.id,
    });
    await armFilePicker([{ name: 'carte-grise.pdf', mimeType: 'application/pdf', bytes: pdfBytes('sandbox') }]);
    await focusFrameStart();
    await pressUntil('Tab', (el) => el?.getAttribute('part') === 'button', '"Ajouter document"');
    await press('Enter');
    await waitUntil(() => zone.files[0]?.step === 'stored', 'the file stored');
  });
});
