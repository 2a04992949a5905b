import { expect } from 'chai';
import { isDossierError } from '@dossier/core';

/** Runs `task`, expects it to fail with a `DossierError` of `code`, and returns that error. */
export async function rejects(task: () => Promise<unknown>, code: string): Promise<Error> {
  try {
    await task();
  } catch (error) {
    expect(isDossierError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code, (error as Error).message).to.equal(code);
    return error as Error;
  }
  throw new Error(`expected ${code}`);
}
