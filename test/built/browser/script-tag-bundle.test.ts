import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DossierClient } from '@dossier/core';
import { TRUSTED_TYPES_CSP } from '../support/page-policies.mjs';
import { openFrame } from '../support/open-frame.js';
import { armFilePicker, pdfBytes } from '../support/pick-files.js';
import { settleElements } from '../support/settle-elements.js';
import { waitUntil, waitUntilAsync } from '../support/wait-until.js';

type FrameWindow = Window &
  typeof globalThis & { policyViolations?: string[]; Dossier?: Record<string, unknown>; bundleExports?: string[] };

/** The test's own probe, left out of the page's violations. */
const PROBE = '<b>trusted-types-probe</b>';

/** Whether Trusted Types are really enforced in the frame: an HTML string assignment must throw. */
function trustedTypesEnforced(win: FrameWindow): boolean {
  try {
    win.document.createElement('div').innerHTML = PROBE;
    return false;
  } catch (error) {
    return (error as Error).name === 'TypeError';
  }
}

/** The page's violations, without the probe's (reported asynchronously). */
const pageViolations = (win: FrameWindow) => (win.policyViolations ?? []).filter((violation) => !violation.includes(PROBE));

const EXPECTED_API = [
  'createDossierClient',
  'createDexieStorage',
  'createRestStorage',
  'createMemoryStorage',
  'createCallbackTransport',
  'isDossierError',
  'DossierBadge',
  'DossierProvider',
];

// Issue 10, script-tag hosts: one self-contained, minified file, usable under the strict CSP with
// Trusted Types enforced (`trusted-types lit-html`), as an ES module and as a classic script.
describe('script-tag bundles (built packages/elements/dist/dossier.bundle*.js)', () => {
  for (const policy of ['strict', 'trusted-types']) {
    it(`ES module bundle: every element in every state, ${policy} policy, no violation`, async () => {
      const frame = await openFrame(`/test/built/pages/bundle-esm.html?policy=${policy}`);
      const win = frame.contentWindow as FrameWindow;
      await waitUntil(() => win.galleryResult !== undefined, 'the gallery', 25_000);
      expect(win.galleryResult!.error, win.galleryResult!.error).to.equal(undefined);
      expect(pageViolations(win)).to.deep.equal([]);
      if (policy === 'trusted-types') expect(trustedTypesEnforced(win), 'Trusted Types enforced').to.equal(true);
      expect(win.bundleExports).to.include.members(EXPECTED_API);
      const audit = frame.contentDocument!.querySelector('[data-state="ready"] dossier-audit')!;
      expect(audit.shadowRoot!.querySelectorAll('[part~="row"][data-dossier-id]').length).to.be.greaterThan(5);
      frame.remove();
    });
  }

  it('classic script: one <script> tag and markup, storage declared on the provider, Trusted Types enforced; a picked file updates the badge', async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('dossier-script-tag-test');
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    const response = await fetch('/test/built/pages/bundle-iife.html?policy=trusted-types');
    expect(response.headers.get('content-security-policy')).to.equal(TRUSTED_TYPES_CSP);
    const frame = await openFrame('/test/built/pages/bundle-iife.html?policy=trusted-types', { height: 900 });
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    expect(Object.keys(win.Dossier ?? {})).to.include.members(EXPECTED_API);
    expect(trustedTypesEnforced(win), 'Trusted Types enforced').to.equal(true);

    // The provider made its client from storage="indexeddb": the host (here the test) fills it.
    const provider = doc.querySelector('dossier-provider') as HTMLElement & { client?: DossierClient };
    const client = provider.client!;
    expect(client, 'a client from the storage attribute').to.not.equal(undefined);
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
    await client.pieces.add('auto', { label: 'Carte grise' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    for (const id of ['C-1', 'C-2', 'C-3']) {
      await client.dossiers.open({ id, riskTypeId: 'auto', client: { id, name: `Client ${id}`, email: `${id}@example.fr` } });
      await client.dossiers.convert(id, { contractId: `CT-${id}` });
    }
    const badge = doc.querySelector('dossier-badge')!;
    const count = () => badge.shadowRoot?.querySelector('[part~="count"]')?.textContent;
    await waitUntil(() => count() === '2', `the badge count (${count()})`);
    const audit = doc.querySelector('dossier-audit')!;
    await waitUntil(() => audit.shadowRoot!.querySelectorAll('[part~="row"][data-dossier-id]').length === 3, 'three audit rows');

    // A person picks the licence with the keyboard: "Ajouter document" on the tracker's line of that piece.
    const tracker = doc.querySelector('dossier-tracker')!;
    await settleElements(doc.body);
    const row = [...tracker.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')].find((r) => r.dataset['pieceId'] === permis.id)!;
    const zoneButton = row.querySelector<HTMLButtonElement>('[data-action="add"]')!;
    await armFilePicker([{ name: 'permis.pdf', mimeType: 'application/pdf', bytes: pdfBytes('script tag') }]);
    // The key goes to the focused frame: make sure it is this one before pressing.
    win.focus();
    zoneButton.focus();
    await waitUntil(() => doc.hasFocus() && zoneButton.matches(':focus'), 'focus on the line’s "Ajouter document"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => count() === '1', `the badge count after the file (${count()})`);
    await waitUntilAsync(async () => (await client.documents.list('P-1')).length === 1, 'the document stored');
    expect((await indexedDB.databases()).map((d) => d.name)).to.include('dossier-script-tag-test');
    expect(pageViolations(win)).to.deep.equal([]);
    frame.remove();
  });
});
