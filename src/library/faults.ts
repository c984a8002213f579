/**
 * Fault injection for tests: a mailbox the simulator fails or skips items of, an endpoint that
 * cannot be reached for a while, a cmdlet that fails after binding (times N, or with a seeded
 * probability). World faults are written into the world (so snapshots carry them); cmdlet faults
 * live in the session.
 */
import type { CmdletMetadata, ErrorCategory } from '../engine/cmdlet';
import { ErrorRecord, ExceptionObject, PSRuntimeError } from '../engine/errors';
import type { WorldRuntime } from '../model/runtime';
import type { World } from '../model/world';
import { draw } from '../model/migration/determinism';
import { parseDuration } from '../duration';
import { LibraryError, libraryMessage } from './messages';

export type MailboxFault = 'CorruptItems' | 'LargeItems' | 'Unreadable';

export interface CmdletFaultError {
  message?: string;
  errorId?: string;
  category?: ErrorCategory;
  /** .NET exception type of the record (default System.Management.Automation.RuntimeException). */
  exceptionType?: string;
}

export interface CmdletFaultOptions {
  error?: CmdletFaultError;
  /** Fail the next N calls. */
  times?: number;
  /** Fail each call with this probability (drawn from the world's seed, so runs repeat). */
  probability?: number;
}

interface CmdletFault {
  error: Required<CmdletFaultError>;
  remaining: number | null;
  probability: number | null;
  calls: number;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Sentinel credential hash an endpoint carries during an outage: the simulator's credential check fails (UserCannotConnect). */
const OUTAGE_HASH = 'exo-emulator:endpoint-outage';

interface Outage {
  endpoint: string;
  until: number;
  saved: string | null;
}

export class Faults {
  private readonly cmdlets = new Map<string, CmdletFault>();
  private outages: Outage[] = [];

  constructor(private readonly runtime: WorldRuntime) {
    const faults = this;
    runtime.processes.register({
      name: 'library-endpoint-outages',
      nextDue: () => (faults.outages.length ? Math.min(...faults.outages.map((o) => o.until)) : null),
      run: (world, now) => faults.endOutages(world as World, now),
    });
    // A restored or reset world no longer has the outage written into it.
    runtime.store.subscribe((e) => {
      if (e.kind !== 'commit') this.outages = [];
    });
  }

  /**
   * Marks an on-premises mailbox: 'CorruptItems' / 'LargeItems' add problem items the copy skips
   * (completion then waits for ApproveSkippedItems), 'Unreadable' makes the copy fail.
   */
  failMailbox(address: string, fault: MailboxFault, options: { count?: number } = {}): void {
    this.runtime.store.transaction((w) => {
      const m = w.onPrem.mailboxes.find((x) => same(x.primarySmtpAddress, address) || x.emailAddresses.some((a) => same(a, `smtp:${address}`)));
      if (!m) throw new LibraryError('UnknownMailbox', [address]);
      if (fault === 'Unreadable') {
        m.unreadable = true;
        return;
      }
      const kind = fault === 'CorruptItems' ? 'Corrupt' : 'Large';
      for (let i = 0; i < (options.count ?? 1); i++)
        m.problemItems.push({ kind, subject: `${kind} item ${m.problemItems.length + 1}`, folder: 'Inbox', sizeBytes: kind === 'Large' ? 200 * 2 ** 20 : 4096 });
    });
  }

  /** The endpoint's source server cannot be reached for `for` (a duration): users it starts meanwhile fail to connect. */
  endpointOutage(endpoint: string, options: { for: string | number }): void {
    const ms = typeof options.for === 'number' ? options.for : parseDuration(options.for);
    this.runtime.store.transaction((w) => {
      const ep = w.tenant.migration.endpoints.find((e) => same(e.name, endpoint));
      if (!ep) throw new LibraryError('UnknownEndpoint', [endpoint]);
      const existing = this.outages.find((o) => same(o.endpoint, ep.name));
      const until = w.clock.now + ms;
      if (existing) existing.until = Math.max(existing.until, until);
      else this.outages.push({ endpoint: ep.name, until, saved: ep.verifiedPasswordHash });
      ep.verifiedPasswordHash = OUTAGE_HASH;
    });
  }

  /** Makes a cmdlet fail after binding, with the given error (the call's world changes are never made). */
  failCmdlet(name: string, options: CmdletFaultOptions): void {
    if (options.times === undefined && options.probability === undefined) throw new LibraryError('FaultNeedsTimesOrProbability');
    if (options.probability !== undefined && !(options.probability >= 0 && options.probability <= 1)) throw new LibraryError('BadProbability', [options.probability]);
    const e = options.error ?? {};
    this.cmdlets.set(name.toLowerCase(), {
      error: {
        message: e.message ?? libraryMessage('InjectedCmdletFault'),
        errorId: e.errorId ?? 'InjectedFault',
        category: e.category ?? 'NotSpecified',
        exceptionType: e.exceptionType ?? 'System.Management.Automation.RuntimeException',
      },
      remaining: options.times ?? null,
      probability: options.probability ?? null,
      calls: 0,
    });
  }

  /** Removes every cmdlet fault (world faults stay: restore a snapshot to undo them). */
  clearCmdletFaults(): void {
    this.cmdlets.clear();
  }

  /** The session's cmdlet hook: throws the injected error instead of running the cmdlet. */
  beforeCall(cmdlet: CmdletMetadata): void {
    const f = this.cmdlets.get(cmdlet.name.toLowerCase());
    if (!f) return;
    const n = f.calls++;
    let fail: boolean;
    if (f.remaining !== null) {
      fail = f.remaining > 0;
      if (fail) f.remaining--;
    } else fail = draw(this.runtime.store.read().random.seed, `fault:${cmdlet.name.toLowerCase()}:${n}`) < f.probability!;
    if (!fail) return;
    const record = new ErrorRecord({
      exception: new ExceptionObject(f.error.exceptionType, f.error.message),
      errorId: f.error.errorId,
      category: f.error.category,
      commandName: cmdlet.name,
      fqidSuffix: cmdlet.name,
    });
    throw new PSRuntimeError(record);
  }

  private endOutages(world: World, now: number): void {
    for (const o of this.outages.filter((x) => x.until <= now)) {
      const ep = world.tenant.migration.endpoints.find((e) => same(e.name, o.endpoint));
      if (ep && ep.verifiedPasswordHash === OUTAGE_HASH) ep.verifiedPasswordHash = o.saved;
    }
    this.outages = this.outages.filter((x) => x.until > now);
  }
}
