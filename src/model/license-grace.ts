/**
 * The license grace process: a mailbox whose user holds no license is disabled once
 * `migration.config.limits.licenseGraceMs` (30 days) has passed since it was created (S0 step 7,
 * S1 step 7: "If you don't assign a license, the mailbox is disabled when the grace period ends").
 *
 * The clock asks every process for its next due time after every event, thousands of times in a
 * big cutover, and between two asks a few mailboxes change at most. So the grace ends are kept in
 * an index next to the world, one per tenant object, and brought up to date from what changed:
 * - inside a store transaction, the journal's write log names the objects written since the last
 *   ask; only the grace ends of those mailboxes are redone;
 * - when the log can't tell (a new transaction, a rollback, a plain world), one pass compares the
 *   inputs the index was built from with the world, with no allocation; only a difference rebuilds.
 */
import type { TenantMailbox } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import type { WorldProcess } from './processes';
import { journalOf, rawOf, type WriteCursor } from '../store/journal';

type Mailbox = DeepReadonly<TenantMailbox>;
type User = ReadonlyWorld['tenant']['users'][number];

/** What a written object is to the index. */
const enum Role {
  /** On the way from the world to the lists and the grace length: only the key leading on matters. */
  Path,
  /** `tenant.users`: an appended unlicensed user changes nothing; any other write redoes every end. */
  UserList,
  /** A user: its UPN or license list replaced redoes every end. */
  User,
  /** A user's license list: any write redoes every end. */
  Licenses,
  /** `tenant.mailboxes`: an append adds one grace end; any other write redoes them all. */
  MailboxList,
  /** One mailbox: its grace end is redone. */
  Mailbox,
}

const isIndex = (key: PropertyKey): key is string => typeof key === 'string' && /^\d+$/.test(key);

class GraceIndex {
  private grace = Number.NaN;
  private licensed = new Set<string>();
  /** The objects on the path from the world to the lists, and the lists themselves, as last seen. */
  private path: object[] = [];
  private roles = new Map<object, Role>();
  private pathKeys = new Map<object, Set<PropertyKey>>();
  // The inputs per user and per mailbox position, as last seen (what `matches` compares).
  private users: User[] = [];
  private userLicenses: (readonly string[])[] = [];
  private userUpns: string[] = [];
  private userLicensed: boolean[] = [];
  private mailboxes: Mailbox[] = [];
  private mailboxUpns: string[] = [];
  private mailboxDisabled: boolean[] = [];
  private mailboxCreated: number[] = [];
  /** Grace end per mailbox position; NaN when it has none (licensed or already disabled). */
  private dues: number[] = [];
  private mailboxAt = new Map<object, number>();
  private cursor: WriteCursor | null = null;
  private next: number | null = null;

  /** Brings the index up to date with `world` (plain objects) and returns the earliest grace end. */
  refresh(world: ReadonlyWorld, live?: unknown): number | null {
    const journal = journalOf(live);
    const dirty = new Set<number>();
    let all = false;
    const told =
      journal !== null &&
      this.cursor !== null &&
      journal.writesSince(this.cursor, (target, key) => {
        if (!all) all = this.affectsAll(world, target, key, dirty);
      });
    this.cursor = journal ? journal.cursor() : null;
    if (!told) return this.matches(world) ? this.next : this.rebuild(world);
    if (all) return this.rebuild(world);
    if (dirty.size === 0) return this.next;
    const mailboxes = world.tenant.mailboxes;
    for (const i of dirty) {
      const m = mailboxes[i];
      if (!m || i > this.dues.length) return this.rebuild(world); // a write we can't place: start over
      this.take(m, i);
    }
    if (this.dues.length !== mailboxes.length) return this.rebuild(world);
    return (this.next = this.earliest());
  }

  /** Positions of the mailboxes whose grace has ended by `now` (after a refresh). */
  endedBy(now: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.dues.length; i++) if (this.dues[i]! <= now) out.push(i);
    return out;
  }

  /** Files one logged write: marks the mailbox positions it touches, or returns true when every end must be redone. */
  private affectsAll(world: ReadonlyWorld, target: object, key: PropertyKey, dirty: Set<number>): boolean {
    switch (this.roles.get(target)) {
      case undefined:
        return false;
      case Role.Path:
        return this.pathKeys.get(target)?.has(key) ?? false;
      case Role.User:
        return key === 'userPrincipalName' || key === 'licenses';
      case Role.Licenses:
        return true;
      case Role.UserList: {
        if (key === 'length') return false;
        if (!isIndex(key) || Number(key) !== this.users.length) return true;
        const u = world.tenant.users[Number(key)];
        if (!u || u.licenses.length > 0) return true;
        this.takeUser(u);
        return false;
      }
      case Role.MailboxList:
        if (key === 'length') return false;
        if (!isIndex(key) || Number(key) < this.dues.length) return true;
        dirty.add(Number(key));
        return false;
      case Role.Mailbox:
        dirty.add(this.mailboxAt.get(target)!);
        return false;
    }
  }

  /** True when `world` still holds exactly the inputs the index was built from. */
  private matches(world: ReadonlyWorld): boolean {
    const path = this.pathOf(world);
    if (path.length !== this.path.length || path.some((o, i) => o !== this.path[i])) return false;
    if (world.tenant.migration.config.limits.licenseGraceMs !== this.grace) return false;
    const { users, mailboxes } = world.tenant;
    if (users.length !== this.users.length || mailboxes.length !== this.mailboxes.length) return false;
    for (let i = 0; i < users.length; i++) {
      const u = users[i]!;
      if (u !== this.users[i] || u.licenses !== this.userLicenses[i] || u.userPrincipalName !== this.userUpns[i] || u.licenses.length > 0 !== this.userLicensed[i])
        return false;
    }
    for (let i = 0; i < mailboxes.length; i++) {
      const m = mailboxes[i]!;
      if (m !== this.mailboxes[i] || m.userPrincipalName !== this.mailboxUpns[i] || m.disabled !== this.mailboxDisabled[i] || m.createdAt !== this.mailboxCreated[i])
        return false;
    }
    return true;
  }

  private pathOf(world: ReadonlyWorld): object[] {
    const { tenant } = world;
    return [world, tenant, tenant.migration, tenant.migration.config, tenant.migration.config.limits, tenant.users, tenant.mailboxes];
  }

  private rebuild(world: ReadonlyWorld): number | null {
    const { tenant } = world;
    this.grace = tenant.migration.config.limits.licenseGraceMs;
    this.path = this.pathOf(world);
    // A write under the tenant matters only on the way to what a grace end reads.
    const leadsOn: [object, string][] = [
      [world, 'tenant'],
      [tenant, 'users'],
      [tenant, 'mailboxes'],
      [tenant, 'migration'],
      [tenant.migration, 'config'],
      [tenant.migration.config, 'limits'],
      [tenant.migration.config.limits, 'licenseGraceMs'],
    ];
    this.roles = new Map();
    this.pathKeys = new Map();
    for (const [o, key] of leadsOn) {
      this.roles.set(o, Role.Path);
      this.pathKeys.set(o, (this.pathKeys.get(o) ?? new Set<PropertyKey>()).add(key));
    }
    this.roles.set(tenant.users, Role.UserList).set(tenant.mailboxes, Role.MailboxList);
    this.users = [];
    this.userLicenses = [];
    this.userUpns = [];
    this.userLicensed = [];
    this.licensed = new Set();
    for (const u of tenant.users) this.takeUser(u);
    this.mailboxes = [];
    this.mailboxUpns = [];
    this.mailboxDisabled = [];
    this.mailboxCreated = [];
    this.dues = [];
    this.mailboxAt = new Map();
    for (let i = 0; i < tenant.mailboxes.length; i++) this.take(tenant.mailboxes[i]!, i);
    return (this.next = this.earliest());
  }

  private takeUser(u: User): void {
    const licensed = u.licenses.length > 0;
    this.roles.set(u, Role.User).set(u.licenses, Role.Licenses);
    this.users.push(u);
    this.userLicenses.push(u.licenses);
    this.userUpns.push(u.userPrincipalName);
    this.userLicensed.push(licensed);
    if (licensed) this.licensed.add(u.userPrincipalName.toLowerCase());
  }

  /** Records mailbox `m` at position `i` (an existing one or the next) and its grace end. */
  private take(m: Mailbox, i: number): void {
    const old = this.mailboxes[i];
    if (old !== m) {
      if (old) this.mailboxAt.delete(old);
      this.roles.set(m, Role.Mailbox);
      this.mailboxAt.set(m, i);
    }
    this.mailboxes[i] = m;
    this.mailboxUpns[i] = m.userPrincipalName;
    this.mailboxDisabled[i] = m.disabled;
    this.mailboxCreated[i] = m.createdAt;
    this.dues[i] = m.disabled || this.licensed.has(m.userPrincipalName.toLowerCase()) ? Number.NaN : m.createdAt + this.grace;
  }

  private earliest(): number | null {
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.dues.length; i++) if (this.dues[i]! < next) next = this.dues[i]!; // NaN never compares less
    return next === Number.POSITIVE_INFINITY ? null : next;
  }
}

const indexes = new WeakMap<object, GraceIndex>();

function indexFor(world: ReadonlyWorld): GraceIndex {
  let index = indexes.get(world);
  if (!index) indexes.set(world, (index = new GraceIndex()));
  return index;
}

export const licenseGraceProcess: WorldProcess = {
  name: 'license-grace',
  nextDue(view, live) {
    // The index reads plain objects, never the transaction's recording view (cheaper per object).
    const world = rawOf(view);
    return indexFor(world).refresh(world, live);
  },
  run(world, now) {
    // Only the mailboxes that fall due are written, through `world`, so the journal sees them.
    const plain = rawOf(world);
    const index = indexFor(plain);
    index.refresh(plain, world);
    for (const i of index.endedBy(now)) {
      const m = world.tenant.mailboxes[i]!;
      m.disabled = true;
      m.disabledAt = now;
    }
  },
};
