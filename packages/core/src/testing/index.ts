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
