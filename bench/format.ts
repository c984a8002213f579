/**
 * Formatting figures: 2,000 objects shaped like Exchange MigrationUser objects (15 properties)
 * through Format-List * and Format-Table, rendered to text at 120 columns. Median of runs, printed
 * and never asserted (goal: under 200 ms each).
 */
import type { BenchModule } from './run';
import { ByteQuantifiedSize, PSDateTime, PSEnumValue, PSObject } from '../src/engine/values';
import { formatList, formatTable, formatValues } from '../src/formatting';

const STATUSES = ['Synced', 'Syncing', 'Failed', 'Completed', 'Queued'];

function migrationUsers(n: number): PSObject[] {
  const base = Date.UTC(2026, 10, 24, 8, 0, 0);
  return Array.from({ length: n }, (_, i) =>
    PSObject.fromRecord(
      {
        Identity: `user${i}@contoso.com`,
        BatchId: `Batch${i % 20}`,
        MailboxIdentifier: `user${i}`,
        RecipientType: new PSEnumValue('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', 'UserMailbox'),
        Status: new PSEnumValue('Microsoft.Exchange.Data.Storage.Management.MigrationUserStatus', STATUSES[i % STATUSES.length]!),
        StatusSummary: STATUSES[i % STATUSES.length]!,
        SkippedItemCount: i % 7,
        SyncedItemCount: 1000 + i,
        ItemsSynced: 1000 + i,
        ItemsSkipped: i % 7,
        LastSuccessfulSyncTime: new PSDateTime(base + i * 60000),
        HasUnapprovedSkippedItems: i % 11 === 0,
        TotalMailboxSize: new ByteQuantifiedSize(1024 * 1024 * (100 + i)),
        ErrorSummary: i % 5 === 2 ? 'Transient error MigrationTransientException has occurred. The system will retry.' : '',
        Guid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      },
      ['Microsoft.Exchange.Migration.MigrationUser', 'System.Object'],
    ),
  );
}

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const bench: BenchModule = {
  name: 'formatting',
  bench(opts) {
    const users = migrationUsers(2000);
    const runs = opts.smoke ? 3 : 9;
    let chars = 0;
    const list = median(runs, () => (chars = formatList(users, { property: ['*'] }).length));
    console.log(`Format-List * of 2,000 MigrationUser objects: ${list.toFixed(1)} ms (median of ${runs}; ${chars.toLocaleString('en-US')} chars)`);
    const table = median(runs, () => (chars = formatTable(users).length));
    console.log(`Format-Table of 2,000 MigrationUser objects (10 columns): ${table.toFixed(1)} ms (median of ${runs}; ${chars.toLocaleString('en-US')} chars)`);
    const auto = median(runs, () => (chars = formatValues(users, { width: 120 }).length));
    console.log(`Out-Default of 2,000 MigrationUser objects (list, 15 properties): ${auto.toFixed(1)} ms (median of ${runs})`);
  },
};

export default bench;
