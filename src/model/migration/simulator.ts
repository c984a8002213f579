/**
 * The migration service on the virtual clock, event-driven: each batch and user carries the instant of
 * its next event (transitionDueAt, nextIncrementalSyncAt, nextEventAt ...); advancing jumps from one to
 * the next, so 30 days of incremental syncs cost 30 batch events, never ticks.
 * Phases follow notes §2.2 (MU): Queued -> Provisioning -> (ProvisionUpdating for groups) -> Syncing
 * -> Synced, then an incremental sync every 24 h (R29) until the batch is completed or removed.
 * Throughput: one copy per mailbox at `throughput.bytesPerHour` with a seeded jitter, at most the
 * endpoint's MaxConcurrentMigrations (R27) and the tenant's cap (R26) at once [EMU rate].
 */
import type { Mailbox, World } from '../world';
import type { WorldProcess } from '../processes';
import type { MigrationBatchState, MigrationEndpointState, MigrationState, MigrationUserState } from './state';
import { draw } from './determinism';
import { reportLine } from './errors';
import { failUser } from './users';
import { beginCompletion, retentionDueAt, usersOf } from './batches';
import { canOpenMailbox, findAccount } from './connectivity';
import { verifyPassword } from '../passwords';
import { derive, findBy, hasBy } from './lookup';
import { rawOf, UntilWrite } from '../../store/journal';
import { userCensus, userDueIndex } from './user-indexes';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// ---------------------------------------------------------------- due times

function batchDue(b: MigrationBatchState): number | null {
  let due: number | null = null;
  const take = (t: number | null) => {
    if (t !== null && (due === null || t < due)) due = t;
  };
  take(b.transitionDueAt);
  if (b.status === 'Created') take(b.startAfter);
  if (b.status === 'Synced' || b.status === 'SyncedWithErrors') {
    take(b.nextIncrementalSyncAt);
    if (b.completeAfter !== null) take(b.completeAfter);
  }
  take(retentionDueAt(b));
  return due;
}

/** The next instant the migration service has work, or null. */
export function nextMigrationDue(world: World, live: unknown = world): number | null {
  return nextDueMemo.get(world, live, () => scanNextDue(world, live));
}

/** Reused while nothing is written: a run ends by computing it and the clock asks right after. */
const nextDueMemo = new UntilWrite<number | null>();

function scanNextDue(world: World, live: unknown): number | null {
  // Read-only: plain objects, not the transaction's recording proxies. Batches are few and scanned;
  // users' times come from the due index.
  const state = rawOf(world).tenant.migration;
  let due: number | null = null;
  for (const b of state.batches) {
    const t = batchDue(b);
    if (t !== null && (due === null || t < due)) due = t;
  }
  const u = userDueIndex(state.users, live).earliest();
  if (u !== null && (due === null || u < due)) due = u;
  return due;
}

// ---------------------------------------------------------------- tenant objects

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function domainVerified(world: World, address: string): boolean {
  const d = domainOf(address);
  return d === world.tenant.initialDomain.toLowerCase() || world.tenant.domains.some((x) => x.name.toLowerCase() === d && x.verified);
}

/** Creates (or finds) the cloud user and mailbox for a migrated mailbox; licensing is the world's (licensing.ts). */
function ensureCloudMailbox(world: World, mbx: Mailbox, now: number): void {
  const t = world.tenant;
  const upn = mbx.primarySmtpAddress;
  if (!hasBy('tenantUsers', t.users, USER_KEYS, upn.toLowerCase()))
    t.users.push({ userPrincipalName: upn, displayName: mbx.displayName, licenses: [], createdAt: now, source: 'Cloud', passwordHash: null, usageLocation: t.defaultUsageLocation });
  if (!cloudMailbox(world, upn)) {
    const mu = findBy('tenantMailUsers', t.mailUsers, SMTP_KEYS, upn.toLowerCase());
    if (mu) t.mailUsers.splice(t.mailUsers.indexOf(mu), 1); // staged: the mail user becomes the mailbox (CSV doc)
    t.mailboxes.push({
      alias: mbx.alias,
      displayName: mbx.displayName,
      userPrincipalName: upn,
      primarySmtpAddress: mbx.primarySmtpAddress,
      emailAddresses: mbx.emailAddresses.filter((a) => /^smtp:/i.test(a)),
      sizeBytes: 0,
      itemCount: 0,
      hiddenFromAddressLists: false,
      createdAt: now,
      disabled: false,
      disabledAt: null,
      origin: 'Migrated',
    });
  }
}

function cloudMailbox(world: World, address: string) {
  return findBy('tenantMailboxes', world.tenant.mailboxes, SMTP_KEYS, address.toLowerCase());
}

const USER_KEYS = (u: { userPrincipalName: string }) => [u.userPrincipalName];
const SMTP_KEYS = (m: { primarySmtpAddress: string }) => [m.primarySmtpAddress];
const ONPREM_KEYS = (m: Mailbox) => [m.primarySmtpAddress, ...m.emailAddresses.filter((a) => /^smtp:/i.test(a)).map((a) => a.slice(5)), `sam:${m.samAccountName}`];

/** On-prem mailbox by any SMTP address or by sAMAccountName. */
function onPremMailbox(world: World, key: string): Mailbox | undefined {
  return findBy('onPremMailboxes', world.onPrem.mailboxes, ONPREM_KEYS, key.toLowerCase());
}

/** Aliases present in the tenant (for group membership, R18 / MU ProvisionUpdating). */
function tenantAliases(world: World): Set<string> {
  const t = world.tenant;
  const s = new Set<string>();
  for (const list of [t.mailboxes, t.mailUsers, t.contacts, t.groups]) for (const r of list) s.add(r.alias.toLowerCase());
  return s;
}

// ---------------------------------------------------------------- per-user phases

/**
 * The instant a per-user phase ends, rounded up to the service's next pass [EMU]: users finishing in
 * the same pass are handled together, which keeps a 2,000-mailbox batch to a few hundred events.
 */
function phaseEnd(state: MigrationState, now: number, durationMs: number): number {
  const t = now + durationMs;
  const pass = state.config.throughput.passMs;
  return pass > 0 ? Math.ceil(t / pass) * pass : t;
}

function problemBytes(mbx: Mailbox): number {
  return mbx.problemItems.reduce((n, p) => n + p.sizeBytes, 0);
}

function rateFor(world: World, state: MigrationState, user: MigrationUserState): number {
  const t = state.config.throughput;
  const factor = 1 + t.jitter * (2 * draw(world.random.seed, `rate:${user.identity.toLowerCase()}`) - 1);
  return (t.bytesPerHour * factor) / 3_600_000;
}

/** R8, R14-R16, R19, R20 for a mailbox of a cutover or staged batch; returns false when the user failed. */
function checkMailboxRules(world: World, ep: MigrationEndpointState, batch: MigrationBatchState, user: MigrationUserState, mbx: Mailbox | undefined, migratedSams: Set<string>, now: number): mbx is Mailbox {
  if (!mbx || mbx.hiddenFromAddressLists) return failUser(user, now, 'UserSourceNotFound', user.identity), false;
  if (!domainVerified(world, user.identity)) return failUser(user, now, 'UserDomainNotAccepted', domainOf(user.identity), user.identity), false;
  if (mbx.umEnabled) return failUser(user, now, 'UserUmEnabled', user.identity), false;
  // R19 is a cutover rule (S0): in a staged migration directory sync keeps on-prem managers resolvable.
  if (batch.kind === 'Cutover')
    for (const p of [mbx.manager, ...mbx.delegates]) if (p && !migratedSams.has(p.toLowerCase())) return failUser(user, now, 'UserManagerNotMigrated', user.identity, p), false;
  if (!ep.useAutoDiscover && ep.exchangeServer) {
    const db = world.onPrem.databases.find((d) => same(d.name, mbx.database));
    const server = world.onPrem.servers.find((s) => db && same(s.name, db.server));
    if (server && !same(server.fqdn, ep.exchangeServer) && !same(server.name, ep.exchangeServer))
      return failUser(user, now, 'UserNotOnServer', user.identity, server.fqdn, ep.exchangeServer), false;
  }
  const account = findAccount(world, ep.username);
  const credentialsStillValid = !!account && account.enabled && (ep.verifiedPasswordHash === null || account.password?.hash === ep.verifiedPasswordHash);
  if (!credentialsStillValid || !canOpenMailbox(world, account!, mbx)) return failUser(user, now, 'UserCannotConnect'), false;
  if (batch.kind === 'Staged' && !world.tenant.mailUsers.some((m) => same(m.primarySmtpAddress, user.identity)) && !cloudMailbox(world, user.identity))
    return failUser(user, now, 'UserNoMailUser', user.identity), false;
  return true;
}

function startCopy(world: World, state: MigrationState, user: MigrationUserState, mbx: Mailbox, now: number): void {
  if (mbx.unreadable) {
    failUser(user, now, 'UserMailboxUnreadable', user.identity);
    return;
  }
  user.status = 'Syncing';
  user.totalItemCount = mbx.itemCount;
  user.totalBytes = mbx.sizeBytes;
  user.rateBytesPerMs = rateFor(world, state, user);
  user.nextEventAt = phaseEnd(state, now, Math.max(60_000, Math.ceil(mbx.sizeBytes / user.rateBytesPerMs)));
  user.report.push({ at: now, text: reportLine('InitialSyncStarted', mbx.itemCount, mbx.sizeBytes) });
}

function provisionUser(world: World, ctx: RunContext, user: MigrationUserState, now: number): void {
  const state = world.tenant.migration;
  const batch = ctx.batchByName.get(user.batchId);
  const ep = batch && state.endpoints.find((e) => same(e.name, batch.sourceEndpoint));
  if (!batch || !ep) return void (user.nextEventAt = null);
  const t = world.tenant;
  const org = world.onPrem;
  switch (user.recipientType) {
    case 'Mailbox': {
      if (batch.kind === 'IMAP') {
        if (!cloudMailbox(world, user.identity)) return failUser(user, now, 'UserNoMailbox', user.identity);
        const source = sourceOf(rawOf(world), user);
        const account = source && findAccount(world, source.samAccountName);
        if (!source || !account || !verifyPassword(account.password, user.csvFields.Password ?? '')) return failUser(user, now, 'UserImapLogonFailed', user.csvFields.UserName ?? user.identity);
        user.provisionedObject = user.identity;
        return startCopy(world, state, user, source, now);
      }
      // The source mailbox is only read while provisioning: found among plain objects (no recording
      // proxy per mailbox and per nested list it reaches).
      const mbx = onPremMailbox(rawOf(world), user.identity);
      if (batch.kind === 'RemoteMove') {
        if (!mbx || mbx.hiddenFromAddressLists) return failUser(user, now, 'UserSourceNotFound', user.identity);
      } else if (!checkMailboxRules(world, ep, batch, user, mbx, ctx.migratedSams, now)) return;
      ensureCloudMailbox(world, mbx!, now);
      user.provisionedObject = mbx!.primarySmtpAddress;
      user.report.push({ at: now, text: reportLine('MailboxProvisioned') });
      return startCopy(world, state, user, mbx!, now);
    }
    case 'MailUser': {
      const mu = org.mailUsers.find((m) => same(m.primarySmtpAddress, user.identity));
      if (!mu) return failUser(user, now, 'UserSourceNotFound', user.identity);
      if (!domainVerified(world, user.identity)) return failUser(user, now, 'UserDomainNotAccepted', domainOf(user.identity), user.identity);
      if (!t.mailUsers.some((m) => same(m.primarySmtpAddress, mu.primarySmtpAddress)))
        t.mailUsers.push({ alias: mu.alias, displayName: mu.displayName, primarySmtpAddress: mu.primarySmtpAddress, externalEmailAddress: mu.externalEmailAddress, emailAddresses: [...mu.emailAddresses] });
      return provisioned(user, mu.primarySmtpAddress, now);
    }
    case 'Contact': {
      const c = org.contacts.find((m) => same(m.primarySmtpAddress, user.identity));
      if (!c) return failUser(user, now, 'UserSourceNotFound', user.identity);
      if (!t.contacts.some((m) => same(m.externalEmailAddress, c.externalEmailAddress)))
        t.contacts.push({ alias: c.alias, displayName: c.displayName, externalEmailAddress: c.externalEmailAddress });
      return provisioned(user, c.primarySmtpAddress, now);
    }
    case 'Group': {
      const g = org.groups.find((m) => same(m.primarySmtpAddress, user.identity));
      if (!g) return failUser(user, now, 'UserSourceNotFound', user.identity);
      if (!domainVerified(world, user.identity)) return failUser(user, now, 'UserDomainNotAccepted', domainOf(user.identity), user.identity);
      // R18: security groups can't be detected; only a pre-created mail-enabled security group keeps its type.
      if (!t.groups.some((x) => same(x.primarySmtpAddress, g.primarySmtpAddress)))
        t.groups.push({ name: g.name, alias: g.alias, displayName: g.displayName, primarySmtpAddress: g.primarySmtpAddress, groupType: 'Distribution', members: [] });
      user.provisionedObject = g.primarySmtpAddress;
      user.status = 'ProvisionUpdating';
      user.nextEventAt = null;
      user.report.push({ at: now, text: reportLine('GroupProvisioned') });
      ctx.groupsPending = true;
      return;
    }
  }
}

function provisioned(user: MigrationUserState, object: string, now: number): void {
  user.provisionedObject = object;
  user.status = 'Synced';
  user.nextEventAt = null;
  user.initialSyncCompletedAt = now;
  user.lastSuccessfulSyncTimestamp = now;
  user.report.push({ at: now, text: reportLine('ObjectProvisioned') });
}

/** Groups wait in ProvisionUpdating until every member exists in the tenant (MU). */
function updateGroups(world: World, now: number): void {
  const aliases = tenantAliases(world);
  for (const u of world.tenant.migration.users) {
    if (u.status !== 'ProvisionUpdating' || u.recipientType !== 'Group') continue;
    const g = world.onPrem.groups.find((x) => same(x.primarySmtpAddress, u.identity));
    const cloud = world.tenant.groups.find((x) => same(x.primarySmtpAddress, u.identity));
    if (!g || !cloud) continue;
    for (const m of g.members) if (aliases.has(m.toLowerCase()) && !cloud.members.some((x) => same(x, m))) cloud.members.push(m);
    if (g.members.every((m) => aliases.has(m.toLowerCase()))) provisioned(u, u.provisionedObject, now);
  }
}

function sourceOf(world: World, user: MigrationUserState): Mailbox | undefined {
  const name = user.csvFields.UserName;
  if (name) return onPremMailbox(world, name) ?? onPremMailbox(world, `sam:${name.includes('\\') ? name.slice(name.indexOf('\\') + 1) : name}`);
  return onPremMailbox(world, user.identity);
}

/**
 * Writes `value` to `field` through the transaction's view only when the plain object holds something
 * else: an incremental sync re-states ~10 fields of every user every day, nearly all unchanged, and each
 * write through a recording proxy costs a trap (the journal would skip the unchanged ones anyway).
 */
function put<T extends object, K extends keyof T>(view: T, plain: T, field: K, value: T[K]): void {
  if (!Object.is(plain[field], value)) view[field] = value;
}

/** Copies what the source holds beyond what was copied (initial sync end, incremental syncs, final sync). */
function copyDelta(world: World, user: MigrationUserState, now: number): void {
  // The source mailbox is only read here: found among plain objects (no recording proxies per mailbox
  // on every incremental sync of every user). The user is read plain too and written only where it changes.
  const plainWorld = rawOf(world);
  const plain = rawOf(user);
  const mbx = sourceOf(plainWorld, plain);
  if (!mbx) return;
  const skipped = mbx.problemItems.length;
  const items = Math.max(0, mbx.itemCount - skipped);
  const bytes = Math.max(0, mbx.sizeBytes - problemBytes(mbx));
  const newItems = items - plain.syncedItemCount;
  put(user, plain, 'totalItemCount', mbx.itemCount);
  put(user, plain, 'totalBytes', mbx.sizeBytes);
  if (skipped > plain.skippedItemCount) {
    user.skippedItems = mbx.problemItems.map((p) => ({ dateReceived: now, subject: p.subject, kind: p.kind === 'Corrupt' ? 'CorruptItem' : 'LargeItem', folderName: p.folder, sizeBytes: p.sizeBytes }));
    user.skippedItemCount = skipped;
    user.skippedItemsApproved = false;
  }
  const copiedItems = Math.max(0, items - plain.syncedItemCount);
  const copiedBytes = Math.max(0, bytes - plain.bytesTransferred);
  put(user, plain, 'syncedItemCount', Math.max(plain.syncedItemCount, items));
  put(user, plain, 'bytesTransferred', Math.max(plain.bytesTransferred, bytes));
  put(user, plain, 'pendingItems', 0);
  put(user, plain, 'pendingBytes', 0);
  put(user, plain, 'lastSuccessfulSyncTimestamp', now);
  // What this pass copied is added to the cloud mailbox: it may hold more than was copied (mail
  // delivered to Exchange Online once MX points there, src/model/mail-send.ts), which stays.
  const address = plain.provisionedObject || plain.identity;
  const plainCloud = cloudMailbox(plainWorld, address);
  if (plainCloud && (copiedItems > 0 || copiedBytes > 0)) {
    const cloud = cloudMailbox(world, address)!;
    cloud.itemCount = plainCloud.itemCount + copiedItems;
    cloud.sizeBytes = plainCloud.sizeBytes + copiedBytes;
  }
  if (newItems > 0) user.report.push({ at: now, text: reportLine('ItemsCopied', newItems) });
}

function finishInitialSync(world: World, user: MigrationUserState, now: number): void {
  copyDelta(world, user, now);
  user.status = 'Synced';
  user.nextEventAt = null;
  user.initialSyncCompletedAt = now;
  user.report.push({ at: now, text: reportLine('InitialSyncCompleted', user.syncedItemCount, user.skippedItemCount) });
}

// ---------------------------------------------------------------- batch phases

interface RunContext {
  /** Batches and users by the batch's exact name (users carry the name the batch was created with). */
  batchByName: Map<string, MigrationBatchState>;
  /** Through the transaction's view, built on first use per batch (a proxy per user costs garbage). */
  usersByBatch: Pick<Map<string, MigrationUserState[]>, 'get'>;
  /** The same lists as plain objects, for read-only scans (no proxy hop per field). */
  plainByBatch: Map<string, MigrationUserState[]>;
  /** The view of the `i`-th user of a batch's list, for the one user a scan of the plain list writes to. */
  userAt(batchName: string, i: number): MigrationUserState;
  /** Where the search for queued users of a batch resumes (users before it are past Queued); per membership. */
  queueCursor: Map<string, number>;
  /** sAMAccountNames of mailboxes in any batch (R19: managers and delegates must be migrated too); built on first use. */
  migratedSams: Set<string>;
  groupsPending: boolean;
}

function context(world: World): RunContext {
  const state = world.tenant.migration;
  // Membership changes only when users or batches are added or removed: reuse the maps meanwhile.
  // Positions and plain lists are kept per plain array, so they outlive the transaction; the views
  // and queue cursors are per recording view (a new transaction, a new view: a rollback can't leave
  // them stale).
  const maps = derive('ctx-membership', rawOf(state.users), state.nextSerial, () => {
    // Positions in state.users per batch; views are taken from them only when a batch's list is asked for.
    const positions = new Map<string, number[]>();
    const plainByBatch = new Map<string, MigrationUserState[]>();
    // Only groups wait in ProvisionUpdating: the pending check looks at them, not at every user.
    const groups: MigrationUserState[] = [];
    const plain = rawOf(state.users);
    for (let i = 0; i < plain.length; i++) {
      if (plain[i]!.recipientType === 'Group') groups.push(plain[i]!);
      const id = plain[i]!.batchId;
      let list = positions.get(id);
      let plainList = plainByBatch.get(id);
      if (!list || !plainList) {
        positions.set(id, (list = []));
        plainByBatch.set(id, (plainList = []));
      }
      list.push(i);
      plainList.push(plain[i]!);
    }
    return { positions, plainByBatch, groups, sams: null as Set<string> | null };
  });
  const perView = derive('ctx-views', state.users, state.nextSerial, () => ({
    views: new Map<string, MigrationUserState[]>(),
    queueCursor: new Map<string, number>(),
  }));
  const users = state.users;
  const batchByName = new Map(state.batches.map((b) => [b.name, b]));
  let groupsPending = false;
  for (const u of maps.groups) if (u.status === 'ProvisionUpdating') { groupsPending = true; break; }
  return {
    batchByName,
    usersByBatch: {
      get(name) {
        let list = perView.views.get(name);
        const at = maps.positions.get(name);
        if (!list && at) perView.views.set(name, (list = at.map((i) => users[i]!)));
        return list;
      },
    },
    userAt: (name, i) => users[maps.positions.get(name)![i]!]!,
    plainByBatch: maps.plainByBatch,
    queueCursor: perView.queueCursor,
    groupsPending,
    get migratedSams() {
      if (!maps.sams) {
        // Read-only: plain objects, not the transaction's recording proxies.
        const plainWorld = rawOf(world);
        const sams = new Set<string>();
        for (const u of plainWorld.tenant.migration.users) {
          if (u.recipientType !== 'Mailbox') continue;
          const m = onPremMailbox(plainWorld, u.identity);
          if (m) sams.add(m.samAccountName.toLowerCase());
        }
        maps.sams = sams;
      }
      return maps.sams;
    },
  };
}

function enterSyncing(world: World, ctx: RunContext, batch: MigrationBatchState, now: number): void {
  rescanQueue(ctx, batch);
  batch.status = 'Syncing';
  batch.transitionDueAt = null;
  batch.startDateTime ??= now;
  // Contacts, mail users and groups are provisioned without a copy slot.
  for (const u of ctx.usersByBatch.get(batch.name) ?? [])
    if (u.status === 'Queued' && u.recipientType !== 'Mailbox') {
      u.status = 'Provisioning';
      u.nextEventAt = phaseEnd(world.tenant.migration, now, world.tenant.migration.config.throughput.provisioningMs);
    }
}

function removeBatchNow(state: MigrationState, batch: MigrationBatchState): void {
  state.batches.splice(state.batches.indexOf(batch), 1);
  state.users = state.users.filter((u) => !same(u.batchId, batch.name));
}

function incrementalSync(world: World, ctx: RunContext, batch: MigrationBatchState, now: number): void {
  // Statuses are read plain; only the users synced are reached through the transaction's view.
  const plain = ctx.plainByBatch.get(batch.name) ?? [];
  for (let i = 0; i < plain.length; i++) {
    const u = plain[i]!;
    if (u.recipientType === 'Mailbox' && (u.status === 'Synced' || u.status === 'IncrementalSynced')) copyDelta(world, ctx.userAt(batch.name, i), now);
  }
  batch.lastSyncedDateTime = now;
  batch.nextIncrementalSyncAt = now + world.tenant.migration.config.limits.incrementalSyncIntervalMs;
}

function finishCompletion(world: World, ctx: RunContext, batch: MigrationBatchState, now: number): void {
  const users = ctx.usersByBatch.get(batch.name) ?? [];
  let waiting = false;
  for (const u of users) {
    if (u.status !== 'Completing') continue;
    if (u.skippedItemCount > 0 && !u.skippedItemsApproved) {
      // R33: completion waits for ApproveSkippedItems.
      const line = reportLine('WaitingForApproval', u.skippedItemCount);
      if (!u.report.some((r) => r.text === line)) u.report.push({ at: now, text: line });
      waiting = true;
      continue;
    }
    if (u.recipientType === 'Mailbox') copyDelta(world, u, now);
    u.status = u.skippedItemCount > 0 ? 'CompletedWithWarnings' : 'Completed';
    u.completedAt = now;
    u.report.push({ at: now, text: reportLine('Completed') });
  }
  batch.transitionDueAt = null;
  if (waiting) return;
  const failed = users.some((u) => u.status === 'Failed' || u.status === 'IncrementalFailed' || u.status === 'CompletionFailed');
  batch.status = failed ? 'CompletedWithErrors' : 'Completed';
  batch.completedDateTime = now;
  batch.lastSyncedDateTime = now;
}

function runBatchEvents(world: World, ctx: RunContext, now: number): void {
  const state = world.tenant.migration;
  for (const batch of [...state.batches]) {
    const due = batchDue(batch);
    if (due === null || due > now) continue;
    const retention = retentionDueAt(batch);
    if (retention !== null && retention <= now) {
      if (batch.status === 'Synced' || batch.status === 'SyncedWithErrors') {
        batch.status = 'Stopped'; // R36: idle 60 days
        batch.nextIncrementalSyncAt = null;
        batch.lastAdminActionAt = now;
      } else removeBatchNow(state, batch);
      continue;
    }
    if (batch.transitionDueAt !== null && batch.transitionDueAt <= now) {
      switch (batch.status) {
        case 'Starting': enterSyncing(world, ctx, batch, now); break;
        case 'Stopping': {
          for (const u of ctx.usersByBatch.get(batch.name) ?? [])
            if (['Queued', 'Provisioning', 'ProvisionUpdating', 'Syncing', 'Starting', 'Validating'].includes(u.status)) {
              u.status = 'Stopped';
              u.nextEventAt = null;
              u.report.push({ at: now, text: reportLine('StoppedWithBatch') });
            }
          batch.status = 'Stopped';
          batch.transitionDueAt = null;
          break;
        }
        case 'Completing': finishCompletion(world, ctx, batch, now); break;
        case 'Removing': removeBatchNow(state, batch); break;
        default: // Set-MigrationBatch -Update, Start-MigrationUser, added users: the scheduling pass below re-reads everything
          batch.transitionDueAt = null;
          rescanQueue(ctx, batch);
      }
      continue;
    }
    if (batch.status === 'Created' && batch.startAfter !== null && batch.startAfter <= now) {
      batch.startAfter = null;
      batch.status = 'Starting';
      batch.startDateTime = now;
      batch.transitionDueAt = now + state.config.throughput.transitionMs;
      continue;
    }
    if ((batch.status === 'Synced' || batch.status === 'SyncedWithErrors') && batch.completeAfter !== null && batch.completeAfter <= now) {
      beginCompletion(world, batch);
      continue;
    }
    if (batch.nextIncrementalSyncAt !== null && batch.nextIncrementalSyncAt <= now) incrementalSync(world, ctx, batch, now);
  }
}

function runUserEvents(world: World, ctx: RunContext, now: number): void {
  // The due users come from the due index (plain objects), taken all before any handler runs; each is
  // then reached through the transaction's view to be written.
  const users = world.tenant.migration.users;
  const index = userDueIndex(rawOf(users), world);
  const taken = index.takeDue(now);
  for (const { index: i } of taken) {
    const u = users[i]!;
    const batch = ctx.batchByName.get(u.batchId);
    if (!batch) { u.nextEventAt = null; continue; }
    if (u.status === 'Provisioning') provisionUser(world, ctx, u, now);
    else if (u.status === 'Syncing') finishInitialSync(world, u, now);
    else if (u.status === 'Synced' || u.status === 'IncrementalSynced') { copyDelta(world, u, now); u.nextEventAt = null; } // SyncNow
    else u.nextEventAt = null;
  }
  // A handler that left a user's time as it was leaves it due (the next pass takes it again).
  index.putBack(taken);
}

/** Forgets the cursor so re-queued users (Start, retry) are found again. */
function rescanQueue(ctx: RunContext, batch: MigrationBatchState): void {
  ctx.queueCursor.delete(batch.name);
}

interface Census {
  activeByEndpoint: Map<string, number>;
  activeTotal: number;
  /** Syncing batches with a user still in its initial phase. */
  busy: Set<string>;
}

/**
 * Copy slots in use (R26, R27) and which Syncing batches are not done. Only batches that can hold
 * users in Provisioning/Syncing are visited, so settled batches cost nothing here.
 */
function census(world: World): Census {
  const c: Census = { activeByEndpoint: new Map(), activeTotal: 0, busy: new Set() };
  const state = world.tenant.migration;
  // Counts kept per batch and adjusted as statuses are written: this runs at every event.
  const counts = userCensus(rawOf(state.users), world);
  for (const b of rawOf(state.batches)) {
    if (b.status !== 'Syncing' && b.status !== 'Stopping' && b.status !== 'Starting' && b.status !== 'Completing') continue;
    const { active, pending } = counts.of(b.name);
    if (active > 0) {
      c.activeByEndpoint.set(b.sourceEndpoint, (c.activeByEndpoint.get(b.sourceEndpoint) ?? 0) + active);
      c.activeTotal += active;
    }
    if (b.status === 'Syncing' && pending > 0) c.busy.add(b.name);
  }
  return c;
}

/** Gives free copy slots to queued mailboxes, batch by batch in creation order (R26, R27). */
function schedule(world: World, ctx: RunContext, c: Census, now: number): void {
  const state = world.tenant.migration;
  for (const batch of state.batches) {
    if (batch.status !== 'Syncing') continue;
    const ep = state.endpoints.find((e) => same(e.name, batch.sourceEndpoint));
    const list = ctx.plainByBatch.get(batch.name);
    if (!ep || !list) continue;
    const k = batch.sourceEndpoint;
    let i = ctx.queueCursor.get(batch.name) ?? 0;
    for (; i < list.length; i++) {
      const p = list[i]!;
      if (p.status !== 'Queued' || p.recipientType !== 'Mailbox') continue;
      if ((c.activeByEndpoint.get(k) ?? 0) >= ep.maxConcurrentMigrations || c.activeTotal >= state.config.maxConcurrentMigrations) break;
      const u = ctx.userAt(batch.name, i);
      u.status = 'Provisioning';
      u.startedAt = now;
      u.nextEventAt = phaseEnd(state, now, state.config.throughput.provisioningMs);
      c.activeByEndpoint.set(k, (c.activeByEndpoint.get(k) ?? 0) + 1);
      c.activeTotal++;
    }
    ctx.queueCursor.set(batch.name, i);
  }
}

/** Syncing -> Synced / SyncedWithErrors / Failed once every user's initial phase is over (MB). */
function settle(world: World, ctx: RunContext, c: Census, now: number): void {
  const state = world.tenant.migration;
  for (const batch of state.batches) {
    if (batch.status !== 'Syncing' || c.busy.has(batch.name)) continue;
    const users = ctx.plainByBatch.get(batch.name) ?? [];
    const failed = users.filter((u) => u.status === 'Failed').length;
    batch.status = users.length > 0 && failed === users.length ? 'Failed' : failed > 0 ? 'SyncedWithErrors' : 'Synced';
    if (batch.initialSyncDateTime === null) {
      batch.initialSyncDateTime = now;
      batch.initialSyncDurationMs = now - (batch.startDateTime ?? now);
    }
    batch.lastSyncedDateTime = now;
    if (batch.status === 'Failed') continue;
    if (batch.allowIncrementalSyncs) batch.nextIncrementalSyncAt = now + state.config.limits.incrementalSyncIntervalMs;
    else batch.status = 'Stopped'; // R29
  }
}

/**
 * Runs everything due at `now` (world.clock.now === now), until nothing more is due at this instant;
 * returns the next due instant (or null).
 */
export function runMigration(world: World, now: number): number | null {
  for (let guard = 0; guard < 1000; guard++) {
    const batches = world.tenant.migration.batches.length;
    let ctx = context(world);
    runBatchEvents(world, ctx, now);
    if (world.tenant.migration.batches.length !== batches) ctx = context(world);
    runUserEvents(world, ctx, now);
    if (ctx.groupsPending) updateGroups(world, now);
    const c = census(world);
    schedule(world, ctx, c, now);
    settle(world, ctx, c, now);
    const next = nextMigrationDue(world);
    if (next === null || next > now) return next;
  }
  return nextMigrationDue(world);
}

/** Moves the clock to `toTime`, running the migration service's events on the way (tests, before the registry). */
export function advanceMigration(world: World, toTime: number): void {
  let due = nextMigrationDue(world);
  while (due !== null && due <= toTime) {
    const at = Math.max(due, world.clock.now);
    world.clock.now = at;
    due = runMigration(world, at);
  }
  if (toTime > world.clock.now) world.clock.now = toTime;
}

/** The migration service as a process of the world's clock registry (src/model/processes.ts). */
export const migrationProcess: WorldProcess = {
  name: 'migration',
  nextDue: (world, live) => nextMigrationDue(world as World, live),
  run: (world, now) => void runMigration(world, now),
};

