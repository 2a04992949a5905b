import { expect, fixture, html } from '@open-wc/testing';
import '@dossier/elements/define';
import { mountGallery } from '../support/element-gallery.js';
import { frenchSign } from '../support/french-words.js';
import { readableTexts } from '../support/readable-texts.js';

// Issue 10, defect 9: the tracker showed "Stage Étude" in English ("Step Needs analysis" elsewhere).
// Every element, in every state, in locale="en", with English host data: no French may remain.
describe('locale="en" (built packages)', () => {
  it('leaves no French text in any element, in any state', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    // The host stores its pipeline stages in its own (French) vocabulary and names them per locale.
    const stageLabel = (stage: string, locale: string) => (locale === 'en' && stage === 'Étude' ? 'Needs analysis' : stage);
    await mountGallery(root, {
      locale: 'en',
      hostLanguage: 'en',
      configure: (element) => {
        if (element.localName === 'dossier-provider' || element.localName === 'dossier-tracker') Object.assign(element, { stageLabel });
      },
    });
    const leftovers = readableTexts(root)
      .map((item) => ({ ...item, sign: frenchSign(item.text) }))
      .filter((item) => item.sign !== null)
      .map((item) => `${item.sign} in "${item.text.slice(0, 80)}" (${item.where})`);
    expect(leftovers).to.deep.equal([]);
    // The states were really shown (in English): the stage in the host's words, what opens on demand, refusals.
    const texts = readableTexts(root).map((item) => item.text);
    for (const expected of [
      'Needs analysis',
      'No file matches these filters',
      'Release to add the files',
      'Remove “photo.png” for good?',
      'Save',
      'Invalid e-mail address',
      'Give the reason for the waiver.',
    ]) {
      expect(
        texts.some((text) => text.includes(expected)),
        expected,
      ).to.equal(true);
    }
  });
});
