/**
 * Older world files, brought up to the current schema on load: each step adds what its version
 * introduced, with the values a world seeded before it would have had.
 */
import { WORLD_SCHEMA_VERSION } from './world';

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
};

/** Upgrades a parsed world of `fromVersion` in place to WORLD_SCHEMA_VERSION. */
export function upgradeWorld(world: unknown, fromVersion: number): void {
  if (typeof world !== 'object' || world === null) return;
  for (let v = fromVersion; v < WORLD_SCHEMA_VERSION; v++) {
    STEPS[v]?.(world as Raw);
    (world as Raw).schemaVersion = v + 1;
  }
}
