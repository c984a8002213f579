/**
 * Moving the virtual clock by days, with progress: Start-Sleep and Set-LabClock -Advance step a
 * long advance one day at a time (the world runs what falls due on the way, as in one advance) and
 * report each day as a progress record, so the shell shows the simulation going through the days
 * (Minimal view; nothing when redirected or under $ProgressPreference = 'SilentlyContinue').
 * Advances of a day or less are one step, without progress.
 */
import type { CmdletContext } from '../../src/engine/cmdlet';
import { PSDateTime } from '../../src/engine/values';
import { formatDate } from '../../src/engine/textformat';

const DAY = 86_400_000;
/** The source of these records (Write-Progress uses 0): keeps them apart from a script's own activities. */
export const CLOCK_PROGRESS_SOURCE = 0x10c1;

interface WorldView {
  store: { read(): { tenant: { migration: { batches: readonly { name: string; status: string }[] } } } };
}

/** Batch statuses for the record's CurrentOperation, e.g. 'CutoverBatch: Syncing'. */
function batchSummary(ctx: CmdletContext): string | null {
  const world = ctx.services.get<WorldView>('world');
  const batches = world?.store.read().tenant.migration.batches ?? [];
  return batches.length ? batches.map((b) => `${b.name}: ${b.status}`).join(', ') : null;
}

export function advanceWithProgress(ctx: CmdletContext, ms: number, activity: string): void {
  const clock = ctx.services.clock;
  if (ms <= DAY) {
    clock.advance(ms);
    return;
  }
  const days = Math.ceil(ms / DAY);
  let left = ms;
  for (let day = 1; day <= days; day++) {
    // Years of days take a while: Ctrl+C and the run's time limit stop it between two days.
    ctx.checkStop?.();
    const when = formatDate(new PSDateTime(clock.now(), 'Utc'), 'yyyy-MM-dd HH:mm');
    ctx.writeProgress({
      activity,
      statusDescription: `Day ${day} of ${days}: ${when}`,
      percentComplete: Math.floor(((day - 1) * 100) / days),
      currentOperation: batchSummary(ctx),
      sourceId: CLOCK_PROGRESS_SOURCE,
    });
    const step = Math.min(DAY, left);
    clock.advance(step);
    left -= step;
  }
  ctx.writeProgress({ activity, recordType: 'Completed', sourceId: CLOCK_PROGRESS_SOURCE });
}
