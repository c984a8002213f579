/**
 * Timing script (not a test): a 2,000-mailbox cutover from New-MigrationBatch to Synced plus 30 days
 * of incremental syncs. Run: npx esbuild test/migration-model/timing.ts --bundle --platform=node
 * --format=esm --packages=external --outfile=/tmp/mig-timing.mjs && node /tmp/mig-timing.mjs
 */
import { loadScenario } from '../../src/model/scenarios';
import { newMigrationEndpoint } from '../../src/model/migration/endpoints';
import { newMigrationBatch } from '../../src/model/migration/batches';
import { advanceMigration } from '../../src/model/migration/simulator';
import { countUsers } from '../../src/model/migration/users';

const DAY = 86_400_000;
const w = loadScenario('contoso-load-2000');
const c0 = process.cpuUsage();
const t0 = performance.now();
newMigrationEndpoint(w, { name: 'CutoverEndpoint', endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: { userName: 'contoso\\administrator', password: 'P@ssw0rd!' }, maxConcurrentMigrations: 100 });
const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
const start = w.clock.now;
const cpuSetup = process.cpuUsage(c0);
let syncedAt = 0;
for (let d = 1; d <= 60 && batch.status !== 'Synced'; d++) {
  advanceMigration(w, start + d * DAY / 4);
  syncedAt = w.clock.now;
}
const t1 = performance.now();
advanceMigration(w, syncedAt + 30 * DAY);
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({ users: w.tenant.migration.users.length, status: batch.status, simulatedHoursToSynced: (batch.initialSyncDateTime! - start) / 3_600_000, counts: countUsers(w.tenant.migration.users), msToSynced: Math.round(t1 - t0), msFor30Days: Math.round(t2 - t1), totalMs: Math.round(t2 - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), cpuSetupMs: Math.round((cpuSetup.user + cpuSetup.system) / 1000) }));
