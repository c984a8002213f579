/**
 * Turns a scenario (spec.ts) into a complete world. Pure and deterministic: the same scenario and
 * seed give the same world (names, sizes, GUIDs, salts). Validates the scenario against its
 * schema first, and the resulting world against the model's invariants.
 */
import { seedInternalZones } from '../dns-resolve';
import type {
  PasswordHash,
  Account,
  Certificate,
  DnsRecordSet,
  DnsRecordType,
  ExchangeServer,
  FilesState,
  Group,
  MailContact,
  MailUser,
  Mailbox,
  OnPremOrganization,
  Tenant,
  World,
} from '../world';
import { WORLD_SCHEMA_VERSION } from '../world';
import { emptyMigrationState } from '../migration/state';
import { SeededRandom, initialRandomState } from '../random';
import { hashScenarioPassword } from '../passwords';
import { WorldError } from '../messages';
import { checkWorld } from '../invariants';
import { keyOf, parentOf, resolvePath } from '../paths';
import { encodeBase64 } from '../base64';
import { validateScenario } from './validate-spec';
import { resolveExtends } from './extends';
import { getScenario } from './builtins';
import { defaultFolders } from './folders';
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { ScenarioGenerate, ScenarioMailbox, ScenarioServer, ScenarioSpec } from './spec';

const DAY_MS = 86_400_000;
const MB = 1024 * 1024;
/** Average item size used when a scenario gives a size but no item count [EMU]. */
const AVERAGE_ITEM_BYTES = 75 * 1024;
export const DEFAULT_START = '2025-01-06T09:00:00Z';
export const DEFAULT_SEED = 20250106;
/** A documentation address (TEST-NET-3, RFC 5737) for the on-premises server's public name. */
const ON_PREM_IP = '203.0.113.25';

export interface ExpandOptions {
  seed?: number;
}

export { validateScenario } from './validate-spec';

/**
 * Expands a scenario; `extends` is followed through the built-ins (the shell's file loader resolves
 * file references before calling this).
 */
export function expandScenario(input: ScenarioSpec, options: ExpandOptions = {}): World {
  validateScenario(input);
  return expandResolved(resolveExtends(input, (ref) => getScenario(ref)), options);
}

/**
 * A built-in scenario by name, without the schema check: built-ins and their merges are checked by
 * test/world/scenarios.test.ts, and checking each start is
 * wasted time.
 */
export function expandBuiltIn(name: string, options: ExpandOptions = {}): World {
  return expandResolved(resolveExtends(getScenario(name), (ref) => getScenario(ref), 0, false), options);
}

function expandResolved(spec: ScenarioSpec, options: ExpandOptions): World {
  const seed = (options.seed ?? spec.seed ?? DEFAULT_SEED) >>> 0;
  const rng = new SeededRandom(seed);
  const start = Date.parse(spec.start ?? DEFAULT_START);
  const ctx = new Expansion(spec, rng, start);
  const world: World = {
    schemaVersion: WORLD_SCHEMA_VERSION,
    scenario: { name: spec.name, description: spec.description ?? '' },
    clock: { now: start, speed: 0 },
    random: initialRandomState(seed),
    onPrem: ctx.onPrem(),
    tenant: null as unknown as Tenant,
    dns: { zones: [], internalZones: [] },
    mail: { messages: [] },
    files: ctx.files(),
    lab: null,
  };
  world.tenant = ctx.tenant(world.onPrem);
  world.dns = ctx.dns(world.onPrem, world.tenant);
  const issues = checkWorld(world, 1);
  if (issues.length > 0) throw new WorldError('ScenarioInvalid', [spec.name, issues[0]!.message]);
  return world;
}

function splitName(name: string): { first: string; last: string } {
  const parts = name.trim().split(/\s+/);
  return { first: parts[0] ?? name, last: parts.slice(1).join(' ') };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .replace(/\.{2,}/g, '.');
}

class Expansion {
  private readonly domain: string;
  private readonly adDomain: string;
  private readonly netbios: string;
  private readonly orgName: string;
  private readonly version: NonNullable<NonNullable<ScenarioSpec['onPrem']>['version']>;
  private readonly usedAliases = new Set<string>();
  private adminSam = 'administrator';

  constructor(
    private readonly spec: ScenarioSpec,
    private readonly rng: SeededRandom,
    private readonly start: number,
  ) {
    const o = spec.onPrem ?? {};
    this.domain = (o.domain ?? 'contoso.com').toLowerCase();
    this.adDomain = (o.adDomain ?? `corp.${this.domain}`).toLowerCase();
    const label = this.domain.split('.')[0]!;
    this.netbios = (o.netbios ?? label).toUpperCase();
    this.orgName = o.organizationName ?? label.charAt(0).toUpperCase() + label.slice(1);
    this.version = o.version ?? 2010;
  }

  /** Per base name, the last number suffix given: the search resumes there (aliases are never freed). */
  private readonly lastSuffix = new Map<string, number>();

  private uniqueAlias(base: string): string {
    let alias = base.slice(0, 20) || 'user';
    // Same result as trying 2, 3, ... each time, without going quadratic on 100,000 generated mailboxes.
    let n = this.lastSuffix.get(base) ?? 2;
    if (this.usedAliases.has(alias)) {
      for (; ; n++) {
        alias = `${base.slice(0, 20 - String(n).length)}${n}`;
        if (!this.usedAliases.has(alias)) break;
      }
      this.lastSuffix.set(base, n);
    }
    this.usedAliases.add(alias);
    return alias;
  }

  private certificate(server: ScenarioServer, fallbackNames: string[]): Certificate | null {
    const c = server.outlookAnywhere?.certificate;
    if (c === null) return null;
    const selfSigned = c?.selfSigned ?? false;
    const expires = c?.expires;
    const notAfter =
      typeof expires === 'string' ? Date.parse(expires) : this.start + (typeof expires === 'number' ? expires : 365) * DAY_MS;
    return {
      subjectNames: (c?.names ?? fallbackNames).map((n) => n.toLowerCase()),
      issuer: c?.issuer ?? (selfSigned ? `CN=${server.name}` : 'CN=Example Public Server CA G2, O=Example Trust Services'),
      selfSigned,
      trustedIssuer: c?.trusted ?? !selfSigned,
      notAfter,
      thumbprint: this.rng.hex(20).toUpperCase(),
    };
  }

  private servers(): ExchangeServer[] {
    const specs = this.spec.onPrem?.servers ?? [{ name: 'EXCH-SRV-01' }];
    const legacy = this.version === 2003;
    return specs.map((s) => {
      const external = s.outlookAnywhere?.externalHostName ?? `mail.${this.domain}`;
      return {
        name: s.name,
        fqdn: s.fqdn ?? `${s.name}.${this.adDomain}`,
        roles: s.roles ?? ['Mailbox', 'ClientAccess', 'HubTransport'],
        autoDiscoverServiceInternalUri:
          s.autodiscoverInternalUri !== undefined
            ? s.autodiscoverInternalUri
            : legacy
              ? null
              : `https://autodiscover.${this.domain}/Autodiscover/Autodiscover.xml`,
        autoDiscoverSiteScope: [],
        outlookAnywhere: {
          // Outlook Anywhere is always on from Exchange 2013 (S1 prerequisites).
          enabled: this.version >= 2013 ? true : (s.outlookAnywhere?.enabled ?? true),
          externalHostName: external,
          authenticationMethods: s.outlookAnywhere?.authentication ?? ['Basic', 'Ntlm'],
          sslOffloading: false,
          certificate: this.certificate(s, legacy ? [external] : [external, `autodiscover.${this.domain}`]),
        },
        // Exchange 2003 RPC over HTTP also needs 6001, 6002 and 6004 (S1 note).
        openPorts: s.openPorts ?? (legacy ? [25, 443, 6001, 6002, 6004] : [25, 443]),
        isOutOfService: false,
      };
    });
  }

  private legacyDN(alias: string): string {
    const group = this.version === 2003 ? 'First Administrative Group' : 'Exchange Administrative Group (FYDIBOHF23SPDLT)';
    return `/o=${this.orgName}/ou=${group}/cn=Recipients/cn=${alias}`;
  }

  private mailbox(m: ScenarioMailbox, defaultDb: string, storeFolders = true): Mailbox {
    const { first, last } = splitName(m.name);
    const sam = (m.samAccountName ?? m.alias ?? slug(last ? `${first}.${last}` : first)).toLowerCase();
    const alias = m.alias ?? this.uniqueAlias(sam);
    if (m.alias) this.usedAliases.add(m.alias.toLowerCase());
    const smtp = (m.smtp ?? `${alias}@${this.domain}`).toLowerCase();
    const sizeBytes = Math.round((m.sizeMB ?? this.rng.int(100, 1500)) * MB);
    const itemCount = m.items ?? Math.round(sizeBytes / AVERAGE_ITEM_BYTES);
    return {
      alias,
      displayName: m.name,
      primarySmtpAddress: smtp,
      emailAddresses: [`SMTP:${smtp}`, ...(m.aliases ?? []).map((a) => `smtp:${a.toLowerCase()}`)],
      hiddenFromAddressLists: m.hidden ?? false,
      samAccountName: m.samAccountName?.toLowerCase() ?? alias,
      userPrincipalName: `${m.samAccountName?.toLowerCase() ?? alias}@${this.domain}`,
      firstName: first,
      lastName: last,
      database: m.database ?? defaultDb,
      sizeBytes,
      itemCount,
      folders: storeFolders ? defaultFolders(sizeBytes, itemCount) : [],
      umEnabled: m.umEnabled ?? false,
      manager: m.manager?.toLowerCase() ?? null,
      delegates: (m.delegates ?? []).map((d) => d.toLowerCase()),
      fullAccess: (m.fullAccess ?? []).map((d) => d.toLowerCase()),
      problemItems: (m.problemItems ?? []).map((p) => ({
        kind: p.kind,
        subject: p.subject,
        folder: p.folder ?? 'Inbox',
        sizeBytes: Math.round((p.sizeMB ?? (p.kind === 'Large' ? 160 : 0.05)) * MB),
      })),
      unreadable: m.unreadable ?? false,
      recipientTypeDetails: m.type ?? 'UserMailbox',
      legacyExchangeDN: this.legacyDN(alias),
      exchangeGuid: this.rng.guid(),
    };
  }

  private generated(g: ScenarioGenerate['generate'], defaultDb: string, startIndex: number): Mailbox[] {
    const [min, max] = g.sizeMB ?? [50, 2000];
    const out: Mailbox[] = [];
    for (let i = 1; i <= g.count; i++) {
      const first = this.rng.pick(FIRST_NAMES);
      const last = this.rng.pick(LAST_NAMES);
      const index = startIndex + i;
      out.push(
        this.mailbox(
          {
            name: `${first} ${last}`,
            sizeMB: min + Math.floor(this.rng.next() * (max - min + 1)),
            hidden: !!g.hiddenEvery && index % g.hiddenEvery === 0,
            umEnabled: !!g.umEnabledEvery && index % g.umEnabledEvery === 0,
            database: g.database ?? defaultDb,
          },
          defaultDb,
          false,
        ),
      );
    }
    return out;
  }

  /** A scenario's password, hashed (passwords.ts). The random salt drawn before is still drawn, so the rest of a seeded world is unchanged. */
  private scenarioPassword(principal: string, password: string): PasswordHash {
    this.rng.hex(16);
    return hashScenarioPassword(principal, password);
  }

  private account(a: { samAccountName: string; displayName?: string; password?: string; enabled?: boolean }): Account {
    const sam = a.samAccountName.toLowerCase();
    return {
      samAccountName: sam,
      userPrincipalName: `${sam}@${this.domain}`,
      displayName: a.displayName ?? a.samAccountName,
      enabled: a.enabled ?? true,
      password: a.password === undefined ? null : this.scenarioPassword(sam, a.password),
    };
  }

  onPrem(): OnPremOrganization {
    const o = this.spec.onPrem ?? {};
    const servers = this.servers();
    const mailboxServer = servers.find((s) => s.roles.includes('Mailbox')) ?? servers[0]!;
    const databases = (o.databases ?? [{ name: `Mailbox Database ${String(this.rng.int(1e9, 4e9 - 1))}` }]).map((d) => ({
      name: d.name,
      server: d.server ?? mailboxServer.name,
      receiveAs: (d.receiveAs ?? []).map((p) => p.toLowerCase()),
    }));
    const defaultDb = databases[0]!.name;

    const adminSpec: NonNullable<NonNullable<ScenarioSpec["onPrem"]>["admin"]> = o.admin ?? {};
    this.adminSam = (adminSpec.samAccountName ?? 'administrator').toLowerCase();
    const accounts: Account[] = [
      this.account({ samAccountName: this.adminSam, displayName: adminSpec.displayName ?? 'Administrator', password: adminSpec.password, enabled: adminSpec.enabled }),
      ...(o.accounts ?? []).map((a) => this.account(a)),
    ];
    const domainAdmins = [
      ...(adminSpec.domainAdmin ?? true ? [this.adminSam] : []),
      ...(o.accounts ?? []).filter((a) => a.domainAdmin).map((a) => a.samAccountName.toLowerCase()),
    ];

    for (const m of o.mailboxes ?? []) if ('name' in m && m.alias) this.usedAliases.add(m.alias.toLowerCase());
    const mailboxes: Mailbox[] = [];
    for (const entry of o.mailboxes ?? []) {
      if ('generate' in entry) mailboxes.push(...this.generated(entry.generate, defaultDb, mailboxes.length));
      else mailboxes.push(this.mailbox(entry, defaultDb));
    }
    if (adminSpec.fullAccessOnAll ?? true) {
      const specs = (o.mailboxes ?? []).filter((m): m is ScenarioMailbox => 'name' in m);
      const withheld = new Set(specs.filter((m) => m.noAdminFullAccess).map((m) => m.name));
      for (const m of mailboxes)
        if (!withheld.has(m.displayName) && !m.fullAccess.includes(this.adminSam) && m.samAccountName !== this.adminSam)
          m.fullAccess.push(this.adminSam);
    }
    if (adminSpec.receiveAsOnAll) for (const d of databases) if (!d.receiveAs.includes(this.adminSam)) d.receiveAs.push(this.adminSam);

    const mailUsers: MailUser[] = (o.mailUsers ?? []).map((u) => {
      const alias = u.alias ?? this.uniqueAlias(slug(u.name));
      const smtp = `${alias}@${this.domain}`;
      return {
        alias,
        displayName: u.name,
        primarySmtpAddress: smtp,
        emailAddresses: [`SMTP:${smtp}`],
        hiddenFromAddressLists: false,
        samAccountName: (u.samAccountName ?? alias).toLowerCase(),
        externalEmailAddress: `SMTP:${u.email.toLowerCase()}`,
      };
    });
    const contacts: MailContact[] = (o.contacts ?? []).map((c) => {
      const email = c.email.toLowerCase();
      return {
        alias: c.alias ?? this.uniqueAlias(slug(c.name)),
        displayName: c.name,
        primarySmtpAddress: email,
        emailAddresses: [`SMTP:${email}`],
        hiddenFromAddressLists: false,
        externalEmailAddress: `SMTP:${email}`,
      };
    });
    const groups: Group[] = (o.groups ?? []).map((g) => {
      const alias = g.alias ?? this.uniqueAlias(slug(g.name).replace(/\./g, ''));
      const smtp = (g.smtp ?? `${alias}@${this.domain}`).toLowerCase();
      return {
        name: g.name,
        alias,
        displayName: g.name,
        primarySmtpAddress: smtp,
        emailAddresses: [`SMTP:${smtp}`],
        hiddenFromAddressLists: false,
        groupType: g.type ?? 'Distribution',
        mailEnabled: g.mailEnabled ?? true,
        members: (g.members ?? []).map((m) => m.toLowerCase()),
        managedBy: [this.adminSam],
      };
    });

    return {
      version: this.version,
      organizationName: this.orgName,
      adDomain: this.adDomain,
      netbiosName: this.netbios,
      acceptedDomains: (o.acceptedDomains ?? [this.domain]).map((d) => d.toLowerCase()),
      servers,
      databases,
      mailboxes,
      mailUsers,
      contacts,
      groups,
      accounts,
      domainAdmins,
      directorySyncEnabled: o.directorySync ?? false,
    };
  }

  tenant(org: OnPremOrganization): Tenant {
    const t = this.spec.tenant ?? {};
    const name = (t.name ?? this.netbios).toLowerCase();
    const initialDomain = (t.initialDomain ?? `${name}.onmicrosoft.com`).toLowerCase();
    const migration = emptyMigrationState();
    if (t.migration?.maxNumberOfBatches !== undefined) migration.config.maxNumberOfBatches = t.migration.maxNumberOfBatches;
    if (t.migration?.maxConcurrentMigrations !== undefined) migration.config.maxConcurrentMigrations = t.migration.maxConcurrentMigrations;
    if (t.migration?.licenseGraceDays !== undefined) migration.config.limits.licenseGraceMs = t.migration.licenseGraceDays * DAY_MS;
    const adminUpn = (t.admin?.userPrincipalName ?? `admin@${initialDomain}`).toLowerCase();
    return {
      name,
      initialDomain,
      domains: (t.domains ?? [{ name: this.domain, verified: true }]).map((d) => ({
        name: d.name.toLowerCase(),
        verificationCode: `MS=ms${this.rng.int(10_000_000, 99_999_999)}`,
        verified: d.verified ?? false,
        verifiedAt: d.verified ? this.start - DAY_MS : null,
        isDefault: d.default ?? false,
        domainType: 'Authoritative' as const,
      })),
      licenses: (t.licenses ?? [{ sku: 'ENTERPRISEPACK', displayName: 'Office 365 E3', total: Math.max(25, org.mailboxes.length + 5) }]).map((l) => ({
        skuPartNumber: l.sku,
        displayName: l.displayName ?? l.sku,
        total: l.total,
      })),
      users: [
        {
          userPrincipalName: adminUpn,
          displayName: 'MOD Administrator',
          licenses: [],
          createdAt: this.start - 7 * DAY_MS,
          source: 'Cloud',
          passwordHash: t.admin?.password === undefined ? null : this.scenarioPassword(adminUpn, t.admin.password),
          usageLocation: t.usageLocation === undefined ? 'US' : t.usageLocation,
        },
      ],
      mailboxes: [],
      mailUsers: [],
      contacts: [],
      groups: [],
      directorySyncEnabled: t.directorySync ?? org.directorySyncEnabled,
      defaultUsageLocation: t.usageLocation === undefined ? 'US' : t.usageLocation,
      migration,
    };
  }

  dns(org: OnPremOrganization, tenant: Tenant): World['dns'] {
    const records: DnsRecordSet[] = [];
    const add = (name: string, type: DnsRecordType, ttl: number, values: string[], preference = 0): void => {
      const key = name.toLowerCase();
      const existing = records.find((r) => r.name === key && r.type === type);
      const vals = values.map((v) => ({ value: type === 'TXT' || type === 'A' ? v : v.toLowerCase(), preference: type === 'MX' ? preference : 0 }));
      if (existing) existing.values.push(...vals);
      else records.push({ name: key, type, ttl, values: vals, changedAt: this.start - 30 * DAY_MS, previous: null });
    };
    const external = org.servers[0]?.outlookAnywhere.externalHostName ?? `mail.${this.domain}`;
    add(this.domain, 'MX', 3600, [external], 10);
    add(external, 'A', 3600, [ON_PREM_IP]);
    // Exchange 2003 has no Autodiscover service (R11).
    if (org.version !== 2003) add(`autodiscover.${this.domain}`, 'CNAME', 3600, [external]);
    const txt = ['v=spf1 mx -all'];
    for (const d of tenant.domains) if (d.name === this.domain && d.verified) txt.push(d.verificationCode);
    add(this.domain, 'TXT', 3600, txt);

    const omit = new Set((this.spec.dns?.omit ?? []).map((o) => o.toLowerCase()));
    let kept = records.filter((r) => !omit.has(`${r.type.toLowerCase()} ${r.name}`));
    for (const r of this.spec.dns?.records ?? []) {
      const name = r.name.toLowerCase();
      kept = kept.filter((k) => !(k.name === name && k.type === r.type));
      const values = Array.isArray(r.value) ? r.value : [r.value];
      kept.push({
        name,
        type: r.type,
        ttl: r.ttl ?? 3600,
        values: values.map((v) => ({ value: r.type === 'TXT' || r.type === 'A' ? v : v.toLowerCase(), preference: r.type === 'MX' ? (r.preference ?? 10) : 0 })),
        changedAt: this.start - 30 * DAY_MS,
        previous: null,
      });
    }
    const zones = [{ name: this.domain, records: kept.filter((r) => r.name === this.domain || r.name.endsWith('.' + this.domain)) }];
    // Records outside the org's domain get a zone of their own (the last two labels).
    for (const r of kept) {
      if (zones[0]!.records.includes(r)) continue;
      const zoneName = r.name.split('.').slice(-2).join('.');
      let z = zones.find((x) => x.name === zoneName);
      if (!z) zones.push((z = { name: zoneName, records: [] }));
      z.records.push(r);
    }
    return { zones, internalZones: seedInternalZones(org, this.domain, zones, this.start - 30 * DAY_MS) };
  }

  files(): FilesState {
    const f = this.spec.files ?? {};
    const home = 'C:\\Users\\Administrator';
    const location = resolvePath(f.location ?? home, 'C:\\', home) ?? home;
    const nodes: FilesState['nodes'] = {};
    const mkdir = (path: string): void => {
      for (let p: string | null = path; p !== null && !nodes[keyOf(p)]; p = parentOf(p))
        nodes[keyOf(p)] = { path: p, kind: 'directory', base64: '', length: 0, lastWriteTime: this.start };
    };
    mkdir('C:\\');
    for (const d of [location, `${home}\\Desktop`, `${home}\\Documents`, ...(f.directories ?? [])])
      mkdir(resolvePath(d, location, home) ?? d);
    for (const file of f.files ?? []) {
      const path = resolvePath(file.path, location, home) ?? file.path;
      const parent = parentOf(path);
      if (parent) mkdir(parent);
      const bytes = new TextEncoder().encode(file.text);
      nodes[keyOf(path)] = { path, kind: 'file', base64: encodeBase64(bytes), length: bytes.length, lastWriteTime: this.start };
    }
    return { location, nodes };
  }
}
