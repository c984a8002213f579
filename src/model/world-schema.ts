/**
 * JSON Schema (draft-07) of a persisted world, checked when a world file is loaded
 * (by src/schema/check.ts, which throws on a keyword it does not support).
 * Mirrors world.ts; the migration state is owned by src/model/migration and only checked to be
 * an object here.
 */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const strs: Schema = { type: 'array', items: str };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });

/** An object whose listed properties are all required and no others allowed. */
function obj(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}
const list = (items: Schema): Schema => ({ type: 'array', items });

const passwordHash = obj({
  algorithm: { enum: ['scrypt', 'scrypt-sha256'] },
  // Bounded so that a hand-edited file cannot make a login hash for minutes or exhaust memory.
  n: { enum: [2 ** 10, 2 ** 11, 2 ** 12, 2 ** 13, 2 ** 14, 2 ** 15, 2 ** 16, 2 ** 17] },
  r: { type: 'integer', minimum: 1, maximum: 16 },
  p: { type: 'integer', minimum: 1, maximum: 4 },
  salt: { type: 'string', pattern: '^[0-9a-f]+$' },
  hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
});

const certificateFields = { subjectNames: strs, issuer: str, selfSigned: bool, trustedIssuer: bool, notAfter: num, thumbprint: str };
const certificate = obj(certificateFields);
const certificateDetailFields = {
  services: list({ enum: ['IMAP', 'POP', 'UM', 'IIS', 'SMTP', 'Federation', 'UMCallRouter'] }),
  friendlyName: str,
  privateKeyExportable: bool,
  subject: str,
};
const storedCertificate = obj({ ...certificateFields, ...certificateDetailFields, status: { enum: ['Valid', 'PendingRequest'] } }, ['subject']);

const server = obj({
  name: str,
  fqdn: str,
  roles: list({ enum: ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging', 'EdgeTransport'] }),
  autoDiscoverServiceInternalUri: nullable(str),
  autoDiscoverSiteScope: strs,
  outlookAnywhere: obj({
    enabled: bool,
    externalHostName: str,
    authenticationMethods: list({ enum: ['Basic', 'Ntlm', 'Negotiate'] }),
    sslOffloading: bool,
    certificate: nullable(certificate),
  }),
  openPorts: list(int),
  isOutOfService: bool,
  certificates: list(storedCertificate),
  iisCertificate: obj(certificateDetailFields, ['subject']),
}, ['certificates', 'iisCertificate']);

const recipient = {
  alias: { type: 'string', minLength: 1 },
  displayName: str,
  primarySmtpAddress: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
  emailAddresses: strs,
  hiddenFromAddressLists: bool,
};

const mailbox = obj({
  ...recipient,
  samAccountName: str,
  userPrincipalName: str,
  firstName: str,
  lastName: str,
  database: str,
  sizeBytes: { type: 'number', minimum: 0 },
  itemCount: { type: 'integer', minimum: 0 },
  folders: list(obj({ path: str, itemCount: int, sizeBytes: num })),
  umEnabled: bool,
  manager: nullable(str),
  delegates: strs,
  fullAccess: strs,
  problemItems: list(obj({ kind: { enum: ['Corrupt', 'Large'] }, subject: str, folder: str, sizeBytes: num })),
  unreadable: bool,
  recipientTypeDetails: { enum: ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox'] },
  legacyExchangeDN: str,
  exchangeGuid: str,
});

const onPrem = obj({
  version: { enum: [2003, 2007, 2010, 2013, 2016, 2019] },
  organizationName: str,
  adDomain: str,
  netbiosName: str,
  acceptedDomains: strs,
  servers: list(server),
  databases: list(obj({ name: str, server: str, receiveAs: strs })),
  mailboxes: list(mailbox),
  mailUsers: list(obj({ ...recipient, samAccountName: str, externalEmailAddress: str })),
  contacts: list(obj({ ...recipient, externalEmailAddress: str })),
  groups: list(obj({ ...recipient, name: str, groupType: { enum: ['Distribution', 'Security'] }, mailEnabled: bool, members: strs, managedBy: strs })),
  accounts: list(obj({ samAccountName: str, userPrincipalName: str, displayName: str, enabled: bool, password: nullable(passwordHash) })),
  domainAdmins: strs,
  directorySyncEnabled: bool,
});

const tenant = obj({
  name: str,
  initialDomain: { type: 'string', pattern: '\\.onmicrosoft\\.com$' },
  domains: list(
    obj({ name: str, verificationCode: str, verified: bool, verifiedAt: nullable(num), isDefault: bool, domainType: { enum: ['Authoritative', 'InternalRelay', 'ExternalRelay'] } }),
  ),
  licenses: list(obj({ skuPartNumber: str, displayName: str, total: int })),
  users: list(obj({ userPrincipalName: str, displayName: str, licenses: strs, createdAt: num, source: { enum: ['Cloud', 'DirSync'] }, passwordHash: nullable(passwordHash), usageLocation: nullable(str) })),
  mailboxes: list(
    obj({
      alias: str, displayName: str, userPrincipalName: str, primarySmtpAddress: str, emailAddresses: strs, sizeBytes: num, itemCount: int,
      hiddenFromAddressLists: bool, createdAt: num, disabled: bool, disabledAt: nullable(num), origin: { enum: ['Cloud', 'Migrated'] },
    }),
  ),
  mailUsers: list(obj({ alias: str, displayName: str, primarySmtpAddress: str, externalEmailAddress: str, emailAddresses: strs })),
  contacts: list(obj({ alias: str, displayName: str, externalEmailAddress: str })),
  groups: list(obj({ name: str, alias: str, displayName: str, primarySmtpAddress: str, groupType: { enum: ['Distribution', 'Security'] }, members: strs })),
  directorySyncEnabled: bool,
  defaultUsageLocation: nullable(str),
  migration: { type: 'object' },
});

const dnsValue = obj({ value: str, preference: int });
const dnsZone = obj({
  name: str,
  records: list(
    obj({
      name: str,
      type: { enum: ['MX', 'CNAME', 'A', 'TXT', 'SRV'] },
      ttl: { type: 'integer', minimum: 0 },
      values: list(dnsValue),
      changedAt: num,
      previous: nullable(obj({ ttl: int, values: list(dnsValue), visibleUntil: num })),
    }),
  ),
});
const dns = obj({ zones: list(dnsZone), internalZones: list(dnsZone) });

const mail = obj({
  messages: list(
    obj({
      messageId: str,
      messageTraceId: str,
      senderAddress: str,
      recipientAddress: str,
      subject: str,
      sentAt: num,
      destination: { enum: ['OnPremises', 'ExchangeOnline', 'Undeliverable'] },
      reason: str,
      mxHost: nullable(str),
      size: int,
    }),
  ),
});

const files = obj({
  location: str,
  nodes: {
    type: 'object',
    additionalProperties: obj({ path: str, kind: { enum: ['file', 'directory'] }, base64: str, length: int, lastWriteTime: num }),
  },
});

export const WORLD_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://exo-emulator.dev/schemas/world.schema.json',
  title: 'exo-emulator world',
  ...obj({
    schemaVersion: int,
    scenario: obj({ name: str, description: str }),
    clock: obj({ now: num, speed: { type: 'number', minimum: 0 } }),
    random: obj({ seed: int, state: int }),
    onPrem,
    tenant,
    dns,
    files,
    mail,
    // The world's own key for SecureStrings written without -Key (docs/security.md); created on first use.
    secrets: obj({ worldKey: { type: 'string', pattern: '^[0-9a-f]{64}$' } }),
    lab: nullable(
      obj(
        {
          name: str,
          definition: { type: 'object' },
          stepIndex: { type: 'integer', minimum: 0 },
          skipped: strs,
          passed: strs,
          history: list(obj({ at: num, command: str, step: { type: 'integer', minimum: 0 } }, ['step'])),
        },
        ['passed', 'definition'],
      ),
    ),
  }, ['secrets']),
};
