/**
 * Indexes over the migration users list, kept beside the plain list and following the journal's
 * write log. The service asks after every event (thousands in a 2,000-mailbox cutover) which user
 * is due next, which users are due now, and how many copy slots each batch holds; between two asks
 * only the users it handled changed. Inside a store transaction the log names them, so each ask
 * costs what changed, not a pass over every user. Without a journal (a plain world), or when the
 * log can't tell (a new transaction, a rollback, users added, removed or replaced), an index is
 * rebuilt from the list.
 */
import { journalOf, type WriteCursor } from '../../store/journal';
import type { MigrationUserState } from './state';
import { initialPhaseOver } from './transitions';

/** What every index over the users list shares: following the write log, or rebuilding. */
abstract class UsersListIndex {
  protected indexOf = new Map<object, number>();
  private cursor: WriteCursor | null = null;

  constructor(
    protected readonly users: readonly MigrationUserState[],
    /** The user fields this index reads: a write to one of them is passed to `changed`. */
    private readonly field: keyof MigrationUserState,
  ) {}

  /** Brings the index up to date; `live` is the world as the transaction writes it (or the plain one). */
  refresh(live: unknown): void {
    const journal = journalOf(live);
    let rebuild = journal === null || this.cursor === null;
    if (!rebuild && journal && this.cursor) {
      const told = journal.writesSince(
        this.cursor,
        (target, key) => {
          if (rebuild) return;
          if (target === this.users) rebuild = key !== 'length'; // a user added, removed or replaced
          else {
            const i = this.indexOf.get(target);
            if (i !== undefined) this.changed(i);
          }
        },
        { key: this.field, target: this.users },
      );
      if (!told) rebuild = true;
    }
    this.cursor = journal ? journal.cursor() : null;
    if (rebuild) {
      this.indexOf = new Map();
      for (let i = 0; i < this.users.length; i++) this.indexOf.set(this.users[i]!, i);
      this.rebuild();
    }
  }

  /** Recomputes everything from the list. */
  protected abstract rebuild(): void;
  /** The watched field of the user at position `i` was written. */
  protected abstract changed(i: number): void;
}

/** Per batch (by the users' exact batchId): copy slots in use, and users still in their initial phase. */
export interface BatchCounts {
  /** Mailboxes in Provisioning or Syncing (R26, R27). */
  active: number;
  /** Users whose initial phase is not over (the batch is not yet Synced). */
  pending: number;
}

interface Entry {
  at: number;
  index: number;
  user: MigrationUserState;
}

/** A user the service took as due, with the time it was due at (see `UserDueIndex.putBack`). */
export type DueUser = Entry;

/**
 * The users' next event times (`nextEventAt`) in a min-heap. Entries are never updated in place: a
 * new time is pushed, and an entry whose user has moved or now holds another time is dropped when
 * it reaches the top.
 */
class UserDueIndex extends UsersListIndex {
  private heap: Entry[] = [];

  constructor(users: readonly MigrationUserState[]) {
    super(users, 'nextEventAt');
  }

  protected changed(i: number): void {
    this.add(this.users[i]!, i);
  }

  /** The earliest next event time, or null when no user has one. */
  earliest(): number | null {
    this.dropStale();
    return this.heap.length > 0 ? this.heap[0]!.at : null;
  }

  /** Takes the users due by `now`, in list order (the order the service handles them in). */
  takeDue(now: number): DueUser[] {
    const taken = new Map<number, Entry>();
    for (;;) {
      this.dropStale();
      const top = this.heap[0];
      if (!top || top.at > now) break;
      this.pop();
      taken.set(top.index, top);
    }
    return [...taken.values()].sort((a, b) => a.index - b.index);
  }

  /** Returns taken users whose handler left their time as it was (they are still due). */
  putBack(taken: readonly DueUser[]): void {
    for (const e of taken) if (this.valid(e)) this.push(e);
  }

  protected rebuild(): void {
    this.heap = [];
    for (let i = 0; i < this.users.length; i++) {
      const u = this.users[i]!;
      if (u.nextEventAt !== null) this.heap.push({ at: u.nextEventAt, index: i, user: u });
    }
    // Heapify bottom-up: linear in the number of users.
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private add(u: MigrationUserState, index: number): void {
    if (u.nextEventAt !== null) this.push({ at: u.nextEventAt, index, user: u });
  }

  private valid(e: Entry): boolean {
    return this.users[e.index] === e.user && e.user.nextEventAt === e.at;
  }

  private dropStale(): void {
    while (this.heap.length > 0 && !this.valid(this.heap[0]!)) this.pop();
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      this.down(0);
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

/** Earlier time first; list order breaks ties (deterministic). */
function before(a: Entry, b: Entry): boolean {
  return a.at < b.at || (a.at === b.at && a.index < b.index);
}

/** Copy slots and initial-phase users per batch, counted once and adjusted as statuses are written. */
class UserCensus extends UsersListIndex {
  private counts = new Map<string, BatchCounts>();
  /** Per position: whether the user was counted active / pending (so a status change adjusts by one). */
  private activeAt: boolean[] = [];
  private pendingAt: boolean[] = [];

  constructor(users: readonly MigrationUserState[]) {
    super(users, 'status');
  }

  /** The counts of the users whose batchId is `batch` (zeros for a batch with none). */
  of(batch: string): BatchCounts {
    return this.counts.get(batch) ?? { active: 0, pending: 0 };
  }

  protected rebuild(): void {
    this.counts = new Map();
    this.activeAt = [];
    this.pendingAt = [];
    for (let i = 0; i < this.users.length; i++) this.count(i, +1);
  }

  protected changed(i: number): void {
    this.count(i, -1);
    this.count(i, +1);
  }

  /** Adds (+1) the user at `i` as it is now, or removes (-1) it as it was last counted. */
  private count(i: number, sign: 1 | -1): void {
    const u = this.users[i]!;
    let c = this.counts.get(u.batchId);
    if (!c) this.counts.set(u.batchId, (c = { active: 0, pending: 0 }));
    const active = sign > 0 ? (u.status === 'Provisioning' || u.status === 'Syncing') && u.recipientType === 'Mailbox' : this.activeAt[i]!;
    const pending = sign > 0 ? !initialPhaseOver(u.status) : this.pendingAt[i]!;
    if (active) c.active += sign;
    if (pending) c.pending += sign;
    if (sign > 0) {
      this.activeAt[i] = active;
      this.pendingAt[i] = pending;
    }
  }
}

const dueIndexes = new WeakMap<object, UserDueIndex>();
const censuses = new WeakMap<object, UserCensus>();

/** The due index of `users` (the plain list; a removed batch replaces it), up to date with what `live` wrote. */
export function userDueIndex(users: readonly MigrationUserState[], live: unknown): UserDueIndex {
  let index = dueIndexes.get(users);
  if (!index) dueIndexes.set(users, (index = new UserDueIndex(users)));
  index.refresh(live);
  return index;
}

/** The per-batch counts of `users` (the plain list), up to date with what `live` wrote. */
export function userCensus(users: readonly MigrationUserState[], live: unknown): UserCensus {
  let census = censuses.get(users);
  if (!census) censuses.set(users, (census = new UserCensus(users)));
  census.refresh(live);
  return census;
}
