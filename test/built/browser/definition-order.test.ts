import { expect } from '@open-wc/testing';
import type { DossierClient } from '@dossier/core';
import { freshFrame, type FreshFrame } from '../support/fresh-frame.js';
import { seedHost, type SeededHost } from '../support/seed-host.js';
import { settleElements } from '../support/settle-elements.js';

type WithClient = HTMLElement & { client?: DossierClient };

/** The badge count a person sees, or its "no client" message. */
const shown = (badge: Element) =>
  badge.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? badge.shadowRoot?.textContent?.trim() ?? '(not rendered)';

// Issue 10, defect 4: when <dossier-provider> (or define) loaded after the elements were in the
// DOM, they never got the client; React and Vue then set client="[object Object]" as an attribute.
describe('definition and upgrade order (built packages)', () => {
  let frame: FreshFrame & { close(): void };
  let host: SeededHost;

  beforeEach(async () => {
    host = await seedHost('fr', 1);
    frame = await freshFrame();
  });
  afterEach(() => frame.close());

  /** Markup a server or a framework rendered before any Dossier script ran. */
  function renderPage(): { provider: WithClient; badges: HTMLElement[] } {
    frame.document.body.innerHTML = `
      <dossier-provider locale="fr">
        <section><dossier-badge dossier-id="${host.proposalId}"></dossier-badge></section>
        <div id="shadow-host"></div>
      </dossier-provider>`;
    // A badge inside a host component's shadow root, too.
    const shadowHost = frame.document.getElementById('shadow-host')!;
    shadowHost.attachShadow({ mode: 'open' }).innerHTML = `<dossier-badge dossier-id="${host.proposalId}"></dossier-badge>`;
    return {
      provider: frame.document.querySelector('dossier-provider') as WithClient,
      badges: [frame.document.querySelector('dossier-badge')!, shadowHost.shadowRoot!.querySelector('dossier-badge')!],
    };
  }

  it('elements defined before the provider get its client once it is defined', async () => {
    const { provider, badges } = renderPage();
    provider.client = host.client; // set while <dossier-provider> is still an unknown element
    await frame.load.defineBadge();
    await settleElements(frame.document.body);
    await frame.load.defineProvider();
    await settleElements(frame.document.body);
    expect(badges.map(shown)).to.deep.equal(['2', '2']);
  });

  it('elements and provider defined first, the client set afterwards', async () => {
    const { provider, badges } = renderPage();
    await frame.load.defineBadge();
    await frame.load.defineProvider();
    await settleElements(frame.document.body);
    provider.client = host.client;
    await settleElements(frame.document.body);
    expect(badges.map(shown)).to.deep.equal(['2', '2']);
  });

  it('define loaded after everything is in the DOM, the client given before', async () => {
    const { provider, badges } = renderPage();
    provider.client = host.client;
    await frame.load.define();
    await settleElements(frame.document.body);
    expect(badges.map(shown)).to.deep.equal(['2', '2']);
  });

  it('a provider added around elements that already asked for a client', async () => {
    await frame.load.define();
    frame.document.body.innerHTML = `<dossier-badge dossier-id="${host.proposalId}"></dossier-badge>`;
    const badge = frame.document.querySelector('dossier-badge')!;
    await settleElements(frame.document.body);
    const provider = frame.document.createElement('dossier-provider') as WithClient;
    provider.client = host.client;
    frame.document.body.append(provider);
    provider.append(badge);
    await settleElements(frame.document.body);
    expect(shown(badge)).to.equal('2');
  });

  it('a client given as a property before the element is defined is kept', async () => {
    frame.document.body.innerHTML = `<dossier-badge dossier-id="${host.proposalId}"></dossier-badge>`;
    const badge = frame.document.querySelector('dossier-badge') as WithClient;
    badge.client = host.client;
    await frame.load.defineBadge();
    await settleElements(frame.document.body);
    expect(shown(badge)).to.equal('2');
  });

  it('a framework that set the client as an attribute (the element was not defined yet) is told why, once', async () => {
    const { provider, badges } = renderPage();
    // What React 19 and Vue 3 do for an unknown element: `'client' in element` is false, so an attribute.
    for (const element of [provider, ...badges]) element.setAttribute('client', String(host.client));
    await frame.load.define();
    await settleElements(frame.document.body);
    expect(frame.warnings).to.have.length(1);
    expect(frame.warnings[0]).to.contain('client="[object Object]"').and.contain('dossier-provider').and.contain('property');
    // Once given as a property, as the warning says, everything works.
    provider.client = host.client;
    await settleElements(frame.document.body);
    expect(badges.map(shown)).to.deep.equal(['2', '2']);
  });
});
