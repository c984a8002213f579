/**
 * Fault injection for tests: a mailbox the simulator fails or skips items of, an endpoint that
 * cannot be reached for a while, a cmdlet that fails after binding (times N, or with a seeded
 * probability). World faults (mailboxes, outages) are written into the world, so snapshots and saved
 * state carry them; cmdlet faults live in the session.
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

/**
 * During an outage the endpoint's verified credential hash is replaced by a marker the simulator's
 * credential check rejects (its users fail with UserCannotConnect). The marker carries the end of
 * the outage and the saved hash, so the outage lives in the world: snapshots, restores and saved
 * state keep it, and the clock ends it.
 */
const OUTAGE_PREFIX = 'exo-emulator:endpoint-outage:';

function outageOf(hash: string | null): { until: number; saved: string | null } | null {
  if (!hash?.startsWith(OUTAGE_PREFIX)) return null;
  const rest = hash.slice(OUTAGE_PREFIX.length);
  const i = rest.indexOf(':');
  const saved = rest.slice(i + 1);
  return { until: Number(rest.slice(0, i)), saved: saved === '' ? null : saved };
}

function outageMarker(until: number, saved: string | null): string {
  return `${OUTAGE_PREFIX}${until}:${saved ?? ''}`;
}

/** The world process that ends outages when their time comes. */
const endpointOutages = {
  name: 'library-endpoint-outages',
  nextDue(world: { tenant: { migration: { endpoints: readonly { verifiedPasswordHash: string | null }[] } } }): number | null {
    let due: number | null = null;
    for (const e of world.tenant.migration.endpoints) {
      const o = outageOf(e.verifiedPasswordHash);
      if (o && (due === null || o.until < due)) due = o.until;
    }
    return due;
  },
  run(world: World, now: number): void {
    for (const e of world.tenant.migration.endpoints) {
      const o = outageOf(e.verifiedPasswordHash);
      if (o && o.until <= now) e.verifiedPasswordHash = o.saved;
    }
  },
};

export class Faults {
  private readonly cmdlets = new Map<string, CmdletFault>();

  constructor(private readonly runtime: WorldRuntime) {
    runtime.processes.register({ name: endpointOutages.name, nextDue: (w) => endpointOutages.nextDue(w), run: (w, now) => endpointOutages.run(w as World, now) });
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
      const existing = outageOf(ep.verifiedPasswordHash);
      const until = Math.max(existing?.until ?? 0, w.clock.now + ms);
      ep.verifiedPasswordHash = outageMarker(until, existing ? existing.saved : ep.verifiedPasswordHash);
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
}
