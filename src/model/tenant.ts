/** The Microsoft 365 tenant as plain data. */
import type { MigrationState } from './migration/state';
import type { PasswordHash } from './org';

export interface TenantDomain {
  name: string;
  /** The TXT value (`MS=ms12345678`) the admin center asks to publish. */
  verificationCode: string;
  verified: boolean;
  verifiedAt: number | null;
  isDefault: boolean;
  /** Exchange accepted-domain type. */
  domainType: 'Authoritative' | 'InternalRelay' | 'ExternalRelay';
}

export interface License {
  skuPartNumber: string;
  displayName: string;
  total: number;
}

export interface TenantUser {
  userPrincipalName: string;
  displayName: string;
  /** SKU part numbers assigned. */
  licenses: string[];
  createdAt: number;
  /** Cloud-only or synchronised from on-premises AD. */
  source: 'Cloud' | 'DirSync';
  /** Password stored as a salted hash when one is set; never plain text. */
  passwordHash: PasswordHash | null;
  /** Two-letter country code (ISO 3166-1 alpha-2); a license can't be assigned without one. */
  usageLocation: string | null;
}

export interface TenantMailbox {
  alias: string;
  displayName: string;
  userPrincipalName: string;
  primarySmtpAddress: string;
  emailAddresses: string[];
  sizeBytes: number;
  itemCount: number;
  hiddenFromAddressLists: boolean;
  createdAt: number;
  /** Set when the 30-day license grace expired without a license (R21). */
  disabled: boolean;
  disabledAt: number | null;
  /** Source of the mailbox: migrated from on-premises or created in the cloud. */
  origin: 'Cloud' | 'Migrated';
}

export interface TenantMailUser {
  alias: string;
  displayName: string;
  primarySmtpAddress: string;
  externalEmailAddress: string;
  emailAddresses: string[];
}

export interface TenantContact {
  alias: string;
  displayName: string;
  externalEmailAddress: string;
}

export interface TenantGroup {
  name: string;
  alias: string;
  displayName: string;
  primarySmtpAddress: string;
  groupType: 'Distribution' | 'Security';
  members: string[];
}

export interface Tenant {
  name: string;
  /** `contoso.onmicrosoft.com`. */
  initialDomain: string;
  domains: TenantDomain[];
  licenses: License[];
  users: TenantUser[];
  mailboxes: TenantMailbox[];
  mailUsers: TenantMailUser[];
  contacts: TenantContact[];
  groups: TenantGroup[];
  directorySyncEnabled: boolean;
  /** The usage location users created by a migration get (null: none, set with Update-MgUser). */
  defaultUsageLocation: string | null;
  /** The migration service's state and configuration (limits), owned by src/model/migration. */
  migration: MigrationState;
}
