/**
 * @dossier/storage-rest/mock — the Dossier REST contract in memory, as msw
 * handlers, for hosts, stories and tests that run without a server.
 * @packageDocumentation
 */
export { createDossierMockHandlers } from './create-dossier-mock-handlers.js';
export type { DossierMock } from './dossier-mock.js';
export type { DossierMockOptions } from './dossier-mock-options.js';
export type { CommitFault, CommitFaultOptions } from './commit-fault.js';
