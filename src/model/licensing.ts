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

/**
 * Assigns a license; a mailbox disabled by the grace period is enabled again. The user needs a
 * usage location (Microsoft 365 can't license a user without one) and the SKU a unit left.
 */
export function assignLicense(world: World, userPrincipalName: string, sku: string): void {
  const user = userOf(world, userPrincipalName) as World['tenant']['users'][number] | undefined;
  if (!user) throw new WorldError('TenantUserNotFound', [userPrincipalName]);
  const license = world.tenant.licenses.find((l) => l.skuPartNumber.toLowerCase() === sku.toLowerCase());
  if (!license) throw new WorldError('LicenseNotFound', [sku]);
  if (user.licenses.includes(license.skuPartNumber)) return;
  if (!isUsageLocation(user.usageLocation)) throw new WorldError('LicenseNoUsageLocation', [user.userPrincipalName]);
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

/** A two-letter country code (ISO 3166-1 alpha-2 shape). */
export function isUsageLocation(code: string | null | undefined): code is string {
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code);
}

/** Update-MgUser -UsageLocation: sets (upper-cased) or clears the user's usage location. */
export function setUsageLocation(world: World, userPrincipalName: string, code: string | null): void {
  const user = userOf(world, userPrincipalName) as World['tenant']['users'][number] | undefined;
  if (!user) throw new WorldError('TenantUserNotFound', [userPrincipalName]);
  if (code !== null && !isUsageLocation(code)) throw new WorldError('InvalidUsageLocation', [code]);
  user.usageLocation = code === null ? null : code.toUpperCase();
}

export interface ServicePlan {
  servicePlanId: string;
  servicePlanName: string;
  appliesTo: 'User' | 'Company';
}

export interface SkuInfo {
  skuPartNumber: string;
  skuId: string;
  servicePlans: ServicePlan[];
}

const plan = (servicePlanName: string, servicePlanId: string): ServicePlan => ({ servicePlanId, servicePlanName, appliesTo: 'User' });
const EXCHANGE_S_STANDARD = plan('EXCHANGE_S_STANDARD', '9aaf7827-d63c-4b61-89c3-182f06f82e5c');
const EXCHANGE_S_ENTERPRISE = plan('EXCHANGE_S_ENTERPRISE', 'efb87545-963c-4e0d-99df-69c6916d9eb0');
const SHAREPOINTENTERPRISE = plan('SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72');
const MCOSTANDARD = plan('MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c');
const OFFICESUBSCRIPTION = plan('OFFICESUBSCRIPTION', '43de0ff5-c92c-492b-9116-175376d08c38');

/** Microsoft's SKUs the scenarios use: part number, SkuId and (the main) service plans. */
export const SKU_CATALOGUE: readonly SkuInfo[] = [
  { skuPartNumber: 'ENTERPRISEPACK', skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900', servicePlans: [EXCHANGE_S_ENTERPRISE, SHAREPOINTENTERPRISE, MCOSTANDARD, OFFICESUBSCRIPTION] },
  { skuPartNumber: 'ENTERPRISEPREMIUM', skuId: 'c7df2760-2c81-4ef7-b578-5b5392b571df', servicePlans: [EXCHANGE_S_ENTERPRISE, SHAREPOINTENTERPRISE, MCOSTANDARD, OFFICESUBSCRIPTION] },
  { skuPartNumber: 'EXCHANGESTANDARD', skuId: '4b9405b0-7788-4568-add1-99614e613b69', servicePlans: [EXCHANGE_S_STANDARD] },
  { skuPartNumber: 'SPE_E3', skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965', servicePlans: [EXCHANGE_S_ENTERPRISE, SHAREPOINTENTERPRISE, MCOSTANDARD, OFFICESUBSCRIPTION] },
  { skuPartNumber: 'O365_BUSINESS_PREMIUM', skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', servicePlans: [EXCHANGE_S_STANDARD, SHAREPOINTENTERPRISE, MCOSTANDARD, OFFICESUBSCRIPTION] },
];

/** The catalogue entry of a part number (an unknown one gets a stable made-up SkuId and no plans). */
export function skuInfo(skuPartNumber: string): SkuInfo {
  const hit = SKU_CATALOGUE.find((s) => s.skuPartNumber.toLowerCase() === skuPartNumber.toLowerCase());
  if (hit) return hit;
  let h = 0x811c9dc5;
  for (const ch of skuPartNumber.toUpperCase()) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + 'a5c3e1f7b9d2').repeat(3);
  return { skuPartNumber, skuId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`, servicePlans: [] };
}

/** The tenant's license (part number as the tenant spells it) for a SkuId or a part number. */
export function tenantSkuOf(world: ReadonlyWorld, skuIdOrPart: string): string | undefined {
  const k = skuIdOrPart.trim().toLowerCase();
  return world.tenant.licenses.find((l) => l.skuPartNumber.toLowerCase() === k || skuInfo(l.skuPartNumber).skuId === k)?.skuPartNumber;
}

export { licenseGraceProcess } from './license-grace';
