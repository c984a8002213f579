/**
 * Built-in variants of contoso, each breaking one documented prerequisite of a cutover migration
 * (exchange-model.md §3 rules, §5 labs), plus scale scenarios. Each is contoso with one change.
 */
import type { ScenarioMailbox, ScenarioSpec } from './spec';
import { CONTOSO } from './contoso';
import { encodeCertificateFile } from '../certificates';

/**
 * The CA-issued replacement for the self-signed certificate (contoso-selfsigned-cert): what the
 * admin received from the CA, ready for Import-ExchangeCertificate (file format: docs/world.md).
 */
export const CONTOSO_CA_CERTIFICATE = {
  path: 'C:\\Certs\\mail.contoso.com.pfx',
  thumbprint: '7C3B0A9E5D21F4C68B0E93A1D6F2B57C4E8A1D03',
} as const;

function variant(name: string, description: string, change: (s: ScenarioSpec) => void): ScenarioSpec {
  const s = JSON.parse(JSON.stringify(CONTOSO)) as ScenarioSpec;
  s.name = name;
  s.description = description;
  change(s);
  return s;
}

const server = (s: ScenarioSpec) => s.onPrem!.servers![0]!;
const mailbox = (s: ScenarioSpec, alias: string): ScenarioMailbox => {
  const m = s.onPrem!.mailboxes!.find(
    (x): x is ScenarioMailbox => 'name' in x && (x.alias ?? x.name.toLowerCase().replace(' ', '.')) === alias,
  );
  if (!m) throw new Error(`variant refers to unknown mailbox ${alias}`);
  return m;
};

export const VARIANTS: ScenarioSpec[] = [
  // exchange-model.md R10
  variant(
    'contoso-selfsigned-cert',
    'Outlook Anywhere uses a self-signed certificate: the connection test fails until the certificate is trusted.',
    (s) => {
      server(s).outlookAnywhere!.certificate = {
        names: ['EXCH-SRV-01', 'EXCH-SRV-01.corp.contoso.com'],
        issuer: 'CN=EXCH-SRV-01',
        selfSigned: true,
        trusted: false,
        expires: '2029-10-14T08:12:00Z',
      };
      s.files!.files = [
        {
          path: CONTOSO_CA_CERTIFICATE.path,
          text: encodeCertificateFile({
            subject: 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=WA, C=US',
            subjectNames: ['mail.contoso.com', 'autodiscover.contoso.com'],
            issuer: 'CN=Example Public Server CA G2, O=Example Trust Services',
            notAfter: '2027-10-31T23:59:59Z',
            thumbprint: CONTOSO_CA_CERTIFICATE.thumbprint,
            selfSigned: false,
            trustedIssuer: true,
          }),
        },
      ];
    },
  ),
  // exchange-model.md R9
  variant(
    'contoso-oa-disabled',
    'Outlook Anywhere is not enabled on the Exchange 2010 server: the migration service cannot connect.',
    (s) => {
      server(s).outlookAnywhere!.enabled = false;
    },
  ),
  // exchange-model.md R8
  variant(
    'contoso-domain-unverified',
    'contoso.com is added to the tenant but not verified (no TXT record): migrated users fail to provision.',
    (s) => {
      s.tenant!.domains = [{ name: 'contoso.com', verified: false }];
    },
  ),
  // seed 001, step 1
  variant(
    'contoso-domain-not-added',
    'contoso.com is not yet added to the tenant: add it, publish the MS=ms TXT record (TTL 15 minutes at the registrar) and verify it.',
    (s) => {
      s.tenant!.domains = [];
      s.dns!.records = [...(s.dns!.records ?? []), { name: 'contoso.com', type: 'TXT', ttl: 900, value: 'v=spf1 mx -all' }];
    },
  ),
  // seed 001, step 7
  variant(
    'contoso-licenses-short',
    'The tenant has 20 Exchange Online (Plan 1) licenses for 22 user mailboxes, and its users have no usage location yet: licensing runs out.',
    (s) => {
      s.tenant!.licenses = [{ sku: 'EXCHANGESTANDARD', displayName: 'Exchange Online (Plan 1)', total: 20 }];
      s.tenant!.usageLocation = null;
    },
  ),
  // exchange-model.md R14
  variant(
    'contoso-missing-permissions',
    'The migration account is not a domain admin and lacks FullAccess on three mailboxes: those users fail.',
    (s) => {
      s.onPrem!.admin!.domainAdmin = false;
      s.onPrem!.accounts = [{ samAccountName: 'migadmin', displayName: 'Migration Admin', password: 'M1gr@te2025', domainAdmin: false }];
      for (const a of ['grace.walsh', 'felix.bauer', 'hana.sato']) mailbox(s, a).noAdminFullAccess = true;
    },
  ),
  // exchange-model.md R16
  variant(
    'contoso-um-enabled',
    'Two mailboxes are enabled for Unified Messaging, which must be disabled before they can migrate.',
    (s) => {
      mailbox(s, 'kenji.tanaka').umEnabled = true;
      mailbox(s, 'nadia.farouk').umEnabled = true;
    },
  ),
  // exchange-model.md R15
  variant(
    'contoso-hidden-mailbox',
    'One mailbox is hidden from the address lists, so the migration service cannot find it.',
    (s) => {
      mailbox(s, 'ines.moreau').hidden = true;
    },
  ),
  // exchange-model.md R3, R17
  variant(
    'contoso-dirsync',
    'Directory synchronization is on: a cutover batch is not allowed until it is turned off.',
    (s) => {
      s.onPrem!.directorySync = true;
      s.tenant!.directorySync = true;
    },
  ),
  // exchange-model.md R19
  variant(
    'contoso-manager-outside',
    "A manager and a delegate are a mail user that the cutover does not migrate: those users stall in provisioning.",
    (s) => {
      s.onPrem!.mailUsers = [{ name: 'Board Liaison', email: 'liaison@contoso-partners.com', alias: 'board.liaison', samAccountName: 'board.liaison' }];
      mailbox(s, 'sara.lindqvist').manager = 'board.liaison';
      mailbox(s, 'daniel.eriksen').delegates = ['board.liaison'];
    },
  ),
  // exchange-model.md R33
  variant(
    'contoso-bad-items',
    'Two mailboxes hold corrupt or oversized items that are skipped, and one mailbox cannot be read at all.',
    (s) => {
      mailbox(s, 'marco.rossi').problemItems = [
        { kind: 'Corrupt', subject: 'Q3 forecast (damaged)', folder: 'Inbox' },
        { kind: 'Corrupt', subject: 'RE: Supplier terms', folder: 'Sent Items' },
      ];
      mailbox(s, 'grace.walsh').problemItems = [{ kind: 'Large', subject: 'Trade show video', folder: 'Inbox', sizeMB: 180 }];
      mailbox(s, 'zoe.larsen').unreadable = true;
    },
  ),
  // exchange-model.md R11
  variant(
    'contoso-autodiscover-broken',
    'The autodiscover.contoso.com record is missing: Autodiscover fails and the endpoint must be set up manually.',
    (s) => {
      s.dns!.records = s.dns!.records!.filter((r) => r.type !== 'CNAME');
      s.dns!.omit = ['CNAME autodiscover.contoso.com'];
    },
  ),
  // exchange-model.md R6
  variant(
    'contoso-2500',
    'Contoso grown to 2,500 mailboxes: more than a cutover migration can move (2,000 at most, 150 recommended).',
    (s) => {
      s.onPrem!.mailboxes = [{ name: 'Administrator', alias: 'administrator', sizeMB: 42 }, { generate: { count: 2499, sizeMB: [20, 2500] } }];
      s.onPrem!.groups = [];
      s.tenant!.licenses = [{ sku: 'ENTERPRISEPACK', displayName: 'Office 365 E3', total: 2600 }];
    },
  ),
  // exchange-model.md R7, R12
  variant(
    'contoso-exchange2003-ports-closed',
    'Exchange 2003 source whose firewall blocks TCP 6001, 6002 and 6004: RPC over HTTP cannot connect.',
    (s) => {
      s.onPrem!.version = 2003;
      const srv = server(s);
      srv.autodiscoverInternalUri = null;
      srv.openPorts = [25, 443];
      srv.outlookAnywhere!.certificate = { ...srv.outlookAnywhere!.certificate!, names: ['mail.contoso.com'] };
      s.dns!.records = s.dns!.records!.filter((r) => r.type !== 'CNAME');
    },
  ),
  variant(
    'contoso-load-2000',
    'A healthy organization of 2,000 mailboxes (the cutover maximum), for load and throttling exercises.',
    (s) => {
      s.onPrem!.mailboxes = [{ name: 'Administrator', alias: 'administrator', sizeMB: 42 }, { generate: { count: 1999, sizeMB: [20, 2500] } }];
      s.onPrem!.groups = [];
      s.tenant!.licenses = [{ sku: 'ENTERPRISEPACK', displayName: 'Office 365 E3', total: 2100 }];
    },
  ),
];
