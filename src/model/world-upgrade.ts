/**
 * Older world files, brought up to the current schema on load: each step adds what its version
 * introduced, with the values a world seeded before it would have had.
 */
import { WORLD_SCHEMA_VERSION } from './world';
import { wrapLegacyHash } from './passwords';

type Raw = Record<string, unknown>;

const STEPS: Record<number, (world: Raw) => void> = {
  // 1 -> 2: the DC's internal DNS zones (none modelled before) and the mail log (nothing sent).
  1: (world) => {
    const dns = (world.dns ?? {}) as Raw;
    if (!Array.isArray(dns.internalZones)) dns.internalZones = [];
    world.dns = dns;
    if (typeof world.mail !== 'object' || world.mail === null) world.mail = { messages: [] };
    // Tenant users' usage location (none modelled before): 'US', so licenses assign as they did.
    const tenant = world.tenant as Raw | undefined;
    if (tenant && typeof tenant === 'object') {
      if (!('defaultUsageLocation' in tenant)) tenant.defaultUsageLocation = 'US';
      for (const u of Array.isArray(tenant.users) ? (tenant.users as Raw[]) : []) if (!('usageLocation' in u)) u.usageLocation = 'US';
    }
  },
  // 2 -> 3: no lab in progress.
  2: (world) => {
    if (!('lab' in world)) world.lab = null;
  },
  // 3 -> 4: one round of salted SHA-256 becomes scrypt over that hash ('scrypt-sha256', passwords.ts):
  // the passwords are not known, so each hash is wrapped, not rehashed; the old password still signs in.
  // Migration endpoints remember the account hash they verified: mapped to the new one.
  3: (world) => {
    const renamed = new Map<string, string>();
    const wrap = (h: unknown): unknown => {
      if (typeof h !== 'object' || h === null || (h as Raw).algorithm !== 'sha256') return h;
      const old = h as { salt: string; hash: string };
      const next = wrapLegacyHash(old);
      renamed.set(old.hash, next.hash);
      return next;
    };
    const onPrem = world.onPrem as Raw | undefined;
    for (const a of Array.isArray(onPrem?.accounts) ? (onPrem!.accounts as Raw[]) : []) a.password = wrap(a.password);
    const tenant = world.tenant as Raw | undefined;
    for (const u of Array.isArray(tenant?.users) ? (tenant!.users as Raw[]) : []) u.passwordHash = wrap(u.passwordHash);
    const migration = tenant?.migration as Raw | undefined;
    for (const ep of Array.isArray(migration?.endpoints) ? (migration!.endpoints as Raw[]) : []) {
      if (typeof ep.verifiedPasswordHash !== 'string') continue;
      let v = ep.verifiedPasswordHash;
      // Also inside an outage marker (library faults keep the saved hash in it).
      for (const [from, to] of renamed) v = v.split(from).join(to);
      ep.verifiedPasswordHash = v;
    }
  },
};

/** Upgrades a parsed world of `fromVersion` in place to WORLD_SCHEMA_VERSION. */
export function upgradeWorld(world: unknown, fromVersion: number): void {
  if (typeof world !== 'object' || world === null) return;
  for (let v = fromVersion; v < WORLD_SCHEMA_VERSION; v++) {
    STEPS[v]?.(world as Raw);
    (world as Raw).schemaVersion = v + 1;
  }
}
