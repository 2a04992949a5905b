/**
 * @dossier/core/testing — what adapter authors and hosts need to test against Dossier.
 * @packageDocumentation
 */
export { runStorageConformance } from './run-storage-conformance.js';
export type { StorageConformanceConfig, SuiteFunction, TestFunction } from './storage-conformance-config.js';
export { sampleRecords } from './sample-records.js';
export { seededRandom, type SeededRandom } from './seeded-random.js';
export { ConformanceFailure } from './conformance-assert.js';
export * from './sample-files.js';
export { runFaultInjection, type FaultInjectionOptions, type FaultInjectionReport } from './run-fault-injection.js';
export { createFaultyStorage, type FaultRates, type FaultyStorage } from './faulty-storage.js';
export { createGatedStorage, type GatedStorage, type ReadGate } from './gated-storage.js';
export { checkPortfolioInvariants, type Anomalies } from './portfolio-invariants.js';
export { snapshotStorage, type StorageSnapshot } from './storage-snapshot.js';
