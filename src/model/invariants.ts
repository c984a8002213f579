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

type Named = readonly unknown[];

/**
 * The lists whose entries are told apart by a name (compared without case, as Exchange does): a
 * hand-edited file with two endpoints, batches, domains... of one name is refused, since every
 * `-Identity` lookup would then pick one of them silently.
 */
function namedLists(world: ReadonlyWorld): [string, string, Named, (x: never) => string][] {
  const o = world.onPrem;
  const t = world.tenant;
  const m = t.migration;
  return [
    ['/onPrem/servers', 'Exchange server', o.servers, (x: { name: string }) => x.name],
    ['/onPrem/databases', 'mailbox database', o.databases, (x: { name: string }) => x.name],
    ['/onPrem/acceptedDomains', 'accepted domain', o.acceptedDomains, (x: string) => x],
    ['/onPrem/accounts', 'account', o.accounts, (x: { samAccountName: string }) => x.samAccountName],
    ['/tenant/domains', 'tenant domain', t.domains, (x: { name: string }) => x.name],
    ['/tenant/licenses', 'license', t.licenses, (x: { skuPartNumber: string }) => x.skuPartNumber],
    ['/tenant/users', 'user', t.users, (x: { userPrincipalName: string }) => x.userPrincipalName],
    ['/tenant/mailboxes', 'cloud mailbox', t.mailboxes, (x: { alias: string }) => x.alias],
    ['/tenant/mailUsers', 'cloud mail user', t.mailUsers, (x: { alias: string }) => x.alias],
    ['/tenant/contacts', 'cloud contact', t.contacts, (x: { alias: string }) => x.alias],
    ['/tenant/groups', 'cloud group', t.groups, (x: { alias: string }) => x.alias],
    ['/tenant/migration/endpoints', 'migration endpoint', m.endpoints, (x: { name: string }) => x.name],
    ['/tenant/migration/batches', 'migration batch', m.batches, (x: { name: string }) => x.name],
    ['/tenant/migration/users', 'migration user', m.users, (x: { identity: string }) => x.identity],
    ['/dns/zones', 'DNS zone', world.dns.zones, (x: { name: string }) => x.name],
    ['/dns/internalZones', 'internal DNS zone', world.dns.internalZones ?? [], (x: { name: string }) => x.name],
  ] as [string, string, Named, (x: never) => string][];
}

/**
 * Checks what a hand edit of a state file can break. `root` is the JSON pointer of the world in
 * the file (`/world`), so a message names the place: `/world/tenant/migration/endpoints/1`.
 */
export function checkWorld(world: ReadonlyWorld, limit = 50, root = ''): WorldIssue[] {
  const issues: WorldIssue[] = [];
  const add = (id: WorldMessageId, args: (string | number)[]): boolean => {
    issues.push({ id, message: formatWorldMessage(id, args) });
    return issues.length >= limit;
  };
  const org = world.onPrem;

  for (const [path, kind, list, key] of namedLists(world)) {
    const seen = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const name = (key as (x: unknown) => string)(list[i]);
      if (typeof name !== 'string') continue;
      const first = seen.get(name.toLowerCase());
      if (first !== undefined && add('InvariantDuplicateName', [`${root}${path}/${i}`, kind, name, `${root}${path}/${first}`])) return issues;
      if (first === undefined) seen.set(name.toLowerCase(), i);
    }
  }

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
