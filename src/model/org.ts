/**
 * The on-premises Exchange organization as plain, JSON-serialisable data (exchange-model.md §1.11).
 * Principals (accounts, FullAccess holders, delegates, managers) are referred to by their
 * sAMAccountName, lower-case and without the NetBIOS prefix (`administrator`, not `CONTOSO\Administrator`).
 */

export type ExchangeVersion = 2003 | 2007 | 2010 | 2013 | 2016 | 2019;

export type ServerRole = 'Mailbox' | 'ClientAccess' | 'HubTransport' | 'UnifiedMessaging' | 'EdgeTransport';

export interface Certificate {
  /** Subject and subject-alternative names, e.g. `mail.contoso.com`, `autodiscover.contoso.com`. */
  subjectNames: string[];
  issuer: string;
  selfSigned: boolean;
  /** Issued by a CA that Exchange Online trusts (false for a private enterprise CA). */
  trustedIssuer: boolean;
  /** Expiry, ms since the epoch (UTC). */
  notAfter: number;
  thumbprint: string;
}

/** The Exchange services a certificate can be enabled for (AllowedServices, Enable-ExchangeCertificate -Services). */
export type CertificateService = 'IMAP' | 'POP' | 'UM' | 'IIS' | 'SMTP' | 'Federation' | 'UMCallRouter';

/** What Exchange keeps beside a certificate in the server's store (src/model/certificates.ts). */
export interface CertificateDetails {
  services: CertificateService[];
  friendlyName: string;
  privateKeyExportable: boolean;
  /** The subject as given to New-ExchangeCertificate (`C=US, O=Contoso, CN=mail.contoso.com`); missing means `CN=<first name>`. */
  subject?: string;
}

/**
 * A certificate in the server's store that is not bound to IIS, or a pending request
 * (New-ExchangeCertificate -GenerateRequest) waiting for the CA's answer.
 */
export interface StoredCertificate extends Certificate, CertificateDetails {
  status: 'Valid' | 'PendingRequest';
}

export type OutlookAnywhereAuth = 'Basic' | 'Ntlm' | 'Negotiate';

export interface OutlookAnywhere {
  enabled: boolean;
  externalHostName: string;
  /** IIS authentication methods offered to clients (Basic and/or NTLM in the seed articles). */
  authenticationMethods: OutlookAnywhereAuth[];
  /** SSL offloading / require SSL; informational. */
  sslOffloading: boolean;
  certificate: Certificate | null;
}

export interface ExchangeServer {
  name: string;
  fqdn: string;
  roles: ServerRole[];
  /** The SCP value read by domain-joined Outlook; set to null after a cutover (S0 step 8). */
  autoDiscoverServiceInternalUri: string | null;
  autoDiscoverSiteScope: string[];
  outlookAnywhere: OutlookAnywhere;
  /** TCP ports reachable from the internet (Exchange 2003 RPC over HTTP needs 6001, 6002, 6004). */
  openPorts: number[];
  isOutOfService: boolean;
  /** The store's other certificates and pending requests; missing (older worlds) means none. */
  certificates?: StoredCertificate[];
  /**
   * Services, friendly name and exportability of `outlookAnywhere.certificate` (the one bound to
   * IIS); missing means Exchange's default self-signed set (IMAP, POP, IIS, SMTP).
   */
  iisCertificate?: CertificateDetails;
}

export interface MailboxDatabase {
  name: string;
  server: string;
  /** Principals holding Receive As on the database (exchange-docs/assign-permissions-for-migration). */
  receiveAs: string[];
}

export interface Folder {
  /** Folder path as Exchange shows it, e.g. `/Inbox`, `/Inbox/Projects`. */
  path: string;
  itemCount: number;
  sizeBytes: number;
}

/** An item the migration will skip (BadItem) or refuse (LargeItem). */
export interface ProblemItem {
  kind: 'Corrupt' | 'Large';
  subject: string;
  folder: string;
  sizeBytes: number;
}

export interface Recipient {
  alias: string;
  displayName: string;
  primarySmtpAddress: string;
  /** All addresses in Exchange's form: `SMTP:` primary, `smtp:` secondary, `X500:` etc. */
  emailAddresses: string[];
  hiddenFromAddressLists: boolean;
}

export interface Mailbox extends Recipient {
  samAccountName: string;
  userPrincipalName: string;
  firstName: string;
  lastName: string;
  database: string;
  /** Total size of the mailbox's items. */
  sizeBytes: number;
  itemCount: number;
  /** Empty for generated mailboxes: read folders through `mailboxFolders(m)`, which derives the default split. */
  folders: Folder[];
  umEnabled: boolean;
  /** sAMAccountName of the manager, or null. */
  manager: string | null;
  /** sAMAccountNames granted delegate access (Send on Behalf / calendar delegate). */
  delegates: string[];
  /** Principals holding FullAccess on this mailbox. */
  fullAccess: string[];
  problemItems: ProblemItem[];
  /** The source mailbox cannot be opened at all (a migration of it fails). */
  unreadable: boolean;
  recipientTypeDetails: 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';
  legacyExchangeDN: string;
  exchangeGuid: string;
}

export interface MailUser extends Recipient {
  samAccountName: string;
  externalEmailAddress: string;
}

export interface MailContact extends Recipient {
  externalEmailAddress: string;
}

export interface Group extends Recipient {
  name: string;
  groupType: 'Distribution' | 'Security';
  /** Mail-enabled (security groups may not be). */
  mailEnabled: boolean;
  /** Members by alias/sAMAccountName (mailboxes, mail users, contacts, other groups). */
  members: string[];
  managedBy: string[];
}

export interface PasswordHash {
  /** 'scrypt' of the password; 'scrypt-sha256' of a pre-version-4 SHA-256 hash (passwords.ts). */
  algorithm: 'scrypt' | 'scrypt-sha256';
  /** scrypt's parameters (CPU/memory cost, block size, parallelism). */
  n: number;
  r: number;
  p: number;
  /** Hex salt, random per password. */
  salt: string;
  /** Hex scrypt key (32 bytes). */
  hash: string;
}

/** A security principal that can sign in (the migration administrator, service accounts...). */
export interface Account {
  samAccountName: string;
  userPrincipalName: string;
  displayName: string;
  enabled: boolean;
  /** Never plain text. */
  password: PasswordHash | null;
}

export interface OnPremOrganization {
  version: ExchangeVersion;
  organizationName: string;
  /** AD DNS domain (`corp.contoso.com` or `contoso.com`). */
  adDomain: string;
  netbiosName: string;
  /** SMTP accepted domains of the on-premises org (`contoso.com`). */
  acceptedDomains: string[];
  servers: ExchangeServer[];
  databases: MailboxDatabase[];
  mailboxes: Mailbox[];
  mailUsers: MailUser[];
  contacts: MailContact[];
  groups: Group[];
  accounts: Account[];
  /** sAMAccountNames in the Domain Admins group. */
  domainAdmins: string[];
  /** Azure AD Connect / DirSync running against the tenant. */
  directorySyncEnabled: boolean;
}
