/**
 * The scenario file format: a compact description that `expandScenario` turns into a world.
 * Everything but `name` has a default, so a scenario states only what it changes. Published as
 * JSON Schema in docs/scenario.schema.json (generated from scenario-schema.ts).
 */
import type { ExchangeVersion, OutlookAnywhereAuth, ServerRole } from '../world';

export interface ScenarioCertificate {
  names: string[];
  issuer?: string;
  selfSigned?: boolean;
  /** Issued by a CA Exchange Online trusts (default: !selfSigned). */
  trusted?: boolean;
  /** ISO date or days after the scenario's start. */
  expires?: string | number;
}

export interface ScenarioServer {
  name: string;
  fqdn?: string;
  roles?: ServerRole[];
  autodiscoverInternalUri?: string | null;
  outlookAnywhere?: {
    enabled?: boolean;
    externalHostName?: string;
    authentication?: OutlookAnywhereAuth[];
    certificate?: ScenarioCertificate | null;
  };
  openPorts?: number[];
}

export interface ScenarioProblemItem {
  kind: 'Corrupt' | 'Large';
  subject: string;
  folder?: string;
  sizeMB?: number;
}

export interface ScenarioMailbox {
  /** `Firstname Lastname`; alias, SMTP and account derive from it unless given. */
  name: string;
  alias?: string;
  samAccountName?: string;
  smtp?: string;
  /** Extra SMTP addresses (proxy addresses). */
  aliases?: string[];
  sizeMB?: number;
  items?: number;
  database?: string;
  hidden?: boolean;
  umEnabled?: boolean;
  manager?: string;
  delegates?: string[];
  /** Principals with FullAccess, beyond the migration administrator's default grant. */
  fullAccess?: string[];
  /** Withhold the migration administrator's FullAccess on this mailbox. */
  noAdminFullAccess?: boolean;
  problemItems?: ScenarioProblemItem[];
  unreadable?: boolean;
  type?: 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';
}

/** Expanded with the scenario's seed into `count` mailboxes with generated names and sizes. */
export interface ScenarioGenerate {
  generate: {
    count: number;
    /** Size range in MB, inclusive. */
    sizeMB?: [number, number];
    /** Every Nth generated mailbox is hidden / UM enabled (0 = none). */
    hiddenEvery?: number;
    umEnabledEvery?: number;
    database?: string;
  };
}

export interface ScenarioGroup {
  name: string;
  alias?: string;
  smtp?: string;
  type?: 'Distribution' | 'Security';
  mailEnabled?: boolean;
  /** Aliases of members. */
  members?: string[];
}

export interface ScenarioContact {
  name: string;
  email: string;
  alias?: string;
}

export interface ScenarioMailUser {
  name: string;
  email: string;
  alias?: string;
  samAccountName?: string;
}

export interface ScenarioAccount {
  samAccountName: string;
  displayName?: string;
  /** Plain text only in the scenario; the world stores a salted hash. */
  password?: string;
  enabled?: boolean;
  domainAdmin?: boolean;
}

export interface ScenarioDnsRecord {
  name: string;
  type: 'MX' | 'CNAME' | 'A' | 'TXT';
  ttl?: number;
  value: string | string[];
  preference?: number;
}

export interface ScenarioSpec {
  name: string;
  /**
   * A built-in scenario's name (or, for files loaded by the shell, a path relative to this file)
   * to start from: objects merge key by key, arrays and scalars given here replace the base's.
   */
  extends?: string;
  description?: string;
  seed?: number;
  /** ISO date-time in UTC when the world starts. */
  start?: string;
  onPrem?: {
    version?: ExchangeVersion;
    organizationName?: string;
    /** Primary SMTP domain (`contoso.com`). */
    domain?: string;
    adDomain?: string;
    netbios?: string;
    acceptedDomains?: string[];
    servers?: ScenarioServer[];
    databases?: { name: string; server?: string; receiveAs?: string[] }[];
    /** The migration administrator. */
    admin?: Partial<ScenarioAccount> & { fullAccessOnAll?: boolean; receiveAsOnAll?: boolean };
    accounts?: ScenarioAccount[];
    mailboxes?: (ScenarioMailbox | ScenarioGenerate)[];
    mailUsers?: ScenarioMailUser[];
    contacts?: ScenarioContact[];
    groups?: ScenarioGroup[];
    directorySync?: boolean;
  };
  tenant?: {
    name?: string;
    initialDomain?: string;
    domains?: { name: string; verified?: boolean; default?: boolean }[];
    licenses?: { sku: string; displayName?: string; total: number }[];
    directorySync?: boolean;
    /** Usage location (two-letter country) of the tenant's users; null: none, so licenses can't be assigned until it is set. Default US. */
    usageLocation?: string | null;
    admin?: { userPrincipalName?: string; password?: string };
    migration?: { maxNumberOfBatches?: number; maxConcurrentMigrations?: number; licenseGraceDays?: number };
  };
  dns?: {
    /** Records replacing the defaults of the same name and type. */
    records?: ScenarioDnsRecord[];
    /** Default records to leave out, as `TYPE name` (`CNAME autodiscover.contoso.com`). */
    omit?: string[];
  };
  files?: {
    location?: string;
    directories?: string[];
    files?: { path: string; text: string }[];
  };
}
