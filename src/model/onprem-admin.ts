/**
 * Administration of the on-premises organization as the Exchange Management Shell does it, for the
 * preparation and clean-up steps of the seed articles: FullAccess on mailboxes and Receive As on a
 * database (assign-permissions-for-migration), showing a hidden mailbox in the address lists (S1
 * prep 5), disabling Unified Messaging (S0, S1), Outlook Anywhere settings (S0 Step 1) and clearing
 * the Autodiscover SCP after the cutover (S0 Step 8). Each operation checks before it changes and
 * returns an outcome code; the cmdlet layer words the errors.
 */
import type { ExchangeServer, Group, MailContact, Mailbox, MailboxDatabase, MailUser, OnPremOrganization, OutlookAnywhereAuth, World } from './world';
import { findMailbox, principalName } from './queries';

export type AdminOutcome = 'ok' | 'not-found' | 'principal-not-found' | 'exists' | 'unchanged';

const lower = (s: string) => s.trim().toLowerCase();

export function findServer(org: OnPremOrganization, identity: string): ExchangeServer | undefined {
  const id = lower(identity);
  return org.servers.find((s) => lower(s.name) === id || lower(s.fqdn) === id);
}

export function findDatabase(org: OnPremOrganization, identity: string): MailboxDatabase | undefined {
  const id = lower(identity);
  return org.databases.find((d) => lower(d.name) === id);
}

export function findOrgMailbox(org: OnPremOrganization, identity: string): Mailbox | undefined {
  // The AD canonical form Exchange 2010 prints (`corp.contoso.com/Users/Sara Lindqvist`) is accepted too.
  const prefix = `${lower(org.adDomain)}/users/`;
  const id = lower(identity).startsWith(prefix) ? identity.trim().slice(prefix.length) : identity;
  return findMailbox(org, id) as Mailbox | undefined;
}

/** A principal the organization knows: an account or a mailbox user, by sAMAccountName/UPN/DOMAIN\name. */
export function knownPrincipal(org: OnPremOrganization, identity: string): string | undefined {
  const sam = principalName(org, identity);
  const account = org.accounts.find((a) => lower(a.samAccountName) === sam || lower(a.userPrincipalName) === lower(identity));
  if (account) return account.samAccountName.toLowerCase();
  const mbx = findMailbox(org, identity);
  return mbx ? mbx.samAccountName.toLowerCase() : undefined;
}

/** Set-ClientAccessServer -AutoDiscoverServiceInternalUri (null clears the SCP, R38). */
export function setAutodiscoverInternalUri(world: World, server: string, uri: string | null): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s || !s.roles.includes('ClientAccess')) return 'not-found';
  s.autoDiscoverServiceInternalUri = uri;
  return 'ok';
}

export function setAutodiscoverSiteScope(world: World, server: string, sites: string[]): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s || !s.roles.includes('ClientAccess')) return 'not-found';
  s.autoDiscoverSiteScope = [...sites];
  return 'ok';
}

export function setOutOfService(world: World, server: string, value: boolean): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s) return 'not-found';
  s.isOutOfService = value;
  return 'ok';
}

/** Set-Mailbox -HiddenFromAddressListsEnabled (R15: a hidden mailbox can't be migrated). */
export function setHiddenFromAddressLists(world: World, mailbox: string, hidden: boolean): AdminOutcome {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return 'not-found';
  m.hiddenFromAddressLists = hidden;
  return 'ok';
}

/** Add-MailboxPermission -AccessRights FullAccess (R14). */
export function addFullAccess(world: World, mailbox: string, user: string): AdminOutcome {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return 'not-found';
  const p = knownPrincipal(world.onPrem, user);
  if (!p) return 'principal-not-found';
  if (m.fullAccess.some((x) => lower(x) === p)) return 'exists';
  m.fullAccess.push(p);
  return 'ok';
}

/** Add-ADPermission -ExtendedRights Receive-As on a mailbox database (R14). */
export function addReceiveAs(world: World, database: string, user: string): AdminOutcome {
  const d = findDatabase(world.onPrem, database);
  if (!d) return 'not-found';
  const p = knownPrincipal(world.onPrem, user);
  if (!p) return 'principal-not-found';
  if (d.receiveAs.some((x) => lower(x) === p)) return 'exists';
  d.receiveAs.push(p);
  return 'ok';
}

/** Disable-UMMailbox (R16). */
export function disableUm(world: World, mailbox: string): AdminOutcome {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return 'not-found';
  if (!m.umEnabled) return 'unchanged';
  m.umEnabled = false;
  return 'ok';
}

export interface OutlookAnywhereChange {
  externalHostName?: string;
  authenticationMethods?: OutlookAnywhereAuth[];
  sslOffloading?: boolean;
}

/** Set-OutlookAnywhere (Exchange 2010: setting an external host name publishes Outlook Anywhere, R9). */
export function setOutlookAnywhere(world: World, server: string, change: OutlookAnywhereChange): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s || !s.roles.includes('ClientAccess')) return 'not-found';
  const oa = s.outlookAnywhere;
  if (change.externalHostName !== undefined) {
    oa.externalHostName = change.externalHostName;
    oa.enabled = true;
  }
  if (change.authenticationMethods) oa.authenticationMethods = [...change.authenticationMethods];
  if (change.sslOffloading !== undefined) oa.sslOffloading = change.sslOffloading;
  return 'ok';
}

/**
 * Enable-OutlookAnywhere (Exchange 2010): publishes RPC over HTTP on a Client Access server with its
 * external host name, authentication and SSL offloading. 'exists' when it is already enabled.
 */
export function enableOutlookAnywhere(world: World, server: string, change: Required<Pick<OutlookAnywhereChange, 'externalHostName' | 'sslOffloading'>> & Pick<OutlookAnywhereChange, 'authenticationMethods'>): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s || !s.roles.includes('ClientAccess')) return 'not-found';
  if (s.outlookAnywhere.enabled) return 'exists';
  setOutlookAnywhere(world, server, change);
  return 'ok';
}

/** Disable-OutlookAnywhere: the RPC over HTTP virtual directory removed; 'not-found' where it was not enabled. */
export function disableOutlookAnywhere(world: World, server: string): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s || !s.roles.includes('ClientAccess') || !s.outlookAnywhere.enabled) return 'not-found';
  s.outlookAnywhere.enabled = false;
  return 'ok';
}

/** Remove-MailboxPermission -AccessRights FullAccess: 'unchanged' when the entry is not there. */
export function removeFullAccess(world: World, mailbox: string, user: string): AdminOutcome {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return 'not-found';
  const p = knownPrincipal(world.onPrem, user);
  if (!p) return 'principal-not-found';
  const at = m.fullAccess.findIndex((x) => lower(x) === p);
  if (at < 0) return 'unchanged';
  m.fullAccess.splice(at, 1);
  return 'ok';
}

/** Remove-ADPermission -ExtendedRights Receive-As from a mailbox database. */
export function removeReceiveAs(world: World, database: string, user: string): AdminOutcome {
  const d = findDatabase(world.onPrem, database);
  if (!d) return 'not-found';
  const p = knownPrincipal(world.onPrem, user);
  if (!p) return 'principal-not-found';
  const at = d.receiveAs.findIndex((x) => lower(x) === p);
  if (at < 0) return 'unchanged';
  d.receiveAs.splice(at, 1);
  return 'ok';
}

export function findGroup(org: OnPremOrganization, identity: string): Group | undefined {
  const id = lower(identity);
  const smtp = 'smtp:' + id;
  return org.groups.find((g) => lower(g.name) === id || lower(g.alias) === id || lower(g.displayName) === id || lower(g.primarySmtpAddress) === id || g.emailAddresses.some((a) => lower(a) === smtp));
}

/** A group member resolved to the recipient it names (members are stored by alias). */
export type GroupMember =
  | { kind: 'mailbox'; recipient: Mailbox }
  | { kind: 'mailUser'; recipient: MailUser }
  | { kind: 'contact'; recipient: MailContact }
  | { kind: 'group'; recipient: Group };

export function groupMembers(org: OnPremOrganization, group: Group): GroupMember[] {
  const out: GroupMember[] = [];
  for (const alias of group.members) {
    const a = lower(alias);
    const mbx = org.mailboxes.find((m) => lower(m.alias) === a);
    if (mbx) { out.push({ kind: 'mailbox', recipient: mbx }); continue; }
    const mu = org.mailUsers.find((m) => lower(m.alias) === a);
    if (mu) { out.push({ kind: 'mailUser', recipient: mu }); continue; }
    const c = org.contacts.find((m) => lower(m.alias) === a);
    if (c) { out.push({ kind: 'contact', recipient: c }); continue; }
    const g = org.groups.find((m) => lower(m.alias) === a);
    if (g) out.push({ kind: 'group', recipient: g });
  }
  return out;
}

/**
 * A recipient that can be a manager or a delegate (a mailbox user or a mail user), by alias,
 * sAMAccountName, DOMAIN\name, SMTP address, display name or canonical name; its sAMAccountName.
 */
export function findManagerOrDelegate(org: OnPremOrganization, identity: string): string | undefined {
  const prefix = `${lower(org.adDomain)}/users/`;
  const raw = lower(identity).startsWith(prefix) ? identity.trim().slice(prefix.length) : identity;
  const mbx = findOrgMailbox(org, raw);
  if (mbx) return mbx.samAccountName.toLowerCase();
  const id = lower(raw);
  const sam = principalName(org, raw);
  const mu = org.mailUsers.find((m) => lower(m.alias) === id || lower(m.samAccountName) === sam || lower(m.primarySmtpAddress) === id || lower(m.displayName) === id);
  return mu?.samAccountName.toLowerCase();
}

/** The display name of a principal kept by sAMAccountName (a mailbox user, a mail user or an account). */
export function principalDisplayName(org: OnPremOrganization, sam: string): string {
  const s = lower(sam);
  return (
    org.mailboxes.find((m) => lower(m.samAccountName) === s)?.displayName ??
    org.mailUsers.find((m) => lower(m.samAccountName) === s)?.displayName ??
    org.accounts.find((a) => lower(a.samAccountName) === s)?.displayName ??
    sam
  );
}

/** Set-User -Manager (null clears it): a manager the cutover does not migrate stalls the user (R19). */
export function setManager(world: World, user: string, manager: string | null): AdminOutcome {
  const m = findOrgMailbox(world.onPrem, user);
  if (!m) return 'not-found';
  if (manager === null) {
    m.manager = null;
    return 'ok';
  }
  const p = findManagerOrDelegate(world.onPrem, manager);
  if (!p) return 'principal-not-found';
  m.manager = p;
  return 'ok';
}

/** Set-Mailbox -GrantSendOnBehalfTo: the mailbox's delegates, replaced, added to or removed from (R19). */
export function setDelegates(world: World, mailbox: string, change: { replace?: string[]; add?: string[]; remove?: string[] }): AdminOutcome | { unknown: string } {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return 'not-found';
  const resolve = (ids: string[]) => ids.map((id) => ({ id, sam: findManagerOrDelegate(world.onPrem, id) }));
  const all = [...resolve(change.replace ?? []), ...resolve(change.add ?? []), ...resolve(change.remove ?? [])];
  const unknown = all.find((x) => !x.sam);
  if (unknown) return { unknown: unknown.id };
  let next = change.replace ? [...new Set(resolve(change.replace).map((x) => x.sam!))] : [...m.delegates];
  for (const x of resolve(change.add ?? [])) if (!next.includes(x.sam!)) next.push(x.sam!);
  const removed = new Set(resolve(change.remove ?? []).map((x) => x.sam!));
  next = next.filter((d) => !removed.has(lower(d)));
  m.delegates = next;
  return 'ok';
}

/**
 * New-MailboxRepairRequest: the store repairs the mailbox's folder structures, so a mailbox that
 * could not be opened can be read again. Items that are themselves corrupt stay corrupt (they are
 * skipped by a migration).
 */
export function repairMailbox(world: World, mailbox: string, detectOnly: boolean): { outcome: AdminOutcome; corruptionsFound: number; mailbox?: Mailbox } {
  const m = findOrgMailbox(world.onPrem, mailbox);
  if (!m) return { outcome: 'not-found', corruptionsFound: 0 };
  const found = m.unreadable ? 1 : 0;
  if (!detectOnly) m.unreadable = false;
  return { outcome: 'ok', corruptionsFound: found, mailbox: m };
}

/**
 * The firewall in front of an on-premises server (the lab's stand-in for the network's firewall):
 * opens or closes TCP ports, which the migration service and Test-NetConnection then reach or not
 * (R12: Exchange 2003 needs 6001, 6002 and 6004 for RPC over HTTP).
 */
export function setServerPorts(world: World, server: string, open: number[], close: number[]): AdminOutcome {
  const s = findServer(world.onPrem, server);
  if (!s) return 'not-found';
  const ports = new Set(s.openPorts);
  for (const p of open) ports.add(p);
  for (const p of close) ports.delete(p);
  s.openPorts = [...ports].sort((a, b) => a - b);
  return 'ok';
}
