import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RiskType } from '@dossier/core';
import '../src/components/risk-type-list/define.js';
import type { DossierRiskTypeList } from '../src/components/risk-type-list/dossier-risk-type-list.component.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CATALOGUE: RiskType[] = [
  { id: 'auto', label: 'Automobile', revision: 1 },
  { id: 'habitation', label: 'Multirisque habitation', revision: 1 },
  { id: 'sante', label: 'Santé', revision: 1 },
];

const buttons = (el: DossierRiskTypeList) => [...el.querySelectorAll<HTMLButtonElement>('[part~="risk-type"]')];

/** A list whose host follows its selection, as the pieces editor does. */
async function list(riskTypes: RiskType[] = CATALOGUE, selectedId = 'auto'): Promise<DossierRiskTypeList> {
  const el = await fixture<DossierRiskTypeList>(
    html`<dossier-risk-type-list .riskTypes=${riskTypes} selected-id=${selectedId}></dossier-risk-type-list>`,
  );
  el.addEventListener('dossier-risk-type-select', (event) => (el.selectedId = event.detail.riskTypeId));
  return el;
}

describe('dossier-risk-type-list', () => {
  it('shows every risk type as a button, the selected one marked and the only one in the tab order', async () => {
    const el = await list(CATALOGUE, 'habitation');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Automobile', 'Multirisque habitation', 'Santé']);
    expect(buttons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal(['false', 'true', 'false']);
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect(el.querySelector('[part~="risk-type-selected"]')!.textContent!.trim()).to.equal('Multirisque habitation');
    // No shadow root: its parts belong to the element around it.
    expect(el.shadowRoot).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires dossier-risk-type-select when another type is clicked, and not for the selected one', async () => {
    const el = await list();
    const fired: string[] = [];
    el.addEventListener('dossier-risk-type-select', (event) => fired.push(event.detail.riskTypeId));
    setTimeout(() => buttons(el)[2]!.click());
    const event = await oneEvent(el, 'dossier-risk-type-select');
    expect(event.detail).to.deep.equal({ riskTypeId: 'sante' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(buttons(el)[2]!.getAttribute('aria-current')).to.equal('true');
    buttons(el)[2]!.click();
    expect(fired).to.deep.equal(['sante']);
  });

  it('moves with the arrow keys, Home and End, and selects with Enter and Space', async () => {
    const el = await list();
    const fired: string[] = [];
    el.addEventListener('dossier-risk-type-select', (event) => fired.push(event.detail.riskTypeId));
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(buttons(el)[1]);
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect(fired).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(buttons(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(buttons(el)[2]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement).to.equal(buttons(el)[0]);
    expect(fired).to.deep.equal(['habitation', 'sante']);
    await el.updateComplete;
    expect(buttons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('keeps a sensible tab stop when the catalogue changes', async () => {
    const el = await list();
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    el.riskTypes = CATALOGUE.slice(0, 2);
    await el.updateComplete;
    // The focused type is gone: the selected one is the tab stop again.
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1]);
  });

  it('shows hostile labels as text, and styles itself on a page of its own', async () => {
    const el = await list([{ id: 'x', label: HOSTILE, revision: 1 }], 'x');
    expect(buttons(el)[0]!.textContent!.trim()).to.equal(HOSTILE);
    expect(el.querySelectorAll('img')).to.have.length(0);
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    expect(getComputedStyle(buttons(el)[0]!).fontWeight).to.equal('600');
  });
});
