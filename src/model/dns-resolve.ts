/**
 * Name resolution as a client sees it, from outside (a resolver on the Internet: the registrar's
 * public zones with propagation, see dns-records.ts) or inside (the on-premises domain
 * controller's DNS server: its own zones first, authoritative and without propagation, then
 * forwarding to the Internet), and the DC's zones as its DNS server manages them.
 *
 * Record sets hold one value per record: MX `host` with the preference, CNAME `host`, A `IPv4`,
 * TXT `text`, SRV `"<priority> <weight> <port> <target>"` (zone-file order) with the priority also
 * as the preference.
 */
import type { DnsRecordSet, DnsRecordType, DnsZone, OnPremOrganization, World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import { findZone, normaliseDnsName } from './dns-records';

// ---------------------------------------------------------------- the inside network

/** The org's one domain controller, also its DNS server [EMU: DC01, 10.0.0.10]. */
export interface DomainControllerInfo {
  /** `DC01` */
  name: string;
  /** `dc01.corp.contoso.com` */
  fqdn: string;
  address: string;
}

export const DC_ADDRESS = '10.0.0.10';

export function domainController(org: DeepReadonly<OnPremOrganization>): DomainControllerInfo {
  return { name: 'DC01', fqdn: `dc01.${org.adDomain.toLowerCase()}`, address: DC_ADDRESS };
}

/** The internal address of the n-th Exchange server [EMU: 10.0.0.20, .21...]. */
export function internalServerAddress(index: number): string {
  return `10.0.0.${20 + index}`;
}

/** Whether `server` (a name, FQDN or IP address given to -Server / -ComputerName) is the DC. */
export function isDomainController(org: DeepReadonly<OnPremOrganization>, server: string): boolean {
  const dc = domainController(org);
  const s = normaliseDnsName(server);
  return s === dc.name.toLowerCase() || s === dc.fqdn || s === dc.address || s === org.netbiosName.toLowerCase() + '\\' + dc.name.toLowerCase();
}

/**
 * The DC's zones at seeding time: the AD domain's zone with the DC's and the Exchange servers' A
 * records (registered by the machines themselves), and, when the SMTP domain differs from the AD
 * domain, the split-brain zone of the SMTP domain an org keeps so that inside clients reach the
 * Client Access server directly: the Outlook Anywhere name (A, the CAS's internal address), the
 * domain's MX, and `autodiscover` (CNAME to that name) when the public zone has one.
 */
export function seedInternalZones(org: OnPremOrganization, smtpDomain: string, publicZones: readonly DnsZone[], at: number): DnsZone[] {
  const zones: DnsZone[] = [];
  const zoneFor = (name: string): DnsZone => {
    const n = normaliseDnsName(name);
    let z = zones.find((x) => x.name === n);
    if (!z) zones.push((z = { name: n, records: [] }));
    return z;
  };
  const add = (zone: DnsZone, name: string, type: DnsRecordType, value: string, preference = 0): void => {
    const n = normaliseDnsName(name);
    const v = type === 'A' || type === 'TXT' ? value : normaliseDnsName(value);
    const set = zone.records.find((r) => r.name === n && r.type === type);
    if (set) set.values.push({ value: v, preference });
    else zone.records.push({ name: n, type, ttl: 3600, values: [{ value: v, preference }], changedAt: at, previous: null });
  };
  const ad = zoneFor(org.adDomain);
  const dc = domainController(org);
  add(ad, ad.name, 'A', dc.address);
  add(ad, dc.fqdn, 'A', dc.address);
  org.servers.forEach((s, i) => add(ad, s.fqdn, 'A', internalServerAddress(i)));
  const domain = normaliseDnsName(smtpDomain);
  const cas = org.servers.findIndex((s) => s.roles.includes('ClientAccess'));
  const server = org.servers[cas < 0 ? 0 : cas];
  if (!server) return zones;
  const zone = findZone(zones, domain)?.name === domain ? ad : zoneFor(domain);
  const external = normaliseDnsName(server.outlookAnywhere.externalHostName || `mail.${domain}`);
  if (external === domain || external.endsWith('.' + domain)) add(zone, external, 'A', internalServerAddress(cas < 0 ? 0 : cas));
  add(zone, domain, 'MX', external, 10);
  const publicAutodiscover = findZone(publicZones, `autodiscover.${domain}`)?.records.some((r) => r.name === `autodiscover.${domain}` && r.type === 'CNAME');
  if (publicAutodiscover) add(zone, `autodiscover.${domain}`, 'CNAME', external);
  return zones;
}

// ---------------------------------------------------------------- the Internet's fixed names

/**
 * Names outside the lab's zones that the migration needs to resolve [EMU: fixed answers, in the
 * documentation ranges]: Exchange Online's Autodiscover host and the tenants' EOP MX hosts.
 */
function wellKnown(name: string, type: DnsRecordType): { ttl: number; values: { value: string; preference: number }[] } | null | undefined {
  if (name === 'autodiscover.outlook.com' || name === 'outlook.office365.com') return type === 'A' ? { ttl: 300, values: [{ value: '52.96.0.2', preference: 0 }] } : null;
  if (name.endsWith('.mail.protection.outlook.com')) return type === 'A' ? { ttl: 10, values: [{ value: '52.101.0.25', preference: 0 }] } : null;
  return undefined;
}

// ---------------------------------------------------------------- resolution

export type DnsVantage = 'outside' | 'inside';

export interface DnsAnswer {
  name: string;
  type: DnsRecordType;
  ttl: number;
  value: string;
  preference: number;
}

export type DnsResolution =
  | { status: 'answer'; answers: DnsAnswer[] }
  /** The name exists but has no record of the type: the zone's SOA in the authority section. */
  | { status: 'no-data'; answers: DnsAnswer[]; zone: string }
  /** The name does not exist (NXDOMAIN). */
  | { status: 'name-error'; answers: DnsAnswer[] };

type Lookup = { kind: 'set'; ttl: number; values: { value: string; preference: number }[] } | { kind: 'no-data'; zone: string } | { kind: 'name-error' };

function nameExists(zone: DeepReadonly<DnsZone>, name: string): boolean {
  return name === zone.name || zone.records.some((r) => (r.name === name || r.name.endsWith('.' + name)) && visibleValues(r, Infinity).length > 0);
}

/** Values of a public set as propagated at `now` (the old ones while resolvers may hold them). */
function visibleValues(r: DeepReadonly<DnsRecordSet>, now: number): readonly { value: string; preference: number }[] {
  return r.previous && now < r.previous.visibleUntil ? r.previous.values : r.values;
}

function lookupIn(zones: readonly DeepReadonly<DnsZone>[], name: string, type: DnsRecordType, now: number, propagate: boolean): Lookup | undefined {
  const zone = findZone(zones, name);
  if (!zone) return undefined;
  const set = (t: DnsRecordType) => zone.records.find((r) => r.name === name && r.type === t);
  const pick = (r: DeepReadonly<DnsRecordSet> | undefined): Lookup | null => {
    if (!r) return null;
    const old = propagate && r.previous && now < r.previous.visibleUntil;
    const values = old ? r.previous!.values : r.values;
    if (values.length === 0) return null;
    return { kind: 'set', ttl: old ? r.previous!.ttl : r.ttl, values: values.map((v) => ({ ...v })) };
  };
  const hit = pick(set(type));
  if (hit) return hit;
  const exists = propagate ? name === zone.name || zone.records.some((r) => (r.name === name || r.name.endsWith('.' + name)) && visibleValues(r, now).length > 0) : nameExists(zone, name);
  return exists ? { kind: 'no-data', zone: zone.name } : { kind: 'name-error' };
}

function lookupOutside(world: ReadonlyWorld, name: string, type: DnsRecordType, now: number): Lookup {
  const found = lookupIn(world.dns.zones, name, type, now, true);
  if (found) return found;
  const known = wellKnown(name, type);
  if (known) return { kind: 'set', ...known };
  if (known === null) return { kind: 'no-data', zone: name.split('.').slice(-2).join('.') };
  return { kind: 'name-error' };
}

function lookupFrom(world: ReadonlyWorld, name: string, type: DnsRecordType, now: number, vantage: DnsVantage): Lookup {
  if (vantage === 'inside') {
    const found = lookupIn(world.dns.internalZones, name, type, now, false);
    if (found) return found;
  }
  return lookupOutside(world, name, type, now);
}

/**
 * What a resolver answers for `name`/`type` at `now`. A CNAME at the name is returned and its
 * target resolved in turn (as the DNS client does, up to 8 aliases), unless the CNAME itself is
 * asked for; each step is looked up from the same vantage (inside: the DC's zones, then forwarded).
 */
export function resolveName(world: ReadonlyWorld, name: string, type: DnsRecordType, now: number, vantage: DnsVantage = 'outside'): DnsResolution {
  const answers: DnsAnswer[] = [];
  let current = normaliseDnsName(name);
  for (let hop = 0; hop < 9; hop++) {
    const direct = lookupFrom(world, current, type, now, vantage);
    if (direct.kind === 'set') {
      for (const v of direct.values) answers.push({ name: current, type, ttl: direct.ttl, value: v.value, preference: v.preference });
      return { status: 'answer', answers };
    }
    if (type !== 'CNAME') {
      const alias = lookupFrom(world, current, 'CNAME', now, vantage);
      if (alias.kind === 'set' && alias.values[0]) {
        answers.push({ name: current, type: 'CNAME', ttl: alias.ttl, value: alias.values[0].value, preference: 0 });
        current = alias.values[0].value;
        continue;
      }
    }
    if (direct.kind === 'no-data') return { status: 'no-data', answers, zone: direct.zone };
    return { status: 'name-error', answers };
  }
  return { status: 'name-error', answers };
}

// ---------------------------------------------------------------- the DC's zones (DnsServer)

export type InternalOutcome = 'ok' | 'zone-not-found' | 'exists' | 'not-found';

export function findInternalZone(world: ReadonlyWorld | World, zoneName: string): DeepReadonly<DnsZone> | undefined {
  const n = normaliseDnsName(zoneName);
  return world.dns.internalZones.find((z) => z.name === n);
}

/** `@`, a relative name or an FQDN inside the zone -> the FQDN. */
export function fqdnIn(zone: string, name: string): string {
  const n = normaliseDnsName(name);
  if (n === '' || n === '@' || n === zone) return zone;
  return n.endsWith('.' + zone) ? n : `${n}.${zone}`;
}

/** The name relative to its zone as the DNS server shows it (HostName): `@` for the apex. */
export function hostNameIn(zone: string, fqdn: string): string {
  return fqdn === zone ? '@' : fqdn.endsWith('.' + zone) ? fqdn.slice(0, -zone.length - 1) : fqdn;
}

export interface InternalRecordInput {
  zone: string;
  name: string;
  type: DnsRecordType;
  value: string;
  preference: number;
  ttl: number;
}

function normaliseValue(type: DnsRecordType, value: string): string {
  return type === 'TXT' || type === 'A' ? value.trim() : normaliseDnsName(value);
}

/** Adds one record to a DC zone (Add-DnsServerResourceRecord*): the same record twice is refused, as is a CNAME beside other data. */
export function addInternalRecord(world: World, input: InternalRecordInput, now: number): InternalOutcome {
  const zone = world.dns.internalZones.find((z) => z.name === normaliseDnsName(input.zone));
  if (!zone) return 'zone-not-found';
  const name = fqdnIn(zone.name, input.name);
  const value = normaliseValue(input.type, input.value);
  const atName = zone.records.filter((r) => r.name === name && r.values.length > 0);
  if (input.type === 'CNAME' ? atName.length > 0 : atName.some((r) => r.type === 'CNAME')) return 'exists';
  const set = atName.find((r) => r.type === input.type);
  if (set?.values.some((v) => v.value === value && (input.type !== 'MX' || v.preference === input.preference))) return 'exists';
  if (set) {
    set.values.push({ value, preference: input.preference });
    set.ttl = input.ttl;
    set.changedAt = now;
  } else {
    zone.records = zone.records.filter((r) => !(r.name === name && r.type === input.type));
    zone.records.push({ name, type: input.type, ttl: input.ttl, values: [{ value, preference: input.preference }], changedAt: now, previous: null });
  }
  return 'ok';
}

/**
 * Removes records from a DC zone (Remove-DnsServerResourceRecord): every record of the name and
 * type, or only the one with `value`. 'not-found' when there is none.
 */
export function removeInternalRecords(world: World, zoneName: string, name: string, type: DnsRecordType, value?: string): InternalOutcome {
  const zone = world.dns.internalZones.find((z) => z.name === normaliseDnsName(zoneName));
  if (!zone) return 'zone-not-found';
  const fqdn = fqdnIn(zone.name, name);
  const set = zone.records.find((r) => r.name === fqdn && r.type === type);
  if (!set || set.values.length === 0) return 'not-found';
  if (value === undefined) {
    zone.records.splice(zone.records.indexOf(set), 1);
    return 'ok';
  }
  const v = normaliseValue(type, value);
  const i = set.values.findIndex((x) => x.value === v);
  if (i < 0) return 'not-found';
  set.values.splice(i, 1);
  if (set.values.length === 0) zone.records.splice(zone.records.indexOf(set), 1);
  return 'ok';
}

/** Replaces one record by another of the same name and type (Set-DnsServerResourceRecord). */
export function replaceInternalRecord(world: World, old: InternalRecordInput, next: InternalRecordInput, now: number): InternalOutcome {
  const zone = world.dns.internalZones.find((z) => z.name === normaliseDnsName(old.zone));
  if (!zone) return 'zone-not-found';
  const set = zone.records.find((r) => r.name === fqdnIn(zone.name, old.name) && r.type === old.type);
  const v = normaliseValue(old.type, old.value);
  const i = set ? set.values.findIndex((x) => x.value === v) : -1;
  if (!set || i < 0) return 'not-found';
  set.values[i] = { value: normaliseValue(next.type, next.value), preference: next.preference };
  set.ttl = next.ttl;
  set.changedAt = now;
  return 'ok';
}

// ---------------------------------------------------------------- values

/** Why `value` is not a valid record value of `type`, or null when it is. */
export function dnsValueProblem(type: DnsRecordType, value: string): string | null {
  const v = value.trim();
  const host = /^(?=.{1,253}\.?$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;
  switch (type) {
    case 'A': {
      const parts = v.split('.');
      return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255) ? null : 'an A record holds an IPv4 address (203.0.113.25).';
    }
    case 'MX':
    case 'CNAME':
      if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return `a ${type} record names a host, not an IP address.`;
      return host.test(v) ? null : 'expected a host name (mail.contoso.com).';
    case 'SRV': {
      const m = /^(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/.exec(v);
      return m && host.test(m[4]!) && Number(m[3]) <= 65535 ? null : "expected '<priority> <weight> <port> <target>' (0 0 443 autodiscover.outlook.com).";
    }
    case 'TXT':
      return v.length === 0 ? 'a TXT record needs text.' : v.length > 4000 ? 'the text is longer than 4,000 characters.' : null;
  }
}

/** The SRV value's parts. */
export function srvParts(value: string): { priority: number; weight: number; port: number; target: string } {
  const [priority = '0', weight = '0', port = '0', target = ''] = value.trim().split(/\s+/);
  return { priority: Number(priority), weight: Number(weight), port: Number(port), target: normaliseDnsName(target) };
}
