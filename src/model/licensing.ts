/**
 * Licenses and the grace period: a mailbox whose user has no license is disabled once
 * `migration.config.limits.licenseGraceMs` (30 days) has passed since it was created (S0 step 7, S1 step 7:
 * "If you don't assign a license, the mailbox is disabled when the grace period ends"). The process
 * that disables them is in license-grace.ts.
 */
import type { TenantMailbox, World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import { WorldError } from './messages';

function graceMs(world: ReadonlyWorld): number {
  return world.tenant.migration.config.limits.licenseGraceMs;
}

function userOf(world: ReadonlyWorld, upn: string) {
  const u = upn.toLowerCase();
  return world.tenant.users.find((x) => x.userPrincipalName.toLowerCase() === u);
}

/** When the mailbox is disabled for lack of a license, or null if it is licensed (or already disabled). */
export function licenseGraceEndsAt(world: ReadonlyWorld, mailbox: DeepReadonly<TenantMailbox>): number | null {
  if (mailbox.disabled) return null;
  const user = userOf(world, mailbox.userPrincipalName);
  if (user && user.licenses.length > 0) return null;
  return mailbox.createdAt + graceMs(world);
}

export function assignedCount(world: ReadonlyWorld, sku: string): number {
  let n = 0;
  for (const u of world.tenant.users) if (u.licenses.includes(sku)) n++;
  return n;
}

/** Assigns a license; a mailbox disabled by the grace period is enabled again. */
export function assignLicense(world: World, userPrincipalName: string, sku: string): void {
  const user = userOf(world, userPrincipalName) as World['tenant']['users'][number] | undefined;
  if (!user) throw new WorldError('TenantUserNotFound', [userPrincipalName]);
  const license = world.tenant.licenses.find((l) => l.skuPartNumber.toLowerCase() === sku.toLowerCase());
  if (!license) throw new WorldError('LicenseNotFound', [sku]);
  if (user.licenses.includes(license.skuPartNumber)) return;
  if (assignedCount(world, license.skuPartNumber) >= license.total)
    throw new WorldError('LicenseExhausted', [license.skuPartNumber, license.total]);
  user.licenses.push(license.skuPartNumber);
  const upn = user.userPrincipalName.toLowerCase();
  for (const m of world.tenant.mailboxes)
    if (m.userPrincipalName.toLowerCase() === upn && m.disabled) {
      m.disabled = false;
      m.disabledAt = null;
    }
}

export function removeLicense(world: World, userPrincipalName: string, sku: string): void {
  const user = userOf(world, userPrincipalName) as World['tenant']['users'][number] | undefined;
  if (!user) throw new WorldError('TenantUserNotFound', [userPrincipalName]);
  const i = user.licenses.findIndex((l) => l.toLowerCase() === sku.toLowerCase());
  if (i >= 0) user.licenses.splice(i, 1);
}

export { licenseGraceProcess } from './license-grace';
