import { expect, fixture, html } from '@open-wc/testing';
import type { RiskType } from '@dossier/core';
import '../src/components/risk-type-list/define.js';
import '../src/components/new-piece-form/define.js';
import type { DossierRiskTypeList } from '../src/components/risk-type-list/dossier-risk-type-list.component.js';
import type { DossierNewPieceForm } from '../src/components/new-piece-form/dossier-new-piece-form.component.js';

// The elements that render into their own light DOM get their styles, scoped by their tag name,
// from their view (loaded on their first update): the view adopts them where the element renders.
// Moved under another root after it rendered, the element must be styled there too.

const CATALOGUE: RiskType[] = [{ id: 'auto', label: 'Automobile', revision: 1 }];

/** A shadow root of a plain host, attached to the page: another root than the document. */
async function shadowHost(): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  return host.attachShadow({ mode: 'open' });
}

describe('light DOM elements: styles from their view', () => {
  it('styles a risk type list in the document, then again in a shadow root it is moved to', async () => {
    const el = await fixture<DossierRiskTypeList>(
      html`<dossier-risk-type-list .riskTypes=${CATALOGUE} selected-id="auto"></dossier-risk-type-list>`,
    );
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    const root = await shadowHost();
    root.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    expect(getComputedStyle(el.querySelector('button')!).fontWeight).to.equal('600');
  });

  it('styles a new piece form rendered for the first time inside a shadow root', async () => {
    const root = await shadowHost();
    const el = document.createElement('dossier-new-piece-form') as DossierNewPieceForm;
    root.append(el);
    await el.show();
    expect(getComputedStyle(el.querySelector('[part~="add-form"]')!).display).to.equal('flex');
    // Each root adopts the sheet once, however often the element renders.
    el.requestUpdate();
    await el.updateComplete;
    const sheets = root.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('dossier-new-piece-form')),
    );
    expect(sheets).to.have.length(1);
  });
});
