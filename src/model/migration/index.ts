/** The migration model's public face: state, rules, simulator and output shaping (no language, no printing). */
export * from './state';
export * from './errors';
export { BATCH_ACTIONS, USER_ACTIONS, RUNNING_BATCH_STATUSES, canBatch, canUser, statusSummary } from './transitions';
export { buildAutodiscoverResponse, buildAutodiscoverError, parseAutodiscoverResponse, connectionSettingsFrom, AUTODISCOVER_NS, OUTLOOK_RESPONSE_NS } from './autodiscover';
export { checkConnectivity, testMigrationServerAvailability, supportsCutover, findAccount, findOnPremMailbox, canOpenMailbox } from './connectivity';
export type { ConnectivityRequest, ConnectivityOutcome, Credentials, ErrorDetail, TestMigrationServerAvailabilityOutcome } from './connectivity';
export { newMigrationEndpoint, setMigrationEndpoint, getMigrationEndpoints, removeMigrationEndpoint, findEndpoint } from './endpoints';
export type { NewEndpointRequest, SetEndpointRequest } from './endpoints';
export { parseMigrationCsv, splitCsv, decodeCsvBytes, CSV_COLUMNS } from './csv';
export type { CsvKind, CsvRow } from './csv';
export { newMigrationBatch, startMigrationBatch, stopMigrationBatch, completeMigrationBatch, removeMigrationBatch, setMigrationBatch, getMigrationBatches, findBatch, usersOf, mxSwitchedAt } from './batches';
export type { NewBatchRequest, SetBatchRequest, BatchFilter, BatchResult } from './batches';
export { getMigrationUsers, findUser, startMigrationUser, stopMigrationUser, setMigrationUser, removeMigrationUser, getMigrationUserStatistics, getMigrationStatistics, countUsers } from './users';
export type { UserFilter, SetUserRequest, UserStatistics, MigrationStatistics } from './users';
export { advanceMigration, runMigration, nextMigrationDue, migrationProcess } from './simulator';
export { shapeBatch, shapeEndpoint, shapeUser, shapeUserStatistics, shapeStatistics, shapeConfig, shapeTestResult, ConnectionSettingsValue, connectionSettingsText } from './shape';
export type { PropertyBag } from './shape';
