/**
 * The migration users' next event times (`nextEventAt`) in a min-heap kept beside the plain users
 * list. The service asks for the earliest one and for the users due after every event (thousands
 * in a 2,000-mailbox cutover); between two asks only the users it handled changed. Inside a store
 * transaction the journal's write log names them, so each ask costs what changed, not a pass over
 * every user. Without a journal (a plain world), or when the log can't tell (a new transaction, a
 * rollback, users added or removed), the heap is rebuilt from the list.
 *
 * Entries are never updated in place: a new time is pushed, and an entry whose user has moved or now
 * holds another time is dropped when it reaches the top.
 */
import { journalOf, type WriteCursor } from '../../store/journal';
import type { MigrationUserState } from './state';

interface Entry {
  at: number;
  index: number;
  user: MigrationUserState;
}

/** A user the service took as due, with the time it was due at (see `UserDueIndex.putBack`). */
export type DueUser = Entry;

class UserDueIndex {
  private heap: Entry[] = [];
  private indexOf = new Map<object, number>();
  private cursor: WriteCursor | null = null;

  constructor(private readonly users: readonly MigrationUserState[]) {}

  /** Brings the heap up to date; `live` is the world as the transaction writes it (or the plain one). */
  refresh(live: unknown): void {
    const journal = journalOf(live);
    let rebuild = journal === null || this.cursor === null;
    if (!rebuild && journal && this.cursor) {
      const told = journal.writesSince(this.cursor, (target, key) => {
        if (rebuild) return;
        if (target === this.users) rebuild = key !== 'length'; // a user added, removed or replaced
        else if (key === 'nextEventAt') {
          const i = this.indexOf.get(target);
          if (i !== undefined) this.add(this.users[i]!, i);
        }
      });
      if (!told) rebuild = true;
    }
    this.cursor = journal ? journal.cursor() : null;
    if (rebuild) this.rebuild();
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

  private rebuild(): void {
    this.indexOf = new Map();
    this.heap = [];
    for (let i = 0; i < this.users.length; i++) {
      const u = this.users[i]!;
      this.indexOf.set(u, i);
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

/** One index per plain users list (a removed batch replaces the list: a new index). */
const indexes = new WeakMap<object, UserDueIndex>();

/** The due index of `users` (the plain list), brought up to date with what `live` wrote. */
export function userDueIndex(users: readonly MigrationUserState[], live: unknown): UserDueIndex {
  let index = indexes.get(users);
  if (!index) indexes.set(users, (index = new UserDueIndex(users)));
  index.refresh(live);
  return index;
}
