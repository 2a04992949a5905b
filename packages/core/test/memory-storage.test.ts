import { DossierError, createMemoryStorage } from '@dossier/core';
import { runStorageConformance } from '@dossier/core/testing';

let armed = false;

runStorageConformance({
  name: 'memory',
  create: () =>
    createMemoryStorage({
      // Fails on the second operation of the armed commit: the first one was already applied to the staging copy.
      beforeApply: (_operation, index) => {
        if (armed && index === 1) {
          armed = false;
          throw new DossierError('storage-unavailable', { reason: 'injected' });
        }
      },
    }),
  // The reference adapter: the most runs, as they cost little here.
  faultInjection: { runs: 400 },
  capabilities: {
    injectCommitFailure: () => {
      armed = true;
      return () => {
        armed = false;
      };
    },
  },
});
