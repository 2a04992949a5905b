import { expect } from 'chai';
import { DossierError, isDossierError } from '../src/errors/dossier-error.js';

describe('zz toolchain (throwaway)', () => {
  it('runs TypeScript from src', () => {
    const error = new DossierError('invalid-input', { field: 'x' }, { locale: 'en' });
    expect(isDossierError(error, 'invalid-input')).to.equal(true);
    expect(error.code).to.equal('invalid-input');
    expect(typeof (globalThis as { document?: unknown }).document).to.equal(
      typeof window === 'undefined' ? 'undefined' : 'object',
    );
  });
});
