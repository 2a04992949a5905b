/**
 * @dossier/storage-postgres/testing — what tests of a PostgreSQL deployment need.
 * @packageDocumentation
 */
export { createTestDatabase, DEFAULT_TEST_POSTGRES_URL, type TestDatabase } from './create-test-database.js';
