import { expect } from 'chai';
import { createRequire } from 'node:module';

describe('zz toolchain node (throwaway)', () => {
  it('resolves @dossier/core to its source through the dossier-source condition', async () => {
    const resolved = import.meta.resolve('@dossier/core');
    expect(resolved).to.match(/packages\/core\/src\/index\.ts$/);
    const testing = import.meta.resolve('@dossier/core/testing');
    console.log('    resolved:', resolved, testing);
    void createRequire;
  });
  it('imports @dossier/core', async () => {
    const core = await import('@dossier/core');
    expect(core.DossierError).to.be.a('function');
  });
});
