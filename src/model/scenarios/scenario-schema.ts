/** JSON Schema of scenario files (spec.ts); docs/scenario.schema.json is this object, printed. */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const strs: Schema = { type: 'array', items: str };
const posInt: Schema = { type: 'integer', minimum: 0 };
const mb: Schema = { type: 'number', minimum: 0 };
function obj(properties: Record<string, Schema>, required: string[] = [], description?: string): Schema {
  return { type: 'object', ...(description ? { description } : {}), properties, required, additionalProperties: false };
}
const list = (items: Schema): Schema => ({ type: 'array', items });

const account: Record<string, Schema> = {
  samAccountName: str,
  displayName: str,
  password: { type: 'string', description: 'Plain text in the scenario only; the world keeps a salted SHA-256 hash.' },
  enabled: bool,
  domainAdmin: bool,
};

const mailbox = obj(
  {
    name: { type: 'string', minLength: 1, description: 'Display name, "First Last".' },
    alias: str,
    samAccountName: str,
    smtp: str,
    aliases: strs,
    sizeMB: mb,
    items: posInt,
    database: str,
    hidden: bool,
    umEnabled: bool,
    manager: str,
    delegates: strs,
    fullAccess: strs,
    noAdminFullAccess: bool,
    problemItems: list(obj({ kind: { enum: ['Corrupt', 'Large'] }, subject: str, folder: str, sizeMB: mb }, ['kind', 'subject'])),
    unreadable: bool,
    type: { enum: ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox'] },
  },
  ['name'],
);

const generate = obj(
  {
    generate: obj(
      {
        count: { type: 'integer', minimum: 1, maximum: 1_000_000 },
        sizeMB: { type: 'array', items: mb, minItems: 2, maxItems: 2 },
        hiddenEvery: posInt,
        umEnabledEvery: posInt,
        database: str,
      },
      ['count'],
    ),
  },
  ['generate'],
  'Generated mailboxes: names and sizes drawn with the scenario seed.',
);

const certificate = obj(
  { names: strs, issuer: str, selfSigned: bool, trusted: bool, expires: { type: ['string', 'number'] } },
  ['names'],
);

const server = obj(
  {
    name: str,
    fqdn: str,
    roles: list({ enum: ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging', 'EdgeTransport'] }),
    autodiscoverInternalUri: { type: ['string', 'null'] },
    outlookAnywhere: obj({
      enabled: bool,
      externalHostName: str,
      authentication: list({ enum: ['Basic', 'Ntlm', 'Negotiate'] }),
      certificate: { anyOf: [certificate, { type: 'null' }] },
    }),
    openPorts: list({ type: 'integer', minimum: 1, maximum: 65535 }),
  },
  ['name'],
);

export const SCENARIO_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://exo-emulator.dev/schemas/scenario.schema.json',
  title: 'exo-emulator scenario',
  description: 'Seeds a simulated world: an on-premises Exchange organization, a Microsoft 365 tenant, DNS and files.',
  ...obj(
    {
      name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
      extends: { type: 'string', minLength: 1, description: 'A built-in scenario (or a scenario file, relative to this one) to start from; objects merge, arrays replace.' },
      description: str,
      seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
      start: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z$', description: 'UTC start of the virtual clock, e.g. 2025-01-06T09:00:00Z.' },
      onPrem: obj({
        version: { enum: [2003, 2007, 2010, 2013, 2016, 2019] },
        organizationName: str,
        domain: str,
        adDomain: str,
        netbios: str,
        acceptedDomains: strs,
        servers: list(server),
        databases: list(obj({ name: str, server: str, receiveAs: strs }, ['name'])),
        admin: obj({ ...account, fullAccessOnAll: bool, receiveAsOnAll: bool }),
        accounts: list(obj(account, ['samAccountName'])),
        // if/then/else rather than anyOf, so an error names the failing field, not "must match a schema".
        mailboxes: list({ if: { type: 'object', required: ['generate'] }, then: generate, else: mailbox }),
        mailUsers: list(obj({ name: str, email: str, alias: str, samAccountName: str }, ['name', 'email'])),
        contacts: list(obj({ name: str, email: str, alias: str }, ['name', 'email'])),
        groups: list(obj({ name: str, alias: str, smtp: str, type: { enum: ['Distribution', 'Security'] }, mailEnabled: bool, members: strs }, ['name'])),
        directorySync: bool,
      }),
      tenant: obj({
        name: str,
        initialDomain: { type: 'string', pattern: '\\.onmicrosoft\\.com$' },
        domains: list(obj({ name: str, verified: bool, default: bool }, ['name'])),
        licenses: list(obj({ sku: str, displayName: str, total: posInt }, ['sku', 'total'])),
        directorySync: bool,
        usageLocation: { anyOf: [{ type: 'string', pattern: '^[A-Za-z]{2}$' }, { type: 'null' }] },
        admin: obj({ userPrincipalName: str, password: str }),
        migration: obj({ maxNumberOfBatches: posInt, maxConcurrentMigrations: posInt, licenseGraceDays: mb }),
      }),
      dns: obj({
        records: list(
          obj(
            {
              name: str,
              type: { enum: ['MX', 'CNAME', 'A', 'TXT'] },
              ttl: posInt,
              value: { anyOf: [str, strs] },
              preference: posInt,
            },
            ['name', 'type', 'value'],
          ),
        ),
        omit: list({ type: 'string', pattern: '^(MX|CNAME|A|TXT) \\S+$' }),
      }),
      files: obj({
        location: str,
        directories: strs,
        files: list(obj({ path: str, text: str }, ['path', 'text'])),
      }),
    },
    ['name'],
  ),
};
