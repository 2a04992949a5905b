import { expect } from 'chai';
import fc from 'fast-check';
import { isDossierError, type DossierError } from '../src/errors/dossier-error.js';
import type { ReminderDraft } from '../src/model/reminder.js';
import { assertSafeDraft } from '../src/reminders/assert-safe-draft.js';
import { createCallbackTransport } from '../src/reminders/callback-transport.js';
import { composeReminder } from '../src/reminders/compose-reminder.js';
import { reminderTemplatesFor } from '../src/reminders/default-reminder-templates.js';
import { isValidEmail } from '../src/reminders/is-valid-email.js';
import { buildMailtoUrl } from '../src/reminders/mailto-url.js';
import { createMailtoTransport } from '../src/reminders/mailto-transport.js';
import { reminders as reminderTemplatesEn } from '../src/locales/en.js';
import { reminders as reminderTemplatesFr } from '../src/locales/fr.js';
import type { ReminderContext, ReminderTemplates } from '../src/reminders/reminder-templates.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function context(overrides: Partial<ReminderContext> = {}): ReminderContext {
  return {
    clientName: 'Jean Dupont',
    clientEmail: 'jean.dupont@exemple.fr',
    reference: 'C-123',
    isContract: true,
    riskLabel: 'Automobile',
    pieces: [{ label: 'Permis de conduire', instructions: 'recto et verso, lisible' }, { label: "Relevé d'information" }],
    ...overrides,
  };
}

function draft(overrides: Partial<ReminderDraft> = {}): ReminderDraft {
  return {
    to: 'jean.dupont@exemple.fr',
    subject: 'Pièces manquantes – contrat n° C-123 (Automobile)',
    body: 'Bonjour,\n\nMerci.',
    pieceIds: ['p1', 'p2'],
    ...overrides,
  };
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

async function rejected(promise: Promise<unknown> | unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function expectDossierError(error: unknown, code: string, field?: string): void {
  expect(isDossierError(error), String(error)).to.equal(true);
  const e = error as { code: string; details: { field?: string } };
  expect(e.code).to.equal(code);
  if (field !== undefined) expect(e.details.field).to.equal(field);
}

/** `value` quoted for a test title, invisible characters escaped. */
function show(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007F-\u00A0\u2028\u2029\u202E]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** The parts of a mailto URL, split on its raw delimiters. */
function splitMailto(url: string): { address: string; fields: Record<string, string> } {
  expect(url.startsWith('mailto:')).to.equal(true);
  const [address = '', query = ''] = url.slice('mailto:'.length).split('?');
  const fields: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=');
    fields[name] = value;
  }
  return { address, fields };
}

describe('reminders', () => {
  describe('French templates', () => {
    it('names the client, the contract, the risk and each missing piece with its instructions', () => {
      const c = context();
      expect(reminderTemplatesFr.subject(c)).to.equal('Pièces manquantes – contrat n° C-123 (Automobile)');
      expect(reminderTemplatesFr.body(c)).to.equal(
        [
          'Bonjour Jean Dupont,',
          '',
          'Afin de compléter votre dossier contrat n° C-123 (Automobile), merci de nous transmettre les pièces suivantes :',
          '',
          '- Permis de conduire : recto et verso, lisible',
          "- Relevé d'information",
          '',
          'Vous pouvez répondre à ce message en joignant les documents.',
          '',
          'Cordialement,',
        ].join('\n'),
      );
    });

    it('says "proposition" before conversion and uses the singular for one piece', () => {
      const c = context({ isContract: false, reference: 'P-9', riskLabel: 'Habitation', pieces: [{ label: 'RIB' }] });
      expect(reminderTemplatesFr.subject(c)).to.equal('Pièce manquante – proposition n° P-9 (Habitation)');
      const body = reminderTemplatesFr.body(c);
      expect(body).to.contain('votre dossier proposition n° P-9 (Habitation), merci de nous transmettre la pièce suivante :');
      expect(body).to.contain('\n- RIB\n');
      expect(body).not.to.contain('contrat');
    });

    it('greets politely without a name and says so when nothing is missing', () => {
      const c = context({ clientName: '  ', pieces: [] });
      const body = reminderTemplatesFr.body(c);
      expect(body.startsWith('Bonjour Madame, Monsieur,\n')).to.equal(true);
      expect(body).to.contain('Votre dossier contrat n° C-123 (Automobile) est complet');
      expect(body).not.to.contain('merci de nous transmettre');
      expect(body).not.to.match(/^- /m);
      expect(reminderTemplatesFr.subject(c)).to.equal('Votre dossier – contrat n° C-123 (Automobile)');
    });
  });

  describe('English templates', () => {
    it('names the client, the contract, the risk and each missing piece with its instructions', () => {
      const c = context({
        riskLabel: 'Car',
        pieces: [{ label: 'Driving licence', instructions: 'both sides' }, { label: 'Claims history' }],
      });
      expect(reminderTemplatesEn.subject(c)).to.equal('Missing documents – contract C-123 (Car)');
      const body = reminderTemplatesEn.body(c);
      expect(body.startsWith('Dear Jean Dupont,\n')).to.equal(true);
      expect(body).to.contain('To complete your file for contract C-123 (Car), please send us the following documents:');
      expect(body).to.contain('\n- Driving licence: both sides\n- Claims history\n');
      expect(body).to.contain('You can reply to this message with the documents attached.');
      expect(body.endsWith('Kind regards,')).to.equal(true);
    });

    it('says "proposal" before conversion, and "complete" when nothing is missing', () => {
      const c = context({ isContract: false, reference: 'P-9', riskLabel: 'Home', pieces: [] });
      expect(reminderTemplatesEn.subject(c)).to.equal('Your file – proposal P-9 (Home)');
      expect(reminderTemplatesEn.body(c)).to.contain('Your file for proposal P-9 (Home) is complete');
      expect(reminderTemplatesEn.subject(context({ pieces: [{ label: 'ID' }] }))).to.match(/^Missing document – /);
    });
  });

  describe('composeReminder', () => {
    it('addresses the client and takes subject and body from the templates', () => {
      const d = composeReminder(context(), ['p1', 'p2'], reminderTemplatesFr);
      expect(d.to).to.equal('jean.dupont@exemple.fr');
      expect(d.subject).to.equal(reminderTemplatesFr.subject(context()));
      expect(d.body).to.equal(reminderTemplatesFr.body(context()));
      expect(d.pieceIds).to.deep.equal(['p1', 'p2']);
    });

    it('keeps hostile names, labels and references as plain text', () => {
      const c = context({
        clientName: HOSTILE,
        reference: `C-1 ${HOSTILE}`,
        riskLabel: '<b>Auto</b>',
        pieces: [{ label: HOSTILE, instructions: '<script>alert(1)</script> & "quotes"' }],
      });
      for (const templates of [reminderTemplatesFr, reminderTemplatesEn]) {
        const d = composeReminder(c, ['p1'], templates);
        expect(d.body).to.contain(HOSTILE);
        expect(d.body).to.contain('<script>alert(1)</script> & "quotes"');
        expect(d.subject).to.contain(`C-1 ${HOSTILE}`);
        expect(d.subject).to.contain('(<b>Auto</b>)');
        expect(buildMailtoUrl(d)).to.match(/^mailto:jean\.dupont@exemple\.fr\?subject=[^?&#]+&body=[^?&#]+$/);
      }
    });

    it('puts host data with line breaks on one line, so none can start a header or a list line', () => {
      const c = context({
        clientName: 'Jean\r\nBcc: all@x.fr',
        reference: 'C-1\nBcc: all@x.fr',
        riskLabel: 'Auto\u2028Cc: x@y.fr',
        pieces: [{ label: 'Permis\n- Faux', instructions: 'recto\r\nverso\u0000' }],
      });
      const d = composeReminder(c, ['p1'], reminderTemplatesFr);
      expect(d.subject).to.equal('Pièce manquante – contrat n° C-1 Bcc: all@x.fr (Auto Cc: x@y.fr)');
      expect(d.body).to.contain('Bonjour Jean Bcc: all@x.fr,');
      expect(d.body).to.contain('\n- Permis - Faux : recto verso\n');
      expect(d.body).not.to.match(/^(Bcc|Cc):/m);
      expect(() => assertSafeDraft(d)).not.to.throw();
    });

    it('forces a host template subject onto one line and normalises body line breaks', () => {
      const templates: ReminderTemplates = {
        subject: () => 'Relance\r\nBcc: all@x.fr\tURGENT\u2029',
        body: () => 'Ligne 1\r\nLigne 2\rLigne 3\nLigne 4',
      };
      const d = composeReminder(context(), [], templates);
      expect(d.subject).to.equal('Relance Bcc: all@x.fr URGENT');
      expect(d.body).to.equal('Ligne 1\nLigne 2\nLigne 3\nLigne 4');
    });

    it('does not throw on names with lone surrogates, and the draft still builds a URL', () => {
      const d = composeReminder(context({ clientName: 'A\uD800B', riskLabel: '\uDC00' }), [], reminderTemplatesEn);
      expect(d.body).to.contain('Dear A\uFFFDB,');
      expect(() => buildMailtoUrl(d)).not.to.throw();
    });

    it('never throws on arbitrary client names and labels', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, label) => {
          const c = context({ clientName: name, riskLabel: label, pieces: [{ label, instructions: name }] });
          for (const templates of [reminderTemplatesFr, reminderTemplatesEn]) {
            const url = buildMailtoUrl(composeReminder(c, ['p1'], templates));
            expect(url).not.to.match(/[\r\n ]/);
          }
        }),
        { seed: 20261128, numRuns: 200 },
      );
    });

    it('turns a failing or non-text host template into invalid-input', () => {
      const throwing: ReminderTemplates = {
        subject: () => {
          throw new TypeError('boom');
        },
        body: () => 'b',
      };
      expectDossierError(
        caught(() => composeReminder(context(), [], throwing)),
        'invalid-input',
        'reminderTemplates.subject',
      );
      const notText = { subject: () => 's', body: () => 42 } as unknown as ReminderTemplates;
      expectDossierError(
        caught(() => composeReminder(context(), [], notText, 'en')),
        'invalid-input',
        'reminderTemplates.body',
      );
    });
  });

  describe('isValidEmail', () => {
    const valid = [
      'jean.dupont@exemple.fr',
      'a@b.fr',
      "o'brien+devis@assur-ance.co.uk",
      'x_y-z@sub.domain.example',
      'élodie.müller@exemple.fr',
      'josé@correo.españa.es',
      '用户@例子.广告',
      'a@xn--bcher-kva.example',
      `${'a'.repeat(64)}@exemple.fr`,
    ];
    const invalid = [
      '',
      'plainaddress',
      '@exemple.fr',
      'jean@',
      'jean@localhost',
      'jean@@exemple.fr',
      'a@b@exemple.fr',
      'jean dupont@exemple.fr',
      ' jean@exemple.fr',
      'jean@exemple.fr ',
      'victim@x.fr\r\nBcc: all@x.fr',
      'victim@x.fr\nBcc:all@x.fr',
      'victim@x.fr\u2028',
      'a@b.fr,c@d.fr',
      'a@b.fr;c@d.fr',
      'a@b.fr%0ABcc:x',
      'a%0A@b.fr',
      'Jean <jean@exemple.fr>',
      '"jean dupont"@exemple.fr',
      'jean@[127.0.0.1]',
      'jean@1.2.3.4',
      '.jean@exemple.fr',
      'jean.@exemple.fr',
      'jean..dupont@exemple.fr',
      'jean@exemple..fr',
      'jean@.exemple.fr',
      'jean@exemple.fr.',
      'jean@-exemple.fr',
      'jean@exemple-.fr',
      'jean@exe_mple.fr',
      'jean@exemple.fr:25',
      'jean\u202E@exemple.fr',
      'jean\u00A0@exemple.fr',
      `${'a'.repeat(65)}@exemple.fr`,
      `a@${'b'.repeat(64)}.fr`,
      `a@${'b.'.repeat(126)}fr`,
    ];
    for (const value of valid) {
      it(`accepts ${show(value)}`, () => expect(isValidEmail(value)).to.equal(true));
    }
    for (const value of invalid) {
      it(`refuses ${show(value)}`, () => expect(isValidEmail(value)).to.equal(false));
    }
    it('refuses non-strings without throwing', () => {
      expect(isValidEmail(undefined as unknown as string)).to.equal(false);
      expect(isValidEmail(['a@b.fr'] as unknown as string)).to.equal(false);
    });
  });

  describe('assertSafeDraft', () => {
    it('returns a trimmed copy of a safe draft', () => {
      const input = draft({ to: '  jean@exemple.fr ', subject: ' Sujet  ', body: '\n Bonjour\n\n', pieceIds: ['p1'] });
      const out = assertSafeDraft(input);
      expect(out).to.deep.equal({ to: 'jean@exemple.fr', subject: 'Sujet', body: 'Bonjour', pieceIds: ['p1'] });
      expect(out).not.to.equal(input);
      expect(out.pieceIds).not.to.equal(input.pieceIds);
    });

    const headerBreaks: Array<[field: 'to' | 'subject', value: string]> = [
      ['to', 'victim@x.fr\r\nBcc: all@x.fr'],
      ['to', 'victim@x.fr\nBcc: all@x.fr'],
      ['to', 'victim@x.fr\rBcc: all@x.fr'],
      ['to', 'victim@x.fr\n'],
      ['to', 'victim@x.fr\u0085Bcc: all@x.fr'],
      ['to', 'victim@x.fr\u2028Bcc: all@x.fr'],
      ['subject', 'Relance\r\nBcc: all@x.fr'],
      ['subject', 'Relance\nBcc: all@x.fr'],
      ['subject', 'Relance\u2029Bcc: all@x.fr'],
      ['subject', 'Relance\u0000'],
      ['subject', 'Relance\t'],
      ['subject', 'Relance\u007F'],
      // Bidi overrides and isolates make a subject or an address read in another order.
      ['subject', 'Relance CT-\u202E1234'],
      ['subject', 'Relance \u2067CT-1\u2069'],
      ['to', 'jean\u202E@exemple.fr'],
    ];
    for (const [field, value] of headerBreaks) {
      it(`refuses ${show(value)} in ${field} with unsafe-header`, () => {
        expectDossierError(
          caught(() => assertSafeDraft(draft({ [field]: value }))),
          'unsafe-header',
          field,
        );
      });
    }

    for (const to of ['a@b.fr,c@d.fr', 'a@b.fr;c@d.fr', 'a@b.fr%0ABcc:x', 'Jean <a@b.fr>', 'pas-une-adresse', '', '   ']) {
      it(`refuses the address ${show(to)} with unsafe-header and a reason`, () => {
        const error = caught(() => assertSafeDraft(draft({ to }), 'en'));
        expectDossierError(error, 'unsafe-header', 'to');
        // The reason travels as data, written in whichever locale the error is shown in.
        expect((error as { details: { reason?: unknown } }).details.reason).to.deep.equal({ key: 'invalidEmail' });
        expect((error as Error).message).to.contain('not a valid e-mail address');
        // The other locale is kept, so the error can be shown in French too.
        expect((error as DossierError).localize('fr').message).to.contain('adresse e-mail invalide');
        expect((error as Error).message).to.contain('(to)');
      });
    }

    it('localises the error message (French by default)', () => {
      const error = caught(() => assertSafeDraft(draft({ to: 'a@b.fr,c@d.fr' }))) as Error;
      expect(error.message).to.contain('En-tête de message refusé (to)');
    });

    it('refuses a subject over 500 characters (a megabyte included) with invalid-input', () => {
      expectDossierError(
        caught(() => assertSafeDraft(draft({ subject: 'x'.repeat(501) }))),
        'invalid-input',
        'subject',
      );
      expectDossierError(
        caught(() => assertSafeDraft(draft({ subject: 'x'.repeat(1024 * 1024) }))),
        'invalid-input',
        'subject',
      );
      expect(assertSafeDraft(draft({ subject: 'x'.repeat(500) })).subject).to.have.length(500);
    });

    it('refuses empty subject or body, and a body over 100 000 characters, with invalid-input', () => {
      expectDossierError(
        caught(() => assertSafeDraft(draft({ subject: '   ' }))),
        'invalid-input',
        'subject',
      );
      expectDossierError(
        caught(() => assertSafeDraft(draft({ body: ' \n\n ' }))),
        'invalid-input',
        'body',
      );
      expectDossierError(
        caught(() => assertSafeDraft(draft({ body: 'x'.repeat(100_001) }))),
        'invalid-input',
        'body',
      );
      expect(assertSafeDraft(draft({ body: 'x'.repeat(100_000) })).body).to.have.length(100_000);
    });

    it('refuses lone surrogates, which no URL can encode, with invalid-input', () => {
      expectDossierError(
        caught(() => assertSafeDraft(draft({ subject: 'a\uD800' }))),
        'invalid-input',
        'subject',
      );
      expectDossierError(
        caught(() => assertSafeDraft(draft({ body: '\uDC00b' }))),
        'invalid-input',
        'body',
      );
    });

    it('refuses fields of the wrong type with invalid-input', () => {
      const bad = (patch: Record<string, unknown>) => ({ ...draft(), ...patch }) as unknown as ReminderDraft;
      expectDossierError(
        caught(() => assertSafeDraft(bad({ pieceIds: 'p1' }))),
        'invalid-input',
        'pieceIds',
      );
      expectDossierError(
        caught(() => assertSafeDraft(bad({ pieceIds: ['p1', 2] }))),
        'invalid-input',
        'pieceIds',
      );
      expectDossierError(
        caught(() => assertSafeDraft(bad({ pieceIds: undefined }))),
        'invalid-input',
        'pieceIds',
      );
      expectDossierError(
        caught(() => assertSafeDraft(bad({ subject: 3 }))),
        'invalid-input',
        'subject',
      );
      expectDossierError(
        caught(() => assertSafeDraft(bad({ to: null }))),
        'invalid-input',
        'to',
      );
      expectDossierError(
        caught(() => assertSafeDraft(bad({ body: {} }))),
        'invalid-input',
        'body',
      );
      expectDossierError(
        caught(() => assertSafeDraft(null as unknown as ReminderDraft)),
        'invalid-input',
      );
    });
  });

  describe('buildMailtoUrl', () => {
    it('builds an RFC 6068 URL with %20 for spaces and CRLF line breaks', () => {
      const url = buildMailtoUrl(draft({ subject: 'Pièces manquantes', body: 'Bonjour,\nMerci' }));
      expect(url).to.equal('mailto:jean.dupont@exemple.fr?subject=Pi%C3%A8ces%20manquantes&body=Bonjour%2C%0D%0AMerci');
    });

    it('round-trips subject and body exactly, with CRLF newlines', () => {
      const subject = 'Relance & rappel ? #1 = 100 % + 50 % – contrat n° C-123 (Auto) ; é 😀';
      const body = 'Bonjour,\n\nLigne\r\nautre\rfin & ?x=1#y %0A %0D%0A + plus\n- Pièce : <b>x</b>';
      const url = buildMailtoUrl(draft({ subject, body }));
      const { address, fields } = splitMailto(url);
      expect(Object.keys(fields)).to.deep.equal(['subject', 'body']);
      expect(decodeURIComponent(address)).to.equal('jean.dupont@exemple.fr');
      expect(decodeURIComponent(fields['subject'] ?? '')).to.equal(subject);
      expect(decodeURIComponent(fields['body'] ?? '')).to.equal(body.replace(/\r\n|\r|\n/g, '\r\n'));
    });

    it('leaves no raw CR, LF, space, "+", "&", "?" or "#" inside subject or body', () => {
      const url = buildMailtoUrl(draft({ subject: 'a & b ? c # d + e', body: 'x\ny & z ? # + %0A' }));
      expect(url).not.to.match(/[\r\n \u2028\u2029]/);
      const query = url.slice(url.indexOf('?') + 1);
      expect(url.split('?')).to.have.length(2);
      expect(query.split('&')).to.have.length(2);
      expect(url).not.to.contain('#');
      expect(url).not.to.contain('+');
      // A literal "%0A" typed by someone stays literal text, never a line break.
      expect(url).to.contain('%250A');
    });

    it('percent-encodes the address but keeps "@"', () => {
      expect(splitMailto(buildMailtoUrl(draft({ to: "o'brien+devis@exemple.fr" }))).address).to.equal("o'brien%2Bdevis@exemple.fr");
      expect(splitMailto(buildMailtoUrl(draft({ to: 'a&b?c#d@exemple.fr' }))).address).to.equal('a%26b%3Fc%23d@exemple.fr');
      expect(splitMailto(buildMailtoUrl(draft({ to: 'élodie@exemple.fr' }))).address).to.equal('%C3%A9lodie@exemple.fr');
    });

    it('refuses header injection before building anything', () => {
      for (const to of ['victim@x.fr\r\nBcc: all@x.fr', 'a@b.fr,c@d.fr', 'a@b.fr%0ABcc:x', 'a@b.fr?bcc=c@d.fr']) {
        expectDossierError(
          caught(() => buildMailtoUrl(draft({ to }))),
          'unsafe-header',
          'to',
        );
      }
      expectDossierError(
        caught(() => buildMailtoUrl(draft({ subject: 'x\r\nBcc: all@x.fr' }))),
        'unsafe-header',
        'subject',
      );
    });

    it('round-trips any subject and body that pass assertSafeDraft', () => {
      const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '&', '?', '#', '=', '%', '+', '\r', '\n', '😀', '\u2028') });
      fc.assert(
        fc.property(text, text, (subject, body) => {
          let safe: ReminderDraft;
          try {
            safe = assertSafeDraft(draft({ subject, body }));
          } catch (error) {
            expect(isDossierError(error)).to.equal(true);
            return;
          }
          const { fields } = splitMailto(buildMailtoUrl(safe));
          expect(decodeURIComponent(fields['subject'] ?? '')).to.equal(safe.subject);
          expect(decodeURIComponent(fields['body'] ?? '')).to.equal(safe.body.replace(/\r\n|\r|\n/g, '\r\n'));
        }),
        { seed: 6068, numRuns: 300 },
      );
    });
  });

  describe('createMailtoTransport', () => {
    it('opens the mailto URL of the draft', async () => {
      const opened: string[] = [];
      const transport = createMailtoTransport((url) => opened.push(url));
      expect(transport.name).to.equal('mailto');
      await transport.send(draft());
      expect(opened).to.deep.equal([buildMailtoUrl(draft())]);
    });

    it('rejects an unsafe draft without opening anything', async () => {
      const opened: string[] = [];
      const transport = createMailtoTransport((url) => opened.push(url));
      const send = transport.send(draft({ to: 'victim@x.fr\r\nBcc: all@x.fr' }));
      expect(send).to.be.instanceOf(Promise);
      expectDossierError(await rejected(send), 'unsafe-header', 'to');
      expect(opened).to.deep.equal([]);
    });

    it('outside a browser, rejects with invalid-input by default', async function () {
      // In Chromium the default would navigate the test page away.
      if (typeof (globalThis as { document?: unknown }).document !== 'undefined') this.skip();
      const error = await rejected(createMailtoTransport().send(draft()));
      expectDossierError(error, 'invalid-input');
      expect((error as { details: { reason?: string } }).details.reason).to.equal('no browser to open mailto: URL');
    });
  });

  describe('createCallbackTransport', () => {
    it('passes the checked, trimmed draft to the host, under its name', async () => {
      const sent: ReminderDraft[] = [];
      const transport = createCallbackTransport(async (d) => {
        sent.push(d);
      }, 'crm-mail');
      expect(transport.name).to.equal('crm-mail');
      await transport.send(draft({ subject: ' Sujet ' }));
      expect(sent).to.deep.equal([{ ...draft(), subject: 'Sujet' }]);
      expect(createCallbackTransport(() => undefined).name).to.equal('callback');
    });

    it('rejects an unsafe draft before calling the host', async () => {
      let calls = 0;
      const transport = createCallbackTransport(() => {
        calls += 1;
      });
      expectDossierError(await rejected(transport.send(draft({ to: 'a@b.fr,c@d.fr' }))), 'unsafe-header', 'to');
      expectDossierError(await rejected(transport.send(draft({ subject: 'a\nBcc: x@y.fr' }))), 'unsafe-header', 'subject');
      expect(calls).to.equal(0);
    });

    it('passes the host failure through, thrown or rejected', async () => {
      const thrown = new Error('smtp down');
      expect(
        await rejected(
          createCallbackTransport(() => {
            throw thrown;
          }).send(draft()),
        ),
      ).to.equal(thrown);
      expect(await rejected(createCallbackTransport(() => Promise.reject(thrown)).send(draft()))).to.equal(thrown);
    });

    it('refuses a missing callback or an empty name', () => {
      expectDossierError(
        caught(() => createCallbackTransport(undefined as unknown as () => void)),
        'invalid-input',
        'send',
      );
      expectDossierError(
        caught(() => createCallbackTransport(() => undefined, '  ')),
        'invalid-input',
        'name',
      );
    });
  });

  describe('reminderTemplatesFor', () => {
    it('gives the built-in templates of each locale', () => {
      expect(reminderTemplatesFor('fr').subject(context())).to.equal(reminderTemplatesFr.subject(context()));
      expect(reminderTemplatesFor('en').body(context())).to.equal(reminderTemplatesEn.body(context()));
    });

    it('merges host overrides of one locale over the defaults', () => {
      const overrides = { fr: { subject: (c: ReminderContext) => `Relance ${c.reference}` } };
      const fr = reminderTemplatesFor('fr', overrides);
      expect(fr.subject(context())).to.equal('Relance C-123');
      expect(fr.body(context())).to.equal(reminderTemplatesFr.body(context()));
      const en = reminderTemplatesFor('en', overrides);
      expect(en.subject(context())).to.equal(reminderTemplatesEn.subject(context()));
      const d = composeReminder(context(), ['p1'], fr);
      expect(d.subject).to.equal('Relance C-123');
    });

    it('calls overrides bound to their object', () => {
      class Signed implements ReminderTemplates {
        constructor(private readonly signature: string) {}
        subject(c: ReminderContext): string {
          return `Dossier ${c.reference}`;
        }
        body(c: ReminderContext): string {
          return `${reminderTemplatesEn.body(c)}\n${this.signature}`;
        }
      }
      const templates = reminderTemplatesFor('en', { en: new Signed('Cabinet Martin') });
      expect(templates.body(context()).endsWith('Kind regards,\nCabinet Martin')).to.equal(true);
    });

    it('refuses an override that is not a function', () => {
      const overrides = { fr: { body: 'Bonjour' } } as unknown as Parameters<typeof reminderTemplatesFor>[1];
      expectDossierError(
        caught(() => reminderTemplatesFor('fr', overrides)),
        'invalid-input',
        'reminderTemplates.fr.body',
      );
    });
  });
});

describe('reminders with an upload link', () => {
  it('asks for the pieces through the link: its placeholder in the draft, the address once sent', async () => {
    const { createDossierClient, createMemoryStorage, fillUploadLink, hasUploadLinkPlaceholder } = await import('@dossier/core');
    const client = createDossierClient({ storage: createMemoryStorage(), locale: 'fr' });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const plain = await client.reminders.compose('P-1');
    expect(plain.body).to.include('répondre à ce message');
    const fr = await client.reminders.compose('P-1', { link: true });
    expect(fr.body).to.include('sans créer de compte :\n\n{lien}');
    const en = await client.reminders.compose('P-1', { link: true, locale: 'en' });
    expect(en.body).to.include('no account needed:\n\n{link}');
    expect(hasUploadLinkPlaceholder(fr.body)).to.equal(true);
    const url = 'https://crm.example/portal/abc';
    expect(fillUploadLink(fr.body, url)).to.include(`sans créer de compte :\n\n${url}`);
    expect(hasUploadLinkPlaceholder(fillUploadLink(fr.body, url))).to.equal(false);
    // Taken out by the broker: the address still reaches the client, on a line of its own.
    expect(fillUploadLink('Bonjour,\n\nCordialement,\n', url)).to.equal(`Bonjour,\n\nCordialement,\n\n${url}`);
    // A line break in an address never reaches the message.
    expect(fillUploadLink('{link}', 'https://a\r\nBcc: x')).not.to.match(/[\r\n]/);
    const direct = await client.reminders.compose('P-1', { link: url });
    expect(direct.body).to.include(url);
  });
});
