import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createCallbackTransport, createDossierClient, createMemoryStorage, type DossierClient, type ReminderDraft } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/reminder/define.js';
import type { DossierReminder } from '../src/components/reminder/dossier-reminder.component.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function seeded(name = 'Jeanne Martin'): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name, email: 'jeanne@example.fr' } });
  await client.dossiers.convert('P-1', { contractId: 'C-100' });
  return client;
}

async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const root = (el: DossierReminder) => el.shadowRoot!;
const field = <T extends HTMLElement>(el: DossierReminder, id: string) => root(el).querySelector<T>(`#${id}`)!;

async function composed(el: DossierReminder): Promise<void> {
  await until(() => !!root(el).querySelector('form') && !root(el).querySelector('.history [aria-busy]'), 'the composer');
  await el.updateComplete;
}

async function type(el: DossierReminder, id: string, value: string): Promise<void> {
  const control = field<HTMLInputElement | HTMLTextAreaElement>(el, id);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function clickSend(el: DossierReminder): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
}

function recordingTransport() {
  const drafts: ReminderDraft[] = [];
  return { drafts, transport: createCallbackTransport((draft) => void drafts.push(draft), 'host') };
}

describe('dossier-reminder', () => {
  it('is prefilled with the client, the contract and the missing pieces', async () => {
    const client = await seeded();
    const el = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} dossier-id="P-1"></dossier-reminder>`);
    await composed(el);
    expect(field<HTMLInputElement>(el, 'to').value).to.equal('jeanne@example.fr');
    expect(field<HTMLInputElement>(el, 'subject').value).to.equal('Pièces manquantes – contrat n° C-100 (Automobile)');
    const body = field<HTMLTextAreaElement>(el, 'body').value;
    expect(body).to.contain('Bonjour Jeanne Martin,');
    expect(body).to.contain('- Permis de conduire');
    expect(body).to.contain('- Carte grise');
    const pieces = [...root(el).querySelectorAll('[part~="pieces"] li')].map((li) => li.textContent!.trim());
    expect(pieces).to.deep.equal(['Permis de conduire', 'Carte grise']);
    expect([...root(el).querySelectorAll<HTMLInputElement>('[part~="pieces"] input')].every((c) => c.checked)).to.equal(true);
    expect(root(el).querySelector('label[for="subject"]')!.textContent).to.equal('Objet');
    expect(root(el).querySelector('[part~="send-button"]')!.textContent!.trim()).to.equal('Envoyer');
    expect(root(el).querySelector('.history')!.textContent).to.contain('Aucune relance envoyée');
    await expect(el).to.be.accessible();
  });

  it('sends the edited draft through the transport, records it and fires dossier-reminder-sent', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    await type(el, 'subject', 'Relance : vos pièces');
    await type(el, 'body', 'Bonjour,\nMerci de nous envoyer votre carte grise.');
    const [, carteGrise] = await client.pieces.list('auto');
    const permisBox = root(el).querySelector<HTMLInputElement>('[part~="pieces"] input')!;
    permisBox.click();
    await el.updateComplete;
    const sends: CustomEvent[] = [];
    el.addEventListener('dossier-reminder-send', (e) => sends.push(e));
    const sent = oneEvent(el, 'dossier-reminder-sent');
    root(el).querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
    const { detail } = await sent;
    expect(sends).to.have.length(1);
    expect(sends[0]!.detail.dossierId).to.equal('P-1');
    expect(sends[0]!.cancelable).to.equal(true);
    expect(drafts).to.deep.equal([
      {
        to: 'jeanne@example.fr',
        subject: 'Relance : vos pièces',
        body: 'Bonjour,\nMerci de nous envoyer votre carte grise.',
        pieceIds: [carteGrise!.id],
      },
    ]);
    expect(detail.dossierId).to.equal('P-1');
    expect(detail.reminder.subject).to.equal('Relance : vos pièces');
    expect(detail.reminder.transport).to.equal('host');
    expect(detail.reminder.pieceIds).to.deep.equal([carteGrise!.id]);
    await until(() => root(el).querySelectorAll('[part~="history-item"]').length === 1, 'the history');
    const item = root(el).querySelector('[part~="history-item"]')!;
    expect(item.textContent).to.contain('Relance : vos pièces');
    const time = item.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(detail.reminder.sentAt);
    expect(time.textContent).to.equal(
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(detail.reminder.sentAt)),
    );
    expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('Relance envoyée à jeanne@example.fr');
    expect(await client.reminders.list('P-1')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('schedules, pauses and resumes the automatic reminders from the keyboard, shows the next date and marks automatic reminders in the history', async () => {
    const client = await seeded();
    const el = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} dossier-id="P-1"></dossier-reminder>`);
    await composed(el);
    const part = (name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
    await until(() => !!part('automatic-status'), 'the schedule');
    expect(part('automatic')!.querySelector('h3')!.textContent).to.equal('Relances automatiques');
    expect(part('automatic-status')!.textContent).to.equal('Aucune relance automatique programmée');
    const press = async (label: string, status: string) => {
      const button = part('automatic-button') as HTMLButtonElement;
      expect(button.textContent).to.equal(label);
      button.focus();
      // Real key presses through the browser: a button activates on Enter.
      await sendKeys({ press: 'Enter' });
      await until(() => part('automatic-status')?.textContent === status, status);
    };
    await press('Programmer les relances', 'Relances automatiques en cours');
    expect(part('next-reminder')!.textContent).to.match(/^Prochaine relance le /);
    expect((await client.reminders.plan('P-1')).schedule?.state).to.equal('active');
    await press('Mettre en pause', 'Relances automatiques en pause');
    expect(part('next-reminder')).to.equal(null);
    await press('Reprendre', 'Relances automatiques en cours');
    await expect(el).to.be.accessible();

    // The history says how each reminder went.
    await client.reminders.record(
      'P-1',
      {
        due: { kind: 'step', step: 1 },
        to: 'jeanne@example.fr',
        subject: 'Relance automatique',
        text: 'Bonjour',
        html: '<p>Bonjour</p>',
        pieceIds: [],
        locale: 'fr',
        unsubscribeUrl: null,
      },
      { id: 'auto-1', transport: 'smtp', sentAt: new Date(Date.now() + 1000).toISOString() },
    );
    await client.reminders.send(
      'P-1',
      await client.reminders.compose('P-1'),
      createCallbackTransport(() => undefined),
    );
    await until(() => root(el).querySelectorAll('[part~="history-origin"]').length === 2, 'the history');
    const origins = [...root(el).querySelectorAll('[part~="history-origin"]')].map((o) => o.textContent).sort();
    expect(origins).to.deep.equal(['Automatique (relance 1)', 'Manuelle']);
  });

  it('"Joindre un lien de dépôt" creates an upload link for the ticked pieces and puts its address in the message, from the keyboard', async () => {
    const client = createDossierClient({ storage: createMemoryStorage(), portalUrl: (token) => `https://crm.example/portal/${token}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.pieces.add('auto', { label: 'Carte grise' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    const button = () => root(el).querySelector<HTMLButtonElement>('[part~="link-button"]')!;
    const status = () => root(el).querySelector('[part~="link-status"]')!.textContent!.trim();
    expect(button().textContent!.trim()).to.equal('Joindre un lien de dépôt');
    // Only the permit is asked for: its box stays ticked, the registration's is unticked.
    root(el).querySelectorAll<HTMLInputElement>('[part~="pieces"] input')[1]!.click();
    await el.updateComplete;
    await type(el, 'body', 'Bonjour,\nDéposez votre permis ici : {lien}\nMerci.');
    button().focus();
    await sendKeys({ press: 'Enter' });
    await until(() => status() !== '', 'the link');
    expect(status()).to.equal('Lien de dépôt ajouté au message, valable 14 jours.');
    const links = await client.uploadLinks.list('P-1');
    expect(links).to.have.length(1);
    expect(links[0]!.pieceIds).to.deep.equal([permis.id]);
    const body = field<HTMLTextAreaElement>(el, 'body').value;
    const url = /https:\/\/crm\.example\/portal\/([A-Za-z0-9_-]{43})/.exec(body);
    expect(url, body).to.not.equal(null);
    expect(body).to.equal(`Bonjour,\nDéposez votre permis ici : ${url![0]}\nMerci.`);
    // Once per draft: pressing again makes no second link.
    expect(button().getAttribute('aria-disabled')).to.equal('true');
    button().click();
    await new Promise((r) => setTimeout(r, 30));
    expect(await client.uploadLinks.list('P-1')).to.have.length(1);
    await expect(el).to.be.accessible();
    // The link goes with the reminder, and it opens the portal of the permit only.
    await clickSend(el);
    await until(() => drafts.length === 1, 'the reminder sent');
    expect(drafts[0]!.body).to.contain(url![0]);
    const view = await client.portal.view(url![1]!);
    expect(view.pieces.map((piece) => piece.label)).to.deep.equal(['Permis de conduire']);
  });

  it('"Joindre un lien de dépôt" with no placeholder adds the address at the end; with no piece ticked it says so and makes no link; it speaks English', async () => {
    const client = createDossierClient({ storage: createMemoryStorage(), portalUrl: (token) => `https://crm.example/portal/${token}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const el = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} locale="en" dossier-id="P-1"></dossier-reminder>`);
    await composed(el);
    const button = () => root(el).querySelector<HTMLButtonElement>('[part~="link-button"]')!;
    const status = () => root(el).querySelector('[part~="link-status"]')!.textContent!.trim();
    expect(button().textContent!.trim()).to.equal('Attach an upload link');
    root(el).querySelector<HTMLInputElement>('[part~="pieces"] input')!.click();
    await el.updateComplete;
    button().click();
    await until(() => status() !== '', 'the refusal');
    expect(status()).to.equal('Tick at least one piece to ask for to create the link.');
    expect(await client.uploadLinks.list('P-1')).to.deep.equal([]);
    root(el).querySelector<HTMLInputElement>('[part~="pieces"] input')!.click();
    await el.updateComplete;
    await type(el, 'body', 'Hello,\nPlease send your licence.');
    button().click();
    await until(() => status().startsWith('Upload link added'), 'the link');
    expect(field<HTMLTextAreaElement>(el, 'body').value).to.match(
      /^Hello,\nPlease send your licence\.\n\nhttps:\/\/crm\.example\/portal\/[A-Za-z0-9_-]{43}$/,
    );
  });

  it('offers no link without portal addresses (no portalUrl)', async () => {
    const client = await seeded();
    const el = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} dossier-id="P-1"></dossier-reminder>`);
    await composed(el);
    expect(root(el).querySelector('[part~="link-button"]')).to.equal(null);
  });

  it('refuses line breaks in the subject with a clear message, keeps the text, and sends nothing', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    const sent: Event[] = [];
    el.addEventListener('dossier-reminder-sent', (e) => sent.push(e));
    const subject = field<HTMLInputElement>(el, 'subject');

    // Pasting CR/LF: an <input> would silently glue the lines; the element refuses the paste visibly.
    await type(el, 'subject', 'Relance');
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Relance\r\nBcc: everyone@evil.example');
    const paste = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true });
    subject.dispatchEvent(paste);
    await el.updateComplete;
    expect(paste.defaultPrevented).to.equal(true);
    expect(subject.value).to.equal('Relance');
    expect(root(el).querySelector('#subject-error')!.textContent).to.equal(
      'L’objet ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    );
    expect(subject.getAttribute('aria-invalid')).to.equal('true');
    expect(subject.getAttribute('aria-describedby')).to.equal('subject-error');

    // A line separator typed into the field: core's header check refuses it on sending.
    await type(el, 'subject', 'Relance\u2028Bcc: everyone@evil.example');
    expect(root(el).querySelector('#subject-error') === null).to.equal(true);
    await clickSend(el);
    expect(root(el).querySelector('#subject-error')!.textContent).to.equal(
      'L’objet ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    );
    expect(subject.value).to.equal('Relance\u2028Bcc: everyone@evil.example');
    expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('La relance n’a pas été envoyée');
    expect(drafts).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
    expect(await client.reminders.list('P-1')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a To field with a line break or a second recipient', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    // The browser strips CR/LF from an <input>; what is left is not one address and is refused.
    await type(el, 'to', 'jeanne@example.fr\r\nBcc: everyone@evil.example');
    await clickSend(el);
    expect(root(el).querySelector('#to-error')!.textContent).to.contain('Adresse e-mail invalide');
    await type(el, 'to', 'jeanne@example.fr, everyone@evil.example');
    expect(root(el).querySelector('#to-error') === null).to.equal(true);
    await clickSend(el);
    expect(root(el).querySelector('#to-error')!.textContent).to.contain('Adresse e-mail invalide');
    expect(field<HTMLInputElement>(el, 'to').value).to.equal('jeanne@example.fr, everyone@evil.example');
    expect(drafts).to.deep.equal([]);
    expect(await client.reminders.list('P-1')).to.deep.equal([]);
    await type(el, 'subject', '   ');
    await type(el, 'to', 'jeanne@example.fr');
    await clickSend(el);
    expect(root(el).querySelector('#subject-error')!.textContent).to.equal('L’objet ne peut pas être vide.');
    expect(drafts).to.deep.equal([]);
  });

  it('lets the host take over when it prevents dossier-reminder-send', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    const sent: Event[] = [];
    el.addEventListener('dossier-reminder-sent', (e) => sent.push(e));
    const handed: ReminderDraft[] = [];
    el.addEventListener('dossier-reminder-send', (e) => {
      e.preventDefault();
      handed.push(e.detail.draft);
    });
    await type(el, 'subject', '  Vos pièces  ');
    await clickSend(el);
    expect(handed).to.have.length(1);
    expect(handed[0]!.subject).to.equal('Vos pièces');
    expect(drafts).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
    expect(await client.reminders.list('P-1')).to.deep.equal([]);
  });

  it('speaks English', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} locale="en" dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    expect(root(el).querySelector('label[for="subject"]')!.textContent).to.equal('Subject');
    expect(field<HTMLInputElement>(el, 'subject').value).to.equal('Missing documents – contract C-100 (Automobile)');
    expect(root(el).querySelector('[part~="send-button"]')!.textContent!.trim()).to.equal('Send');
    expect(root(el).querySelector('.history')!.textContent).to.contain('No reminder sent');
    await type(el, 'subject', 'Hello\u2028Bcc: x@evil.example');
    await clickSend(el);
    expect(root(el).querySelector('#subject-error')!.textContent).to.equal(
      'The subject must not contain a line break or control character.',
    );
    await type(el, 'subject', 'Your documents');
    await clickSend(el);
    await until(() => root(el).querySelectorAll('[part~="history-item"]').length === 1, 'the history');
    const record = (await client.reminders.list('P-1'))[0]!;
    expect(root(el).querySelector('time')!.textContent).to.equal(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.sentAt)),
    );
    expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain('Reminder sent to jeanne@example.fr');
    expect(drafts).to.have.length(1);
  });

  it('shows a hostile client name as text', async () => {
    const client = await seeded(HOSTILE);
    const { transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    expect(field<HTMLTextAreaElement>(el, 'body').value).to.contain(`Bonjour ${HOSTILE},`);
    await type(el, 'subject', `Relance ${HOSTILE}`);
    await clickSend(el);
    await until(() => root(el).querySelectorAll('[part~="history-item"]').length === 1, 'the history');
    expect(root(el).querySelector('[part~="history-item"] .subject')!.textContent).to.equal(`Relance ${HOSTILE}`);
    expect(root(el).querySelector('img') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the error of an unknown dossier, and of an archived one', async () => {
    const client = await seeded();
    const unknown = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} dossier-id="nope"></dossier-reminder>`);
    await until(() => !!root(unknown).querySelector('[role="alert"]'), 'the error');
    expect(root(unknown).textContent).to.contain('Introuvable');
    expect(root(unknown).querySelector('form') === null).to.equal(true);
    await expect(unknown).to.be.accessible();

    const [permis, carteGrise] = await client.pieces.list('auto');
    await client.documents.add('P-1', { blob: samplePdf('p'), name: 'permis.pdf' }, { pieceId: permis!.id });
    await client.documents.add('P-1', { blob: samplePdf('c'), name: 'carte-grise.pdf' }, { pieceId: carteGrise!.id });
    await client.dossiers.archive('P-1');
    const archived = await fixture<DossierReminder>(html`<dossier-reminder .client=${client} dossier-id="P-1"></dossier-reminder>`);
    await until(() => !!root(archived).querySelector('[role="alert"]'), 'the error');
    expect(root(archived).querySelector('[role="alert"]')!.textContent).to.contain('Action impossible');
    await until(() => !!root(archived).querySelector('.history')?.textContent?.includes('Aucune relance'), 'the history');
    await expect(archived).to.be.accessible();
  });

  it('does not send on Enter in a one-line field', async () => {
    const client = await seeded();
    const { drafts, transport } = recordingTransport();
    const el = await fixture<DossierReminder>(
      html`<dossier-reminder .client=${client} .transport=${transport} dossier-id="P-1"></dossier-reminder>`,
    );
    await composed(el);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    field<HTMLInputElement>(el, 'subject').dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(drafts).to.deep.equal([]);
  });

  it('composes again when the provider switches locale', async () => {
    const client = await seeded();
    const provider = await fixture(
      html`<dossier-provider .client=${client}><dossier-reminder dossier-id="P-1"></dossier-reminder></dossier-provider>`,
    );
    const el = provider.querySelector('dossier-reminder')!;
    await composed(el);
    expect(field<HTMLInputElement>(el, 'subject').value).to.contain('Pièces manquantes');
    provider.setAttribute('locale', 'en');
    await until(() => field<HTMLInputElement>(el, 'subject')?.value.startsWith('Missing documents') === true, 'the English draft');
    expect(root(el).querySelector('label[for="subject"]')!.textContent).to.equal('Subject');
  });

  it('says when there is no client', async () => {
    const el = await fixture<DossierReminder>(html`<dossier-reminder dossier-id="P-1"></dossier-reminder>`);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(el).to.be.accessible();
  });
});
