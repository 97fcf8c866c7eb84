/**
 * `@cora/db/testing`: helpers for the tests and benchmarks of this and other workspaces.
 * Nothing in production imports this entry point.
 */
export { scratchPostgres, scratchSqlite, type ScratchDatabase } from './scratch-database.js';
