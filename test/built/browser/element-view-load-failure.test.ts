import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { DossierClient, DossierClientOptions, StoragePort } from '@dossier/core';

/** What the test uses of `@dossier/core`. */
interface CoreExports {
  readonly createDossierClient: (options: DossierClientOptions) => DossierClient;
  readonly createMemoryStorage: () => StoragePort;
}

/** Where `<dossier-audit>`'s view (its rendering, loaded on its first update) comes from. */
const SOURCE = {
  name: 'package modules (@dossier/elements/define/audit)',
  load: async () => {
    await import('@dossier/elements/define/audit');
    return (await import('@dossier/core')) as unknown as CoreExports;
  },
  chunk: '/packages/elements/dist/components/audit/dossier-audit.view.js',
  tag: 'dossier-audit',
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// Issue 9: every large element renders through a view loaded on its first update. In a real
// browser, a view whose chunk cannot be fetched must leave a message and a retry button, not an
// empty box, and the retry (by keyboard) must load it once the network is back.
describe('an element whose view cannot be fetched (built packages, Chromium)', () => {
  it(`${SOURCE.name}: a localized message and a retry button; the retry renders the element`, async () => {
    const source = SOURCE;
    await executeServerCommand('fail-requests', { urlIncludes: source.chunk });
    const core = await source.load();
    const client = core.createDossierClient({ storage: core.createMemoryStorage(), locale: 'en' });
    const element = document.createElement(source.tag) as HTMLElement & {
      client?: DossierClient;
      locale?: string;
      updateComplete: Promise<boolean>;
    };
    element.client = client;
    element.locale = 'en';
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      document.body.append(element);
      await element.updateComplete;
    } finally {
      await executeServerCommand('allow-requests', { urlIncludes: source.chunk });
      console.error = consoleError;
    }
    const alert = element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
    const shown = `shown: ${element.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 300)}`;
    expect(alert?.textContent, `a message, not an empty box (${shown})`).to.contain('This part of Dossier could not be loaded');
    expect(element.shadowRoot!.querySelector('[part="title"]'), 'not rendered').to.equal(null);
    expect(errors.length, 'said in the console').to.be.greaterThan(0);

    const retry = alert!.querySelector('button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    for (let frame = 0; frame < 100 && !element.shadowRoot!.querySelector('[part="title"]'); frame += 1) {
      await nextFrame();
      await element.updateComplete;
    }
    expect(element.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal('Contracts awaiting documents');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    element.remove();
    await client.close();
  });
});
