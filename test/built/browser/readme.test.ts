import { expect } from '@open-wc/testing';
import { readmeBlocks, type ReadmeBlock } from '../support/readme-blocks.mjs';
import { deepElements } from '../support/deep-elements.js';
import { openFrame } from '../support/open-frame.js';
import { settleElements } from '../support/settle-elements.js';

/** The README blocks a browser checks (html pages run, css parsed), read as the repository has it. */
async function browserBlocks(): Promise<ReadmeBlock[]> {
  const readme = await (await fetch('/README.md')).text();
  return readmeBlocks(readme).filter((block) => block.check?.kind === 'browser');
}

// Issue 10: every README snippet is compiled or run by a test. These are the ones a browser runs.
describe('README snippets in Chromium (built packages)', () => {
  it('every html snippet runs as a page: its elements defined and rendered, no error', async () => {
    const blocks = (await browserBlocks()).filter((block) => block.lang === 'html');
    expect(blocks.length).to.be.greaterThan(0);
    for (const block of blocks) {
      const errors: string[] = [];
      const frame = await openFrame(`/test/built/pages/readme-snippet.html?block=${block.index}`);
      const win = frame.contentWindow!;
      win.addEventListener('error', (event) => errors.push(event.message));
      win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
      const doc = frame.contentDocument!;
      const tags = [
        ...new Set(
          deepElements(doc.body)
            .map((e) => e.localName)
            .filter((tag) => tag.startsWith('dossier-')),
        ),
      ];
      await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
      await settleElements(doc.body);
      for (const element of deepElements(doc.body).filter(
        (e) => e.localName.startsWith('dossier-') && e.localName !== 'dossier-provider',
      )) {
        expect(element.shadowRoot?.textContent?.trim(), `README.md:${block.line}: <${element.localName}> rendered`).to.not.equal('');
        expect(element.shadowRoot!.textContent, `README.md:${block.line}: <${element.localName}> has its client`).to.not.contain(
          'Aucun client Dossier',
        );
      }
      expect(errors, `README.md:${block.line}`).to.deep.equal([]);
      frame.remove();
    }
  });

  it('every css snippet parses, no rule dropped', async () => {
    const blocks = (await browserBlocks()).filter((block) => block.lang === 'css');
    expect(blocks.length).to.be.greaterThan(0);
    for (const block of blocks) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(block.code);
      expect(sheet.cssRules.length, `README.md:${block.line}: rules`).to.equal((block.code.match(/\{/g) ?? []).length);
      // Every property written is in the parsed sheet: none was dropped as invalid.
      const parsed = [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).style);
      const written = [...block.code.matchAll(/\{([^}]*)\}/g)].flatMap(([, body]) =>
        [...body!.matchAll(/([\w-]+)\s*:/g)].map(([, name]) => name!),
      );
      const dropped = written.filter((name) => !parsed.some((style) => style.getPropertyValue(name) !== ''));
      expect(dropped, `README.md:${block.line}: dropped properties`).to.deep.equal([]);
    }
  });
});
