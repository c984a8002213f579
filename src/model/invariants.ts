/**
 * The world's consistency rules, checked after scenario expansion and when a file is loaded.
 * Returns every problem found (the first is what error messages name).
 */
import type { ReadonlyWorld } from '../store/state-store';
import { formatWorldMessage, type WorldMessageId } from './messages';
import { keyOf, parentOf } from './paths';

export interface WorldIssue {
  id: WorldMessageId;
  message: string;
}

export function checkWorld(world: ReadonlyWorld, limit = 50): WorldIssue[] {
  const issues: WorldIssue[] = [];
  const add = (id: WorldMessageId, args: (string | number)[]): boolean => {
    issues.push({ id, message: formatWorldMessage(id, args) });
    return issues.length >= limit;
  };
  const org = world.onPrem;

  const servers = new Set(org.servers.map((s) => s.name.toLowerCase()));
  for (const d of org.databases)
    if (!servers.has(d.server.toLowerCase()) && add('InvariantUnknownServer', [d.name, d.server])) return issues;
  const databases = new Set(org.databases.map((d) => d.name.toLowerCase()));

  const principals = new Set<string>();
  for (const a of org.accounts) principals.add(a.samAccountName.toLowerCase());
  for (const m of org.mailboxes) principals.add(m.samAccountName.toLowerCase());
  for (const u of org.mailUsers) principals.add(u.samAccountName.toLowerCase());

  // Every SMTP address belongs to exactly one on-premises recipient; aliases are unique.
  const owners = new Map<string, string>();
  const aliases = new Set<string>();
  const kinds: [string, ReadonlyWorld['onPrem']['mailboxes'] | ReadonlyWorld['onPrem']['contacts'] | ReadonlyWorld['onPrem']['groups'] | ReadonlyWorld['onPrem']['mailUsers']][] = [
    ['mailbox', org.mailboxes],
    ['mail user', org.mailUsers],
    ['contact', org.contacts],
    ['group', org.groups],
  ];
  for (const [kind, list] of kinds)
    for (const r of list) {
      const label = `${kind} '${r.alias}'`;
      const aliasKey = r.alias.toLowerCase();
      if (aliases.has(aliasKey) && add('InvariantDuplicateAlias', [r.alias, 'the on-premises organization'])) return issues;
      aliases.add(aliasKey);
      const smtps = r.emailAddresses.filter((a) => /^smtp:/i.test(a)).map((a) => a.slice(5).toLowerCase());
      if (!smtps.includes(r.primarySmtpAddress.toLowerCase()) && add('InvariantPrimaryNotInAddresses', [r.alias, r.primarySmtpAddress]))
        return issues;
      for (const s of new Set(smtps)) {
        const owner = owners.get(s);
        if (owner && add('InvariantDuplicateAddress', [s, owner, label])) return issues;
        owners.set(s, label);
      }
    }

  for (const m of org.mailboxes) {
    if (!databases.has(m.database.toLowerCase()) && add('InvariantUnknownDatabase', [m.alias, m.database])) return issues;
    if ((m.sizeBytes < 0 || m.itemCount < 0) && add('InvariantSizeNegative', [m.alias])) return issues;
    for (const p of m.fullAccess)
      if (!principals.has(p.toLowerCase()) && add('InvariantUnknownPrincipal', ['FullAccess list', m.alias, p])) return issues;
    for (const p of m.delegates)
      if (!principals.has(p.toLowerCase()) && add('InvariantUnknownPrincipal', ['delegate list', m.alias, p])) return issues;
    if (m.manager !== null && !principals.has(m.manager.toLowerCase()) && add('InvariantUnknownPrincipal', ['manager', m.alias, m.manager]))
      return issues;
  }
  for (const d of org.databases)
    for (const p of d.receiveAs)
      if (!principals.has(p.toLowerCase()) && add('InvariantUnknownPrincipal', ['Receive As list', d.name, p])) return issues;
  for (const p of org.domainAdmins)
    if (!principals.has(p.toLowerCase()) && add('InvariantUnknownPrincipal', ['member list', 'Domain Admins', p])) return issues;

  const tenantDomains = new Set<string>();
  for (const d of world.tenant.domains) {
    const n = d.name.toLowerCase();
    if (tenantDomains.has(n) && add('InvariantDuplicateDomain', [d.name])) return issues;
    tenantDomains.add(n);
  }
  const cloud = new Map<string, string>();
  for (const m of world.tenant.mailboxes)
    for (const a of [`smtp:${m.primarySmtpAddress}`, ...m.emailAddresses].filter((x) => /^smtp:/i.test(x))) {
      const s = a.slice(5).toLowerCase();
      const owner = cloud.get(s);
      if (owner && owner !== m.alias && add('InvariantDuplicateAddress', [s, `cloud mailbox '${owner}'`, `cloud mailbox '${m.alias}'`]))
        return issues;
      cloud.set(s, m.alias);
    }

  for (const [key, node] of Object.entries(world.files.nodes)) {
    const parent = parentOf(node.path);
    if (key !== keyOf(node.path) || (parent !== null && world.files.nodes[keyOf(parent)]?.kind !== 'directory'))
      if (add('InvariantFileParentMissing', [node.path])) return issues;
  }
  return issues;
}
