/**
 * Where a message sent now to an address is delivered: the sender's resolver looks up the
 * domain's MX (as propagated at `now`), and the lowest preference wins. MX hosts under
 * `protection.outlook.com` are Exchange Online; hosts of the on-premises servers (their FQDNs,
 * Outlook Anywhere names, or any name resolving to the same address) are on-premises.
 */
import type { ReadonlyWorld } from '../store/state-store';
import { normaliseDnsName, resolveDns } from './dns-records';

export type DeliveryDestination = 'OnPremises' | 'ExchangeOnline' | 'Undeliverable';

/** Why a message went where it went (ids, not prose: callers render them). */
export type DeliveryReason =
  | 'Delivered'
  | 'NoMxRecord'
  | 'MxHostUnknown'
  | 'DomainNotAccepted'
  | 'RecipientNotFound'
  | 'MailboxDisabled'
  | 'InvalidAddress';

export interface Delivery {
  destination: DeliveryDestination;
  reason: DeliveryReason;
  /** The MX host used, or null when none applied (the tenant's own domain needs none). */
  mxHost: string | null;
  /** The recipient's primary SMTP address where it was found. */
  recipient: string | null;
}

export const EXO_MX_SUFFIX = '.protection.outlook.com';

function smtpOf(address: string): string {
  return address.replace(/^smtp:/i, '').toLowerCase();
}

export function findOnPremRecipient(world: ReadonlyWorld, address: string): string | null {
  const org = world.onPrem;
  for (const list of [org.mailboxes, org.mailUsers, org.contacts, org.groups])
    for (const r of list)
      if (r.primarySmtpAddress.toLowerCase() === address || r.emailAddresses.some((a) => a.toLowerCase() === 'smtp:' + address))
        return r.primarySmtpAddress;
  return null;
}

export function findCloudRecipient(world: ReadonlyWorld, address: string): { smtp: string; disabled: boolean } | null {
  const t = world.tenant;
  for (const m of t.mailboxes)
    if (m.primarySmtpAddress.toLowerCase() === address || m.emailAddresses.some((a) => smtpOf(a) === address))
      return { smtp: m.primarySmtpAddress, disabled: m.disabled };
  for (const list of [t.mailUsers, t.groups])
    for (const r of list) if (r.primarySmtpAddress.toLowerCase() === address) return { smtp: r.primarySmtpAddress, disabled: false };
  return null;
}

/** Names that reach the on-premises servers. */
export function onPremHostNames(world: ReadonlyWorld): Set<string> {
  const names = new Set<string>();
  for (const s of world.onPrem.servers) {
    names.add(normaliseDnsName(s.fqdn));
    if (s.outlookAnywhere.externalHostName) names.add(normaliseDnsName(s.outlookAnywhere.externalHostName));
  }
  return names;
}

export function isOnPremHost(world: ReadonlyWorld, host: string, now: number): boolean {
  const names = onPremHostNames(world);
  if (names.has(host)) return true;
  const ips = new Set<string>();
  for (const n of names) for (const a of resolveDns(world, n, 'A', now)) ips.add(a.value);
  return resolveDns(world, host, 'A', now).some((a) => ips.has(a.value));
}

export function deliver(world: ReadonlyWorld, address: string, now: number): Delivery {
  const addr = smtpOf(address.trim());
  const at = addr.lastIndexOf('@');
  if (at <= 0 || at === addr.length - 1) return { destination: 'Undeliverable', reason: 'InvalidAddress', mxHost: null, recipient: null };
  const domain = addr.slice(at + 1);
  const tenantDomain =
    domain === world.tenant.initialDomain.toLowerCase() || domain.endsWith('.onmicrosoft.com');
  let mxHost: string | null = null;
  let toCloud = tenantDomain;
  if (!tenantDomain) {
    const mx = [...resolveDns(world, domain, 'MX', now)].sort((a, b) => a.preference - b.preference);
    if (mx.length === 0) return { destination: 'Undeliverable', reason: 'NoMxRecord', mxHost: null, recipient: null };
    mxHost = mx[0]!.value;
    if (mxHost.endsWith(EXO_MX_SUFFIX)) toCloud = true;
    else if (!isOnPremHost(world, mxHost, now))
      return { destination: 'Undeliverable', reason: 'MxHostUnknown', mxHost, recipient: null };
  }
  if (toCloud) {
    if (!tenantDomain && !world.tenant.domains.some((d) => d.name.toLowerCase() === domain && d.verified))
      return { destination: 'Undeliverable', reason: 'DomainNotAccepted', mxHost, recipient: null };
    const r = findCloudRecipient(world, addr);
    if (!r) return { destination: 'Undeliverable', reason: 'RecipientNotFound', mxHost, recipient: null };
    if (r.disabled) return { destination: 'Undeliverable', reason: 'MailboxDisabled', mxHost, recipient: r.smtp };
    return { destination: 'ExchangeOnline', reason: 'Delivered', mxHost, recipient: r.smtp };
  }
  const r = findOnPremRecipient(world, addr);
  if (!r) return { destination: 'Undeliverable', reason: 'RecipientNotFound', mxHost, recipient: null };
  return { destination: 'OnPremises', reason: 'Delivered', mxHost, recipient: r };
}
