import { expect } from 'chai';
import {
  createCallbackTransport,
  createDossierClient,
  createMemoryStorage,
  DOSSIER_ERROR_CODES,
  DossierError,
  formatBytes,
  intlLocale,
  isDossierError,
  loadCoreLocale,
  LOCALES,
  pluralRule,
  registerCoreLocale,
  toLocale,
  type CoreTranslation,
  type DossierClient,
  type DossierErrorDetails,
  type DossierReason,
  type ErrorMessages,
  type Locale,
  type ReminderContext,
} from '@dossier/core';
import { readDossierReason } from '@dossier/core/adapter';
import { de } from '../src/locales/de.js';
import { en } from '../src/locales/en.js';
import { es } from '../src/locales/es.js';
import { fr } from '../src/locales/fr.js';
import { it as italian } from '../src/locales/it.js';
import { nl } from '../src/locales/nl.js';
import { FILE_DAMAGES } from '../src/files/file-damage.js';
import { SIMPLE_REASON_KEYS } from '../src/errors/dossier-reason.js';

const TRANSLATIONS: Readonly<Record<(typeof LOCALES)[number], CoreTranslation>> = { fr, en, de, es, it: italian, nl };

async function rejection(task: () => Promise<unknown>): Promise<DossierError> {
  try {
    await task();
  } catch (error) {
    expect(isDossierError(error), String(error)).to.equal(true);
    return error as DossierError;
  }
  throw new Error('expected a rejection');
}

async function clientIn(locale: Locale): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage(), locale });
  await client.riskTypes.put({ id: 'auto', label: 'Auto' });
  await client.pieces.add('auto', { label: 'Führerschein' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Anna Weber', email: 'anna@example.de' } });
  return client;
}

/** Details that make every message use every part it can: names, sizes, kinds, reasons. */
const FULL_DETAILS: DossierErrorDetails = {
  field: 'label',
  reason: { key: 'empty' },
  kind: 'dossier',
  id: 'P-1',
  fileName: 'scan.pdf',
  size: 3 * 1024 * 1024,
  maxBytes: 1024 * 1024,
  mediaType: 'application/pdf',
  accepted: ['application/pdf', 'image/*'],
  from: 'archived',
  event: 'archive',
  missing: ['Permis', 'Carte grise'],
};

/** Every reason core raises, with the values its sentence needs. */
const EVERY_REASON: readonly DossierReason[] = [
  ...SIMPLE_REASON_KEYS.map((key) => ({ key })),
  { key: 'atMost', max: 200 },
  { key: 'tooLong', max: 100_000 },
  ...FILE_DAMAGES.map((damage) => ({ key: 'fileDamage' as const, damage })),
  { key: 'requirement', problem: { kind: 'forbidden-key', key: '__proto__' }, path: 'mandatoryWhen.all[1]' },
  { key: 'requirement', problem: { kind: 'invalid-list', key: 'any' }, path: '' },
  { key: 'requirement', problem: { kind: 'too-deep' }, path: 'optionalWhen' },
];

describe('locales (core)', () => {
  it('ships French, English, German, Spanish, Italian and Dutch, French first', () => {
    expect([...LOCALES]).to.deep.equal(['fr', 'en', 'de', 'es', 'it', 'nl']);
    for (const [locale, translation] of Object.entries(TRANSLATIONS)) expect(translation.locale).to.equal(locale);
  });

  it('reads a locale from a language tag, and anything unknown as French', () => {
    expect(toLocale('de')).to.equal('de');
    expect(toLocale('de-CH')).to.equal('de');
    expect(toLocale('nl_BE')).to.equal('nl');
    expect(toLocale('ES')).to.equal('es');
    expect(toLocale('it-IT')).to.equal('it');
    expect(toLocale('en-GB')).to.equal('en');
    for (const unknown of ['pt', 'xx', '', '  ', null, undefined]) expect(toLocale(unknown)).to.equal('fr');
  });

  for (const locale of ['de', 'es', 'it', 'nl'] as const) {
    it(`createDossierClient({ locale: '${locale}' }) writes its errors and reminders in that language`, async () => {
      const client = await clientIn(locale);
      expect(client.locale).to.equal(locale);
      const translation = TRANSLATIONS[locale];
      const missing = await rejection(() => client.dossiers.get('nowhere'));
      expect(missing.locale).to.equal(locale);
      expect(missing.message).to.equal(translation.errors['not-found']({ kind: 'dossier', id: 'nowhere' }, words()));
      expect(missing.message).to.not.equal(missing.localize('fr').message);
      const empty = await rejection(() => client.pieces.add('auto', { label: '  ' }));
      expect(empty.message).to.contain(translation.reasons.empty);
      await client.dossiers.convert('P-1', { contractId: 'C-1' });
      const incomplete = await rejection(() => client.dossiers.archive('P-1'));
      expect(incomplete.code).to.equal('incomplete-dossier');
      expect(incomplete.message).to.contain('Führerschein');
      expect(incomplete.message).to.not.equal(incomplete.localize('fr').message);

      const draft = await client.reminders.compose('P-1');
      const context: ReminderContext = {
        clientName: 'Anna Weber',
        clientEmail: 'anna@example.de',
        reference: 'C-1',
        isContract: true,
        riskLabel: 'Auto',
        pieces: [{ label: 'Führerschein' }],
      };
      expect(draft.subject).to.equal(translation.reminders.subject(context));
      expect(draft.body).to.equal(translation.reminders.body(context));
      expect(draft.subject).to.not.equal(fr.reminders.subject(context));
      const sent = await client.reminders.send(
        'P-1',
        draft,
        createCallbackTransport(() => undefined, 'test'),
      );
      expect(sent.subject).to.equal(draft.subject);
    });
  }

  it('composes a reminder in another locale than the client’s, loading it when needed', async () => {
    const client = await clientIn('fr');
    const draft = await client.reminders.compose('P-1', { locale: 'nl' });
    expect(draft.subject).to.equal('Ontbrekend document – offerte nr. P-1 (Auto)');
    expect(draft.body.split('\n')[0]).to.equal('Beste Anna Weber,');
  });

  it('falls back to French for an unknown locale, as before', async () => {
    // A JavaScript host, or a value read from a URL: not a Locale to TypeScript.
    const client = await clientIn('pt-BR' as Locale);
    expect(client.locale).to.equal('fr');
    expect((await rejection(() => client.dossiers.get('x'))).message).to.equal('Introuvable : dossier « x ».');
  });

  it('writes an error in French until its locale is loaded, then localizes it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    registerCoreLocale('sv', async () => {
      await gate;
      return { ...en, locale: 'sv', intl: 'sv-SE', errors: { ...en.errors, 'not-found': (d) => `Hittades inte: ${d.id ?? ''}` } };
    });
    const early = new DossierError('not-found', { id: 'x' }, { locale: 'sv' });
    expect(early.locale).to.equal('fr');
    expect(early.message).to.equal('Introuvable : élément « x ».');
    const loading = loadCoreLocale('sv');
    release();
    expect(await loading).to.equal('sv');
    expect(early.localize('sv').message).to.equal('Hittades inte: x');
    expect(toLocale('sv-FI')).to.equal('sv');
  });

  it('lets a host register a translation, and a loader that runs once, on first use', async () => {
    let loads = 0;
    const swiss: CoreTranslation = {
      ...de,
      locale: 'de-CH',
      intl: 'de-CH',
      errors: { ...de.errors, 'quota-exceeded': () => 'Nicht genügend Speicherplatz: Es wurde nichts gespeichert (CH).' },
    };
    registerCoreLocale('de-CH', async () => {
      loads += 1;
      return swiss;
    });
    expect(toLocale('de-ch')).to.equal('de-CH');
    const [a, b] = await Promise.all([loadCoreLocale('de-CH'), loadCoreLocale('de-CH')]);
    expect([a, b, loads]).to.deep.equal(['de-CH', 'de-CH', 1]);
    expect(new DossierError('quota-exceeded', {}, { locale: 'de-CH' }).message).to.match(/\(CH\)\.$/);
    expect(formatBytes(1234567, 'de-CH')).to.equal('1.2\u00a0MB');
    registerCoreLocale({ ...fr, locale: 'fr-BE', reminders: { ...fr.reminders, subject: () => 'Documents manquants' } });
    expect(toLocale('fr-BE')).to.equal('fr-BE');
    const client = await clientIn('fr-BE');
    expect((await client.reminders.compose('P-1')).subject).to.equal('Documents manquants');
  });

  it('says once when a translation cannot be loaded, and uses French', async () => {
    registerCoreLocale('fi', () => Promise.reject(new Error('offline')));
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(await loadCoreLocale('fi')).to.equal('fr');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('"fi"');
    expect(() => registerCoreLocale('fi', 'not a loader' as unknown as () => Promise<CoreTranslation>)).to.throw(TypeError);
  });

  describe('every shipped translation', () => {
    for (const [locale, translation] of Object.entries(TRANSLATIONS) as [Locale, CoreTranslation][]) {
      it(`${locale}: writes every error code and every reason, with nothing left blank`, async () => {
        await loadCoreLocale(locale);
        for (const code of DOSSIER_ERROR_CODES) {
          for (const details of [{}, FULL_DETAILS]) {
            const message = new DossierError(code, details, { locale }).message;
            expect(message, `${code} ${JSON.stringify(details)}`)
              .to.match(/^\S.*\S$/s)
              .and.not.match(/\bundefined\b|\bnull\b|\bNaN\b|\[object|\s\s/);
            if (locale !== 'fr' && Object.keys(details).length > 0) {
              expect(message, code).to.not.equal(new DossierError(code, details, { locale: 'fr' }).message);
            }
          }
        }
        for (const reason of EVERY_REASON) {
          const message = new DossierError('invalid-input', { field: 'x', reason }, { locale }).message;
          expect(message, JSON.stringify(reason)).to.not.match(/undefined|\[object/);
          if (locale !== 'fr')
            expect(message, JSON.stringify(reason)).to.not.equal(
              new DossierError('invalid-input', { field: 'x', reason }, { locale: 'fr' }).message,
            );
        }
      });

      it(`${locale}: formats sizes, dates and plurals through Intl`, () => {
        expect(intlLocale(locale)).to.equal(translation.intl);
        expect(formatBytes(1536 * 1024, locale)).to.equal(
          `${new Intl.NumberFormat(translation.intl).format(1.5)}\u00a0${translation.byteUnits[2]}`,
        );
        const one = translation.reminders.subject({
          clientName: '',
          clientEmail: '',
          reference: 'X',
          isContract: true,
          riskLabel: '',
          pieces: [{ label: 'A' }],
        });
        const two = translation.reminders.subject({
          clientName: '',
          clientEmail: '',
          reference: 'X',
          isContract: true,
          riskLabel: '',
          pieces: [{ label: 'A' }, { label: 'B' }],
        });
        expect(one).to.not.equal(two);
      });
    }
  });

  it('picks plural forms by the language’s rules', () => {
    const french = pluralRule('fr-FR');
    const english = pluralRule('en-GB');
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2].map((n) => french(n, forms))).to.deep.equal(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => english(n, forms))).to.deep.equal(['other', 'one', 'other']);
    expect(pluralRule('pl')(5, { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' })).to.equal('plików');
  });

  it('reads reasons sent as JSON, keeping only well-formed ones', () => {
    for (const reason of EVERY_REASON) expect(readDossierReason(JSON.parse(JSON.stringify(reason)))).to.deep.equal(reason);
    for (const bad of [
      null,
      'empty',
      { key: 'nope' },
      { key: 'atMost', max: 'many' },
      { key: 'fileDamage', damage: 'burnt' },
      { key: 'requirement', problem: { kind: 'forbidden-key' }, path: '' },
      { key: 'requirement', problem: { kind: 'x' }, path: '' },
    ]) {
      expect(readDossierReason(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('shows a reason a server sent per locale in the reader’s language, else in French', () => {
    const reason = { fr: 'modifié entre-temps', en: 'changed meanwhile', de: 'zwischenzeitlich geändert' };
    expect(new DossierError('conflict', { reason }, { locale: 'de' }).details.reason).to.equal(reason);
    expect(new DossierError('storage-unavailable', { reason }, { locale: 'de' }).message).to.contain('(zwischenzeitlich geändert)');
    expect(new DossierError('storage-unavailable', { reason }, { locale: 'nl' }).message).to.contain('(modifié entre-temps)');
  });
});

// The tags these tests register, declared as a host declares its own: TypeScript then takes them as locales.
declare module '@dossier/core' {
  interface DossierLocales {
    sv: true;
    fi: true;
    'de-CH': true;
    'fr-BE': true;
  }
}

/** Words of `errors[...]` for tests that compare against a translation directly. */
function words(): Parameters<ErrorMessages['not-found']>[1] {
  return { reason: String, bytes: String, mediaType: String, acceptList: (list) => list.join(', ') };
}

// A translation must be complete: each of these lines would compile only if a text could be left out.
const { conflict: _conflict, ...errorsWithoutConflict } = fr.errors;
// @ts-expect-error — an error code without its message does not compile
export const incompleteErrors: ErrorMessages = errorsWithoutConflict;
const { reminders: _reminders, ...withoutReminders } = de;
// @ts-expect-error — a translation without the reminder e-mail does not compile
export const incompleteTranslation: CoreTranslation = withoutReminders;
const { unreadable: _unreadable, ...problemsWithoutOne } = es.reasons.requirement;
// @ts-expect-error — a requirement problem without its sentence does not compile
export const incompleteReasons: CoreTranslation = { ...es, reasons: { ...es.reasons, requirement: problemsWithoutOne } };
// Every shipped locale must be there where a record per locale is asked for.
// @ts-expect-error — a record of the shipped locales without Dutch does not compile
export const incompleteLocales: Record<(typeof LOCALES)[number], string> = { fr: '', en: '', de: '', es: '', it: '' };
// @ts-expect-error — a locale nobody declared is a typo
export const undeclaredLocale: Locale = 'zz';
