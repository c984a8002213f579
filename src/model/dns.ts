/** Public DNS zones as plain data; propagation follows the TTL of the record being replaced. */

export type DnsRecordType = 'MX' | 'CNAME' | 'A' | 'TXT' | 'SRV';

export interface DnsValue {
  /** Host name for MX/CNAME, IPv4 for A, text for TXT. */
  value: string;
  /** MX preference (lower wins); 0 for other types. */
  preference: number;
}

/** All records of one name and type (a record set). */
export interface DnsRecordSet {
  /** Fully qualified, lower-case, no trailing dot (`contoso.com`, `autodiscover.contoso.com`). */
  name: string;
  type: DnsRecordType;
  ttl: number;
  values: DnsValue[];
  /** When these values were published (ms since epoch); a change of the TTL alone keeps it. */
  changedAt: number;
  /**
   * What resolvers may still hold from before the last change, until `visibleUntil`: the change
   * time plus the TTL that was in force (or later, if an earlier TTL change had not yet expired,
   * which is why lowering the TTL a day ahead matters). Null once propagated or never changed.
   */
  previous: { ttl: number; values: DnsValue[]; visibleUntil: number } | null;
}

export interface DnsZone {
  name: string;
  records: DnsRecordSet[];
}

export interface Dns {
  /** The public zones at the registrar, as resolvers on the Internet see them (with propagation). */
  zones: DnsZone[];
  /** The zones of the on-premises domain controller's DNS server: clients inside see these first. */
  internalZones: DnsZone[];
}
