/**
 * Administration of the tenant's mailboxes as Exchange Online's Set-Mailbox does it (the basics:
 * address-list visibility and display name). Checks before it changes and returns an outcome code;
 * the cmdlet layer words the errors (like onprem-admin.ts for the source organization).
 */
import type { TenantMailbox, World } from './world';
import type { AdminOutcome } from './onprem-admin';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A tenant mailbox by alias, display name, UPN or any of its SMTP addresses. */
export function findCloudMailbox<M extends Pick<TenantMailbox, 'alias' | 'displayName' | 'userPrincipalName' | 'primarySmtpAddress' | 'emailAddresses'>>(mailboxes: readonly M[], identity: string): M | undefined {
  return mailboxes.find((m) => same(m.alias, identity) || same(m.displayName, identity) || same(m.userPrincipalName, identity) || same(m.primarySmtpAddress, identity) || m.emailAddresses.some((a) => same(a.replace(/^smtp:/i, ''), identity)));
}

export interface CloudMailboxChange {
  hiddenFromAddressLists?: boolean;
  displayName?: string;
}

export function setCloudMailbox(world: World, identity: string, change: CloudMailboxChange): AdminOutcome {
  const m = findCloudMailbox(world.tenant.mailboxes, identity);
  if (!m) return 'not-found';
  if (change.hiddenFromAddressLists !== undefined) m.hiddenFromAddressLists = change.hiddenFromAddressLists;
  if (change.displayName !== undefined) m.displayName = change.displayName;
  return 'ok';
}

/**
 * Turning directory synchronization off for the tenant (Graph's organization onPremisesSyncEnabled,
 * "Turn off directory synchronization"): synced users become cloud users, and the on-premises sync
 * server no longer exports to this tenant. A cutover migration is allowed again (R3, R17).
 * Turning it on records that a sync server exports to the tenant again.
 */
export function setTenantDirectorySync(world: World, enabled: boolean): void {
  world.tenant.directorySyncEnabled = enabled;
  world.onPrem.directorySyncEnabled = enabled;
}
