import { expect } from 'chai';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import Dexie from 'dexie';

@customElement('zz-toolchain-el')
class ZzToolchainEl extends LitElement {
  @property({ type: String }) label = 'start';
  override render() {
    return html`<span>${this.label}</span>`;
  }
}

describe('zz toolchain browser (throwaway)', () => {
  it('honours experimentalDecorators with useDefineForClassFields false', async () => {
    const el = document.createElement('zz-toolchain-el') as ZzToolchainEl;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('start');
    el.label = 'changed';
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('changed');
    el.setAttribute('label', 'attr');
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('attr');
    el.remove();
  });
  it('loads dexie as an ES module with a default export', () => {
    expect(Dexie).to.be.a('function');
    expect(new Dexie('zz').name).to.equal('zz');
  });
  it('serves the msw worker at the root', async () => {
    const res = await fetch('/mockServiceWorker.js');
    expect(res.status).to.equal(200);
    expect(await res.text()).to.contain('INTEGRITY_CHECKSUM');
    const reg = await navigator.serviceWorker.register('/mockServiceWorker.js', { scope: '/' });
    expect(reg.scope).to.equal(`${location.origin}/`);
    await reg.unregister();
  });
  it('imports @dossier/core from source', async () => {
    const core = await import('@dossier/core');
    expect(core.DossierError).to.be.a('function');
  });
});
