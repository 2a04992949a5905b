import { expect, fixture, html } from '@open-wc/testing';
import '@dossier/elements/define';
import type { Translation } from '@dossier/elements';
import { de } from '@dossier/elements/locales/de';
import { es } from '@dossier/elements/locales/es';
import { it as italian } from '@dossier/elements/locales/it';
import { nl } from '@dossier/elements/locales/nl';
import { mountGallery } from '../support/element-gallery.js';
import { leftoverSign, type CheckedLocale } from '../support/leftover-sign.js';
import { readableTexts } from '../support/readable-texts.js';

/** The host's name of its pipeline stage "Étude" in each locale (the host stores its stages in French). */
const STAGE: Readonly<Record<CheckedLocale, string>> = {
  de: 'Bedarfsanalyse',
  es: 'Análisis de necesidades',
  it: 'Analisi dei bisogni',
  nl: 'Behoefteanalyse',
};
const TRANSLATIONS: Readonly<Record<CheckedLocale, Translation>> = { de, es, it: italian, nl };

// Issue 9: brokers in Germany, Switzerland, Spain, Italy, Belgium and the Netherlands. Every element,
// in every state, in each shipped locale besides French and English, with host data in that
// language: no French may show, nor English left untranslated.
describe('every shipped locale (built packages)', () => {
  for (const locale of ['de', 'es', 'it', 'nl'] as const) {
    it(`leaves no French (nor English) text in any element, in any state, in locale="${locale}"`, async () => {
      const root = await fixture<HTMLElement>(html`<main></main>`);
      const stageLabel = (stage: string, shown: string) => (shown === locale && stage === 'Étude' ? STAGE[locale] : stage);
      await mountGallery(root, {
        locale,
        configure: (element) => {
          if (element.localName === 'dossier-provider' || element.localName === 'dossier-tracker') Object.assign(element, { stageLabel });
        },
      });
      // The gallery's own sections are named after their state ("loading"): the test's words, not Dossier's.
      const shown = readableTexts(root).filter((item) => item.where !== 'main › section @aria-label');
      const leftovers = shown
        .map((item) => ({ ...item, sign: leftoverSign(item.text, locale) }))
        .filter((item) => item.sign !== null)
        .map((item) => `${item.sign} in "${item.text.slice(0, 80)}" (${item.where})`);
      expect(leftovers).to.deep.equal([]);
      // The states were really shown, in that language: the stage, what opens on demand, refusals.
      const t = TRANSLATIONS[locale].elements;
      const texts = shown.map((item) => item.text);
      for (const expected of [
        STAGE[locale],
        t.audit.emptyFiltered,
        t.dropZone.release,
        t.indexer.confirmRemove('photo.png'),
        t.piecesEditor.save,
        t.reminder.fieldErrors.toInvalid,
        t.tracker.reasonRequired,
      ]) {
        expect(
          texts.some((text) => text.includes(expected)),
          expected,
        ).to.equal(true);
      }
    });
  }
});
