/**
 * DNS rules: publishing a record set and resolving what a sender sees at a given instant.
 * Resolvers may keep what they cached for the TTL in force when they cached it, so a change is
 * seen by everyone only once that TTL has expired (cutover-migration-to-office-365.md, "lower
 * the TTL on the MX record"); the emulator uses the worst case: the old values until `visibleUntil`.
 */
import type { DnsRecordSet, DnsRecordType, DnsValue, DnsZone, World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import { WorldError } from './messages';

export function normaliseDnsName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The zone hosting `name` (longest matching suffix). */
export function findZone<Z extends DeepReadonly<DnsZone>>(zones: readonly Z[], name: string): Z | undefined {
  const n = normaliseDnsName(name);
  let best: Z | undefined;
  for (const z of zones) {
    if ((n === z.name || n.endsWith('.' + z.name)) && (!best || z.name.length > best.name.length)) best = z;
  }
  return best;
}

export function findRecordSet(
  world: ReadonlyWorld,
  name: string,
  type: DnsRecordType,
): DeepReadonly<DnsRecordSet> | undefined {
  const n = normaliseDnsName(name);
  return findZone(world.dns.zones, n)?.records.find((r) => r.name === n && r.type === type);
}

/** The values a sender's resolver returns at `now` (empty when the name has no such record). */
export function resolveDns(
  world: ReadonlyWorld,
  name: string,
  type: DnsRecordType,
  now: number,
): DeepReadonly<DnsValue>[] {
  const rs = findRecordSet(world, name, type);
  if (!rs) return [];
  if (rs.previous && now < rs.previous.visibleUntil) return [...rs.previous.values];
  return [...rs.values];
}

export interface DnsRecordInput {
  name: string;
  type: DnsRecordType;
  ttl: number;
  values: DnsValue[];
}

function sameValues(a: readonly DeepReadonly<DnsValue>[], b: readonly DeepReadonly<DnsValue>[]): boolean {
  return a.length === b.length && a.every((v, i) => v.value === b[i]!.value && v.preference === b[i]!.preference);
}

/**
 * Publishes (creates or replaces) a record set at `now`. An empty `values` removes the record,
 * which also propagates: resolvers keep the old answer until its TTL expires.
 */
export function setDnsRecord(world: World, input: DnsRecordInput, now: number): void {
  const name = normaliseDnsName(input.name);
  const zone = findZone(world.dns.zones, name);
  if (!zone) throw new WorldError('DnsNoZone', [name]);
  const values = input.values.map((v) => ({ value: normaliseValue(input.type, v.value), preference: v.preference }));
  const existing = zone.records.find((r) => r.name === name && r.type === input.type);
  if (!existing) {
    if (values.length === 0) return;
    zone.records.push({ name, type: input.type, ttl: input.ttl, values, changedAt: now, previous: null });
    return;
  }
  if (existing.ttl === input.ttl && sameValues(existing.values, values)) return;
  const pendingUntil = existing.previous && now < existing.previous.visibleUntil ? existing.previous.visibleUntil : 0;
  existing.previous = {
    ttl: existing.ttl,
    values: existing.values.map((v) => ({ ...v })),
    visibleUntil: Math.max(now + existing.ttl * 1000, pendingUntil),
  };
  // A TTL-only change (raising the MX TTL back after the switch, as the cutover article advises)
  // leaves the values' publication time alone: the 72-hour wait runs from the switch itself.
  if (!sameValues(existing.values, values)) existing.changedAt = now;
  existing.ttl = input.ttl;
  existing.values = values;
}

function normaliseValue(type: DnsRecordType, value: string): string {
  return type === 'TXT' || type === 'A' ? value.trim() : normaliseDnsName(value);
}

/** When the next record finishes propagating, or null. */
export function nextDnsPropagation(world: ReadonlyWorld): number | null {
  let next: number | null = null;
  for (const z of world.dns.zones)
    for (const r of z.records)
      if (r.previous && (next === null || r.previous.visibleUntil < next)) next = r.previous.visibleUntil;
  return next;
}

/** Forgets cached old values whose TTL has expired by `now`. */
export function completeDnsPropagation(world: World, now: number): void {
  for (const z of world.dns.zones)
    for (const r of z.records) if (r.previous && r.previous.visibleUntil <= now) r.previous = null;
}
