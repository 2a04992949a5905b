import { expect, fixture, html } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, DossierError, type DossierClient, type Locale } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/provider/define.js';
import '../src/components/tracker/define.js';
import '../src/components/pieces-editor/define.js';
import '../src/components/indexer/define.js';
import type { DossierTracker } from '../src/components/tracker/dossier-tracker.component.js';
import type { DossierPiecesEditor } from '../src/components/pieces-editor/dossier-pieces-editor.component.js';
import type { DossierIndexer } from '../src/components/indexer/dossier-indexer.component.js';
import type { DossierProvider } from '../src/components/provider/dossier-provider.component.js';
import { hasLocale, loadLocale, registerLocale } from '../src/i18n/locale-registry.js';
import type { ElementMessages } from '../src/i18n/element-messages.js';
import type { Translation } from '../src/i18n/translation.js';
import { en } from '../src/locales/en.js';
import * as fr from '../src/locales/fr.js';

// The tags these tests register, declared as a host declares its own.
declare module '@dossier/core' {
  interface DossierLocales {
    pt: true;
    sv: true;
    fi: true;
  }
}

/** Portuguese, as a host writes one: a whole translation, here English with its own words where the tests look. */
const pt: Translation = {
  locale: 'pt',
  core: { ...en.core, locale: 'pt', intl: 'pt-PT', errors: { ...en.core.errors, 'invalid-input': () => 'Entrada inválida.' } },
  elements: { ...en.elements, piecesEditor: { ...en.elements.piecesEditor, heading: (label) => `Documentos exigidos — ${label}` } },
};

async function seeded(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({
    id: 'P-1',
    riskTypeId: 'auto',
    stage: 'Étude',
    client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' },
  });
  await client.documents.add('P-1', { blob: samplePdf('permis'), name: 'permis.pdf' }, { pieceId: permis.id });
  await client.documents.add('P-1', { blob: samplePdf('scan'), name: 'scan.pdf' });
  return client;
}

async function until(condition: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

const heading = (el: DossierPiecesEditor) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('locales (elements)', () => {
  for (const [locale, expected] of [
    ['de', 'Erforderliche Unterlagen — Automobile'],
    ['es', 'Documentos requeridos — Automobile'],
    ['it', 'Documenti richiesti — Automobile'],
    ['nl', 'Vereiste documenten — Automobile'],
  ] as const) {
    it(`loads ${locale} on first use and renders in it from the first render`, async () => {
      expect(hasLocale(locale)).to.equal(false);
      const client = await seeded();
      const el = document.createElement('dossier-pieces-editor');
      el.client = client;
      el.locale = locale;
      const texts: string[] = [];
      // Every text the element ever shows, from its first render on.
      const observer = new MutationObserver(() => texts.push(el.shadowRoot?.textContent ?? ''));
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.append(el);
      observer.observe(el.shadowRoot ?? el, { subtree: true, childList: true, characterData: true });
      await until(() => heading(el) === expected, `the ${locale} heading`);
      observer.disconnect();
      expect(hasLocale(locale)).to.equal(true);
      expect(texts.join(' ')).to.not.contain('Pièces attendues');
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.not.equal('Types de contrat');
      await expect(el).to.be.accessible();
    });
  }

  it('writes core’s errors in the element’s locale, whatever the client’s', async () => {
    const client = await seeded();
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client} locale="de"></dossier-pieces-editor>`);
    await until(() => el.shadowRoot!.querySelector('[part~="add-button"]'), 'the editor');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-form"] button.primary')!.click();
    await until(() => el.shadowRoot!.querySelector('[part~="field-error"]'), 'the refusal');
    expect(el.shadowRoot!.querySelector('[part~="field-error"]')!.textContent).to.equal('Ungültige Eingabe (label): darf nicht leer sein');
  });

  it('formats dates with Intl in the element’s locale', async () => {
    const client = await seeded();
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1" locale="nl"></dossier-indexer>`);
    await until(() => el.shadowRoot!.querySelector('.details'), 'the documents');
    const added = new Date((await client.documents.list('P-1'))[1]!.addedAt);
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(added);
    expect(el.shadowRoot!.querySelector('.details')!.textContent).to.contain(`Toegevoegd op ${date}`);
  });

  it('switches every element under a provider live', async () => {
    const client = await seeded();
    const provider = await fixture<DossierProvider>(
      html`<dossier-provider .client=${client} locale="fr"><dossier-tracker dossier-id="P-1"></dossier-tracker></dossier-provider>`,
    );
    const tracker = provider.querySelector<DossierTracker>('dossier-tracker')!;
    const title = () => tracker.shadowRoot!.querySelector('h2')?.textContent ?? '';
    await until(() => title().includes('Suivi des documents'), 'French');
    provider.locale = 'es';
    await until(() => title().includes('Seguimiento de documentos'), 'Spanish');
    provider.locale = 'it';
    await until(() => title().includes('Monitoraggio documenti'), 'Italian');
  });

  it('takes a language a host registers whole, for the elements and for core', async () => {
    registerLocale(pt);
    const client = await seeded();
    const el = await fixture<DossierPiecesEditor>(html`<dossier-pieces-editor .client=${client} locale="pt-PT"></dossier-pieces-editor>`);
    await until(() => heading(el) === 'Documentos exigidos — Automobile', 'the Portuguese heading');
    expect(el.activeLocale).to.equal('pt');
    expect(el.intlLocale).to.equal('pt-PT');
    await until(() => el.shadowRoot!.querySelector('[part~="add-button"]'), 'the pieces');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-form"] button.primary')!.click();
    await until(() => el.shadowRoot!.querySelector('[part~="field-error"]'), 'the refusal');
    expect(el.shadowRoot!.querySelector('[part~="field-error"]')!.textContent).to.equal('Entrada inválida.');
  });

  it('loads a registered language once, for elements and core together, when an element first needs it', async () => {
    let loads = 0;
    registerLocale('sv', async () => {
      loads += 1;
      return { ...pt, locale: 'sv', core: { ...pt.core, locale: 'sv', intl: 'sv-SE' } };
    });
    expect(loads).to.equal(0);
    const client = await seeded();
    const root = await fixture<HTMLDivElement>(html`<div>
      <dossier-pieces-editor .client=${client} locale="sv"></dossier-pieces-editor>
      <dossier-pieces-editor .client=${client} locale="sv"></dossier-pieces-editor>
    </div>`);
    const editors = [...root.querySelectorAll<DossierPiecesEditor>('dossier-pieces-editor')];
    await until(() => editors.every((el) => heading(el) === 'Documentos exigidos — Automobile'), 'both editors');
    expect(await loadLocale('sv')).to.equal('sv');
    expect(loads).to.equal(1);
    expect(new DossierError('invalid-input', {}, { locale: 'sv' }).message).to.equal('Entrada inválida.');
  });

  it('speaks French when a translation cannot be loaded, and says so once', async () => {
    registerLocale('fi', () => Promise.reject(new Error('offline')));
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await fixture<DossierPiecesEditor>(
        html`<dossier-pieces-editor .client=${await seeded()} locale="fi"></dossier-pieces-editor>`,
      );
      await until(() => heading(el) === 'Pièces attendues — Automobile', 'the French fallback');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => String(w).includes('"fi"'))).to.have.length(1);
  });

  it('reads an unknown locale as French, as before', async () => {
    const el = await fixture<DossierPiecesEditor>(
      html`<dossier-pieces-editor .client=${await seeded()} locale=${'xx' as Locale}></dossier-pieces-editor>`,
    );
    await until(() => heading(el) === 'Pièces attendues — Automobile', 'French');
  });
});

// A translation must be complete: each of these would compile only if a text could be left out.
const { tracker: _tracker, ...withoutTracker } = en.elements;
// @ts-expect-error — a translation without the tracker's texts does not compile
export const incompleteElements: ElementMessages = withoutTracker;
const { heading: _heading, ...editorWithoutHeading } = fr.piecesEditor;
// @ts-expect-error — an element's texts without one of them do not compile
export const incompleteEditor: Translation = { ...en, elements: { ...en.elements, piecesEditor: editorWithoutHeading } };
const { core: _core, ...withoutCore } = en;
// @ts-expect-error — a translation without core's part does not compile
export const incompleteTranslation: Translation = withoutCore;
