import { expect } from 'chai';
import { LocaleRegistry, type Locale } from '@dossier/core';

declare module '@dossier/core' {
  interface DossierLocales {
    'xx-YY': true;
  }
}

/** Runs `body` with console.warn captured. */
async function warnings(body: () => Promise<void>): Promise<unknown[][]> {
  const original = console.warn;
  const said: unknown[][] = [];
  console.warn = (...args: unknown[]) => void said.push(args);
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return said;
}

describe('LocaleRegistry', () => {
  it('keeps translations and loaders by tag, without case', async () => {
    let loads = 0;
    const registry = new LocaleRegistry<{ hello: string }>({
      translations: [['FR', { hello: 'bonjour' }]],
      loaders: [['xx-yy', async () => ((loads += 1), { hello: 'xx' })]],
      fallbackNote: 'French is used',
    });
    expect(registry.get('fr')).to.deep.equal({ hello: 'bonjour' });
    expect(registry.knows('XX-yy')).to.equal(true);
    expect(registry.has('xx-YY')).to.equal(false);
    const [first, second] = await Promise.all([registry.load('xx-YY'), registry.load('xx-YY')]);
    expect([first, second]).to.deep.equal(['xx-YY', 'xx-YY']);
    expect(loads).to.equal(1);
    expect(registry.get('XX-YY')).to.deep.equal({ hello: 'xx' });
    expect(await registry.load('de' as Locale)).to.equal('fr');
  });

  it('answers French after a failed load, warns once, and tries again once registered again', async () => {
    let fail = true;
    const registry = new LocaleRegistry<string>({ fallbackNote: 'my badges speak French' });
    registry.registerLoader('xx-YY', async () => {
      if (fail) throw new Error('offline');
      return 'xx';
    });
    const said = await warnings(async () => {
      expect(await registry.load('xx-YY')).to.equal('fr');
      expect(await registry.load('xx-YY')).to.equal('fr');
    });
    expect(said).to.have.length(1);
    expect(String(said[0]![0])).to.contain('my badges speak French instead');
    fail = false;
    expect(await registry.load('xx-YY')).to.equal('fr');
    registry.registerLoader('xx-YY', async () => 'xx');
    expect(await registry.load('xx-YY')).to.equal('xx-YY');
    registry.register('xx-yy', 'replaced');
    expect(registry.get('xx-YY')).to.equal('replaced');
  });
});
