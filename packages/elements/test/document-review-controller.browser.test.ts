import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, nothing } from 'lit';
import type { CollectedDocument, DossierClient, RejectionReason } from '@dossier/core';
import { DossierElement } from '../src/base/dossier-element.js';
import { DocumentReviewController } from '../src/controllers/document-review-controller.js';
import { seedPortalUpload } from './support/seed-portal-upload.js';

/** A contract whose client sent the driving licence through an upload link: it waits for review. */
async function seeded(): Promise<{ client: DossierClient; document: CollectedDocument }> {
  const { client } = await seedPortalUpload();
  const [document] = await client.documents.list('P-1');
  return { client, document: document! };
}

/** The client, with its calls of `documents.accept` / `documents.reject` counted. */
function counted(client: DossierClient): { client: DossierClient; calls: string[] } {
  const calls: string[] = [];
  const documents = new Proxy(client.documents, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if ((name === 'accept' || name === 'reject') && typeof value === 'function') {
        return (...args: unknown[]) => {
          calls.push(name);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  });
  const proxied = new Proxy(client, {
    get: (target, name, receiver) => (name === 'documents' ? documents : Reflect.get(target, name, receiver)),
  });
  return { client: proxied, calls };
}

/** A bare element that reviews one document through the controller, with a reason select. */
class ReviewHost extends DossierElement {
  document: CollectedDocument | undefined;
  acceptErrors: (string | undefined)[] = [];

  readonly review = new DocumentReviewController(this, {
    dossierId: () => 'P-1',
    emit: (name, detail, options) => this.emit(name, detail, options),
    errorText: (error) => this.errorText(error),
    texts: () => ({ reasonRequired: 'Choisissez un motif.' }),
    reasonSelect: () => this.renderRoot.querySelector<HTMLSelectElement>('select'),
    focusMissingReason: true,
    acceptError: (_document, message) => this.acceptErrors.push(message),
  });

  protected override render() {
    const form = this.document ? this.review.formFor(this.document.id) : null;
    return form
      ? html`<select
            aria-label="Motif"
            @change=${(event: Event) => this.review.edit({ reason: (event.target as HTMLSelectElement).value as RejectionReason | '' })}
          >
            <option value="">—</option>
            <option value="illegible">Illisible</option>
          </select>
          <button type="button">Confirmer</button>
          ${form.error ? html`<p role="alert">${form.error}</p>` : nothing}`
      : html`<button type="button">Refuser</button>`;
  }
}
customElements.define('test-review-host', ReviewHost);

async function host(client: DossierClient, document: CollectedDocument): Promise<ReviewHost> {
  const el = await fixture<ReviewHost>(testHtml`<test-review-host .client=${client}></test-review-host>`);
  el.document = document;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

/** Picks a reason in the rendered select, as a person would. */
async function pick(el: ReviewHost, reason: string): Promise<void> {
  const select = el.renderRoot.querySelector<HTMLSelectElement>('select')!;
  select.value = reason;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const events = (el: ReviewHost, names: string[]): string[] => {
  const seen: string[] = [];
  for (const name of names) el.addEventListener(name, () => seen.push(name));
  return seen;
};

describe('DocumentReviewController', () => {
  it('opens the refusal form with its reason focused; a missing reason is refused with the error, focus back on the reason, and nothing stored', async () => {
    const seed = await seeded();
    const { client, calls } = counted(seed.client);
    const el = await host(client, seed.document);
    const seen = events(el, ['dossier-document-reject-request', 'dossier-document-rejected-by-review']);
    el.review.open(seed.document);
    await el.updateComplete;
    await el.updateComplete;
    const select = el.renderRoot.querySelector<HTMLSelectElement>('select')!;
    expect(el.shadowRoot!.activeElement === select, 'focus on the reason').to.equal(true);
    el.renderRoot.querySelector<HTMLButtonElement>('button')!.focus();
    await el.review.reject(seed.document);
    await el.updateComplete;
    expect(el.review.form).to.deep.equal({ documentId: seed.document.id, reason: '', note: '', error: 'Choisissez un motif.' });
    expect(el.renderRoot.querySelector('[role="alert"]')!.textContent).to.equal('Choisissez un motif.');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === el.renderRoot.querySelector('select'), 'focus back on the reason').to.equal(true);
    expect(calls).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    expect((await seed.client.documents.get(seed.document.id)).review?.status).to.equal('pending');
    // Picking a reason clears the error.
    await pick(el, 'illegible');
    expect(el.review.form?.error).to.equal(null);
  });

  it('a cancelled request does nothing: no storage call, the form stays, the document still waits', async () => {
    const seed = await seeded();
    const { client, calls } = counted(seed.client);
    const el = await host(client, seed.document);
    const seen = events(el, ['dossier-document-accepted', 'dossier-document-rejected-by-review']);
    el.addEventListener('dossier-document-accept-request', (event) => event.preventDefault());
    el.addEventListener('dossier-document-reject-request', (event) => event.preventDefault());
    await el.review.accept(seed.document);
    el.review.open(seed.document);
    await el.updateComplete;
    await pick(el, 'illegible');
    await el.review.reject(seed.document);
    expect(calls).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    expect(el.acceptErrors).to.deep.equal([]);
    expect(el.review.form).to.deep.equal({ documentId: seed.document.id, reason: 'illegible', note: '', error: null });
    expect((await seed.client.documents.get(seed.document.id)).review?.status).to.equal('pending');
  });

  it('a failing refusal keeps the form, with the reason picked and the error shown', async () => {
    const seed = await seeded();
    const { client, calls } = counted(seed.client);
    const el = await host(client, seed.document);
    const seen = events(el, ['dossier-document-reject-request', 'dossier-document-rejected-by-review']);
    el.review.open(seed.document);
    await el.updateComplete;
    await pick(el, 'illegible');
    // Someone else accepted it meanwhile: the storage refuses the refusal.
    await seed.client.documents.accept(seed.document.id);
    await el.review.reject(seed.document);
    await el.updateComplete;
    expect(calls).to.deep.equal(['reject']);
    expect(seen).to.deep.equal(['dossier-document-reject-request']);
    const form = el.review.form!;
    expect(form.documentId).to.equal(seed.document.id);
    expect(form.reason).to.equal('illegible');
    expect(form.error).to.be.a('string').and.not.equal('');
    expect(el.renderRoot.querySelector('[role="alert"]')!.textContent).to.equal(form.error);
    expect((await seed.client.documents.get(seed.document.id)).review?.status).to.equal('accepted');
  });

  it('a refusal that succeeds closes the form and emits its event once, with the refused document', async () => {
    const seed = await seeded();
    const { client, calls } = counted(seed.client);
    const el = await host(client, seed.document);
    const details: { dossierId: string; status: string | undefined }[] = [];
    const requests: unknown[] = [];
    el.addEventListener('dossier-document-reject-request', (event) => requests.push(event.detail.rejection));
    el.addEventListener('dossier-document-rejected-by-review', (event) =>
      details.push({ dossierId: event.detail.dossierId, status: event.detail.document.review?.status }),
    );
    el.review.open(seed.document);
    await el.updateComplete;
    await pick(el, 'illegible');
    await el.review.reject(seed.document);
    await el.updateComplete;
    expect(calls).to.deep.equal(['reject']);
    expect(requests).to.deep.equal([{ reason: 'illegible', note: null }]);
    expect(details).to.deep.equal([{ dossierId: 'P-1', status: 'rejected' }]);
    expect(el.review.form).to.equal(null);
    expect(el.renderRoot.querySelector('select')).to.equal(null);
  });

  it('an acceptance that succeeds emits its event once and clears the previous error', async () => {
    const seed = await seeded();
    const { client, calls } = counted(seed.client);
    const el = await host(client, seed.document);
    const accepted: (string | undefined)[] = [];
    el.addEventListener('dossier-document-accepted', (event) => accepted.push(event.detail.document.review?.status));
    await el.review.accept(seed.document);
    expect(calls).to.deep.equal(['accept']);
    expect(accepted).to.deep.equal(['accepted']);
    expect(el.acceptErrors).to.deep.equal([undefined]);
  });
});
