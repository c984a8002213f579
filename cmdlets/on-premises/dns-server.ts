/**
 * The DnsServer module (RSAT DNS Server Tools) against the on-premises domain controller's DNS
 * server: its zones are `world.dns.internalZones` (seeded with the AD domain's zone and the SMTP
 * domain's split-brain zone, src/model/dns-resolve.ts). The DC answers authoritatively: a change
 * is seen inside at once (Resolve-DnsName -Server DC01). [EMU: the admin's machine has RSAT and no
 * DNS server of its own, so without -ComputerName the cmdlets reach the DC, DC01.]
 * Records are CimInstances of root/Microsoft/Windows/DNS/DnsServerResourceRecord with the module's
 * default view (HostName RecordType Type Timestamp TimeToLive RecordData) and its CIM errors
 * (WIN32 9601 zone not found, 9711 record exists, 9709 CNAME collision, 9714 name not found).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSDateTime, PSObject, PSTimeSpan, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import {
  addInternalRecord,
  domainController,
  findInternalZone,
  fqdnIn,
  hostNameIn,
  isDomainController,
  removeInternalRecords,
  replaceInternalRecord,
  srvParts,
  type InternalRecordInput,
} from '../../src/model';
import type { DnsRecordSet, DnsRecordType, DnsZone, World } from '../../src/model/world';
import type { DeepReadonly } from '../../src/store/readonly';
import { readWorld, runtimeOf } from '../exchange-online/context';
import { writeDnsError } from '../dns-messages';

const MODULE = 'DnsServer';
const CIM_NS = 'Microsoft.Management.Infrastructure.CimInstance#root/Microsoft/Windows/DNS/';
export const DNS_SERVER_RECORD_TYPE = `${CIM_NS}DnsServerResourceRecord`;
const RR_TYPES = ['HInfo', 'Afsdb', 'Atma', 'Isdn', 'Key', 'Mb', 'Md', 'Mf', 'Mg', 'MInfo', 'Mr', 'Mx', 'NsNxt', 'Rp', 'Rt', 'Wks', 'X25', 'A', 'AAAA', 'CName', 'Ptr', 'Srv', 'Txt', 'Wins', 'WinsR', 'Ns', 'Soa', 'NasP', 'NasPtr', 'DName', 'Gpos', 'Loc', 'DhcId', 'Naptr', 'RRSig', 'DnsKey', 'DS', 'NSec', 'NSec3', 'NSec3Param', 'Tlsa'];
const TYPE_CODES: Record<DnsRecordType, number> = { A: 1, CNAME: 5, MX: 15, TXT: 16, SRV: 33 };
const DISPLAY: Record<DnsRecordType, string> = { A: 'A', CNAME: 'CNAME', MX: 'MX', TXT: 'TXT', SRV: 'SRV' };

/** The RecordData column as the module's view prints it. */
function recordDataText(v: PSValue): string {
  if (!(v instanceof PSObject)) return '';
  const d = v.get('RecordData');
  if (!(d instanceof PSObject)) return '';
  switch (stringOf(v.get('RecordType') ?? '')) {
    case 'A':
      return stringOf(d.get('IPv4Address') ?? '');
    case 'CNAME':
      return stringOf(d.get('HostNameAlias') ?? '');
    case 'MX':
      return `[${stringOf(d.get('Preference') ?? '')}][${stringOf(d.get('MailExchange') ?? '')}]`;
    case 'TXT':
      return stringOf(d.get('DescriptiveText') ?? '');
    case 'SRV':
      return `[${stringOf(d.get('Priority') ?? '')}][${stringOf(d.get('Weight') ?? '')}][${stringOf(d.get('Port') ?? '')}][${stringOf(d.get('DomainName') ?? '')}]`;
    default:
      return '';
  }
}

registerView(DNS_SERVER_RECORD_TYPE, {
  kind: 'table',
  properties: [
    { label: 'HostName', width: 25 },
    { label: 'RecordType', width: 10 },
    { label: 'Type', width: 10 },
    { label: 'Timestamp', width: 20, expression: (v) => (v instanceof PSObject ? (v.get('Timestamp') ?? '0') : '0') },
    { label: 'TimeToLive', width: 15, alignment: 'right' },
    { label: 'RecordData', expression: recordDataText },
  ],
});

const fqdnDot = (n: string) => (n.endsWith('.') ? n : n + '.');

function recordDataObject(type: DnsRecordType, value: string, preference: number): PSObject {
  const o = new PSObject([`${CIM_NS}DnsServerResourceRecord${type === 'CNAME' ? 'CName' : type === 'MX' ? 'Mx' : type === 'TXT' ? 'Txt' : type === 'SRV' ? 'Srv' : 'A'}`, 'Microsoft.Management.Infrastructure.CimInstance', 'System.Object']);
  const add = (k: string, v: PSValue) => o.addProperty({ name: k, value: v, memberType: 'Property' });
  if (type === 'A') add('IPv4Address', value);
  if (type === 'CNAME') add('HostNameAlias', fqdnDot(value));
  if (type === 'MX') {
    add('MailExchange', fqdnDot(value));
    add('Preference', preference);
  }
  if (type === 'TXT') add('DescriptiveText', value);
  if (type === 'SRV') {
    const s = srvParts(value);
    add('DomainName', fqdnDot(s.target));
    add('Port', s.port);
    add('Priority', s.priority);
    add('Weight', s.weight);
  }
  o.toStringOverride = () => o.psTypeNames[0]!.replace(/^.*#/, '');
  return o;
}

/** One record as the module returns it; static records (added by an admin) have no Timestamp. */
function recordObject(zone: string, set: DeepReadonly<DnsRecordSet>, value: { value: string; preference: number }, dynamic: boolean, computer: string): PSObject {
  const host = hostNameIn(zone, set.name);
  const o = new PSObject([DNS_SERVER_RECORD_TYPE, 'Microsoft.Management.Infrastructure.CimInstance', 'System.Object']);
  const add = (k: string, v: PSValue) => o.addProperty({ name: k, value: v, memberType: 'Property' });
  const labels = zone.split('.').map((l) => `DC=${l}`).join(',');
  add('DistinguishedName', `DC=${host},DC=${zone},cn=MicrosoftDNS,DC=DomainDnsZones,${labels}`);
  add('HostName', host);
  add('RecordClass', 'IN');
  add('RecordData', recordDataObject(set.type, value.value, value.preference));
  add('RecordType', DISPLAY[set.type]);
  add('Timestamp', dynamic ? new PSDateTime(Math.floor(set.changedAt / 3600000) * 3600000, 'Local') : null);
  add('TimeToLive', new PSTimeSpan(set.ttl * 1000));
  add('Type', TYPE_CODES[set.type]);
  add('PSComputerName', computer);
  o.addMethod('Clone', () => {
    const c = new PSObject([...o.psTypeNames]);
    for (const k of ['DistinguishedName', 'HostName', 'RecordClass', 'RecordData', 'RecordType', 'Timestamp', 'TimeToLive', 'Type', 'PSComputerName']) {
      const v = o.get(k) ?? null;
      if (v instanceof PSObject) {
        const d = new PSObject([...v.psTypeNames]);
        for (const name of ['IPv4Address', 'HostNameAlias', 'MailExchange', 'Preference', 'DescriptiveText', 'DomainName', 'Port', 'Priority', 'Weight']) if (v.hasProperty(name)) d.addProperty({ name, value: v.get(name) ?? null, memberType: 'Property' });
        d.toStringOverride = v.toStringOverride;
        c.addProperty({ name: k, value: d, memberType: 'Property' });
      } else c.addProperty({ name: k, value: v, memberType: 'Property' });
    }
    return c;
  });
  return o;
}

/** A records in the AD domain's zone are registered by the machines themselves (dynamic, with a Timestamp). */
function isDynamic(w: DeepReadonly<World>, zone: string, set: DeepReadonly<DnsRecordSet>): boolean {
  return set.type === 'A' && zone === w.onPrem.adDomain.toLowerCase();
}

// ---------------------------------------------------------------- shared checks

interface Target {
  w: DeepReadonly<World>;
  zone: DeepReadonly<DnsZone>;
  server: string;
}

/** The DC named by -ComputerName (the default) and the zone; writes the module's error otherwise. */
function target(ctx: CmdletContext): Target | null {
  const w = readWorld(ctx);
  const given = ctx.bound('ComputerName') && ctx.params.ComputerName !== null ? stringOf(ctx.params.ComputerName) : null;
  const server = given ?? domainController(w.onPrem).name;
  const zoneName = stringOf(ctx.params.ZoneName);
  if (given !== null && !isDomainController(w.onPrem, given)) {
    writeDnsError(ctx, 'ServerUnreachable', [given], given);
    return null;
  }
  const zone = findInternalZone(w, zoneName);
  if (!zone) {
    writeDnsError(ctx, 'ZoneNotFound', [zoneName, server], zoneName);
    return null;
  }
  return { w, zone, server };
}

const COMMON: ParameterDeclaration[] = [
  { name: 'ComputerName', type: 'String', aliases: ['Cn'], description: 'The DNS server: the domain controller (DC01, its FQDN or 10.0.0.10), the default here.' },
  { name: 'CimSession', type: 'CimSession[]', aliases: ['Session'], description: 'A CIM session to the DNS server.', noEffect: 'the DC is reached directly' },
  { name: 'ThrottleLimit', type: 'Int32', description: 'Concurrent operations.', noEffect: 'operations run one at a time' },
  { name: 'AsJob', type: 'SwitchParameter', description: 'Runs as a background job.', noEffect: 'jobs are not emulated; the command runs at once' },
];
const ZONE_SCOPE: ParameterDeclaration[] = [
  { name: 'ZoneScope', type: 'String', description: 'A zone scope.', noEffect: 'the DC zones have no scopes' },
  { name: 'VirtualizationInstance', type: 'String', description: 'A virtualization instance.', noEffect: 'the DC has one instance' },
];
const ZONE = (position: number): ParameterDeclaration => ({ name: 'ZoneName', type: 'String', aliases: ['Zone'], sets: { __AllParameterSets: { position, mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The zone on the DC (corp.contoso.com, contoso.com).' });
const TTL: ParameterDeclaration = { name: 'TimeToLive', type: 'TimeSpan', description: 'The record TTL (default 01:00:00).' };
const ADD_COMMON: ParameterDeclaration[] = [
  TTL,
  { name: 'AllowUpdateAny', type: 'SwitchParameter', description: 'Lets any authenticated user update the record.', noEffect: 'record security is not emulated' },
  { name: 'AgeRecord', type: 'SwitchParameter', description: 'Time-stamps the record for scavenging.', noEffect: 'scavenging is not emulated' },
  { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the record created.' },
  ...ZONE_SCOPE,
  ...COMMON,
];

function ttlSeconds(ctx: CmdletContext): number {
  const v = ctx.bound('TimeToLive') ? ctx.params.TimeToLive : null;
  return v instanceof PSTimeSpan ? Math.round(v.ms / 1000) : 3600;
}

/** Adds the record; false when there was nothing to add (no such zone, an error already written; -WhatIf). */
function add(ctx: CmdletContext, input: Omit<InternalRecordInput, 'zone' | 'ttl'>): boolean {
  const t = target(ctx);
  if (!t) return false;
  const rec: InternalRecordInput = { ...input, zone: t.zone.name, ttl: ttlSeconds(ctx) };
  const host = hostNameIn(t.zone.name, fqdnIn(t.zone.name, input.name));
  if (!ctx.shouldProcess(`${host} ${DISPLAY[input.type]} ${input.value}`, ctx.commandName)) return false;
  const rt = runtimeOf(ctx);
  rt.store.transaction((w) => {
    const o = addInternalRecord(w, rec, rt.clock.now());
    if (o !== 'ok') throw new Refused(o);
  });
  return true;
}

class Refused extends Error {
  constructor(readonly outcome: string) {
    super(outcome);
  }
}

function addCatching(ctx: CmdletContext, input: Omit<InternalRecordInput, 'zone' | 'ttl'>): void {
  let added: boolean;
  try {
    added = add(ctx, input);
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    const w = readWorld(ctx);
    const zone = findInternalZone(w, stringOf(ctx.params.ZoneName))!;
    const name = fqdnIn(zone.name, input.name);
    const host = hostNameIn(zone.name, name);
    const server = ctx.bound('ComputerName') && ctx.params.ComputerName !== null ? stringOf(ctx.params.ComputerName) : domainController(w.onPrem).name;
    // The same record again: 9711; a CNAME beside other data (or another CNAME): 9709.
    const same = zone.records.some((r) => r.name === name && r.type === input.type && r.values.some((v) => v.value === (input.type === 'A' || input.type === 'TXT' ? input.value.trim() : input.value.trim().toLowerCase().replace(/\.$/, ''))));
    const cname = !same && zone.records.some((r) => r.name === name && r.values.length > 0 && (r.type === 'CNAME' || input.type === 'CNAME'));
    writeDnsError(ctx, cname ? 'CnameCollision' : 'RecordExists', [host, zone.name, server], host);
    return;
  }
  // -PassThru writes the record added: none when the zone was not found (its error is written) or under -WhatIf.
  if (added && ctx.params.PassThru === true) {
    const w = readWorld(ctx);
    const zone = findInternalZone(w, stringOf(ctx.params.ZoneName))!;
    const name = fqdnIn(zone.name, input.name);
    const set = zone.records.find((r) => r.name === name && r.type === input.type)!;
    const v = set.values[set.values.length - 1]!;
    ctx.writeObject(recordObject(zone.name, set, v, false, ctx.bound('ComputerName') ? stringOf(ctx.params.ComputerName) : domainController(w.onPrem).name));
  }
}

const str = (ctx: CmdletContext, n: string) => stringOf(ctx.params[n] ?? '');
const help = (synopsis: string, examples: { code: string; remarks?: string }[], page: string) => ({ synopsis, examples, onlineUri: `https://learn.microsoft.com/powershell/module/dnsserver/${page}` });

// ---------------------------------------------------------------- cmdlets

export const getDnsServerResourceRecordCmdlet = defineCmdlet({
  name: 'Get-DnsServerResourceRecord',
  source: MODULE,
  defaultParameterSet: 'Name',
  parameters: [
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0 } }, description: "A node: '@' for the zone itself, a label (autodiscover) or the FQDN; its records and those below it." },
    ZONE(1),
    { name: 'RRType', type: 'String', validateSet: RR_TYPES, sets: { Name: {} }, description: 'The record type (A, CName, Mx, Txt, Srv...).' },
    { name: 'Node', type: 'SwitchParameter', description: "Only the node's own records, not those below it." },
    ...ZONE_SCOPE,
    ...COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help(
    'Gets resource records from a specified DNS zone.',
    [
      { code: 'Get-DnsServerResourceRecord -ZoneName contoso.com', remarks: 'Every record of the split-brain contoso.com zone on the DC.' },
      { code: 'Get-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName', remarks: 'The internal Autodiscover record.' },
    ],
    'get-dnsserverresourcerecord',
  ),
  process(ctx) {
    const t = target(ctx);
    if (!t) return;
    const type = ctx.bound('RRType') && ctx.params.RRType !== null ? str(ctx, 'RRType').toUpperCase() : null;
    const nameArg = ctx.bound('Name') && ctx.params.Name !== null ? str(ctx, 'Name') : null;
    const node = nameArg === null ? null : fqdnIn(t.zone.name, nameArg);
    const under = (n: string) => node === null || n === node || (ctx.params.Node !== true && node !== t.zone.name && n.endsWith('.' + node)) || (ctx.params.Node !== true && node === t.zone.name);
    const sets = t.zone.records.filter((r) => r.values.length > 0 && under(r.name));
    if (node !== null && sets.length === 0) {
      writeDnsError(ctx, 'RecordNotFound', [nameArg!, t.zone.name, t.server], nameArg!);
      return;
    }
    const sorted = [...sets].sort((a, b) => (a.name === t.zone.name ? -1 : b.name === t.zone.name ? 1 : 0) || hostNameIn(t.zone.name, a.name).localeCompare(hostNameIn(t.zone.name, b.name)));
    for (const set of sorted) {
      if (type !== null && set.type !== type) continue;
      for (const v of set.values) ctx.writeObject(recordObject(t.zone.name, set, v, isDynamic(t.w, t.zone.name, set), t.server));
    }
  },
});

export const addDnsServerResourceRecordCNameCmdlet = defineCmdlet({
  name: 'Add-DnsServerResourceRecordCName',
  source: MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    ZONE(0),
    { name: 'Name', type: 'String', aliases: ['RecordName'], sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The alias (autodiscover).' },
    { name: 'HostNameAlias', type: 'String', sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The canonical name the alias points at (autodiscover.outlook.com).' },
    ...ADD_COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help(
    'Adds a type CNAME resource record to a DNS zone.',
    [{ code: 'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com', remarks: 'Points internal Autodiscover at Microsoft 365 after the migration.' }],
    'add-dnsserverresourcerecordcname',
  ),
  process(ctx) {
    addCatching(ctx, { name: str(ctx, 'Name'), type: 'CNAME', value: str(ctx, 'HostNameAlias'), preference: 0 });
  },
});

export const addDnsServerResourceRecordMXCmdlet = defineCmdlet({
  name: 'Add-DnsServerResourceRecordMX',
  source: MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    ZONE(0),
    { name: 'Name', type: 'String', aliases: ['RecordName'], sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: "The node ('.' or '@' for the zone itself)." },
    { name: 'MailExchange', type: 'String', sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The mail server.' },
    { name: 'Preference', type: 'UInt16', sets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The MX preference (lower wins).' },
    ...ADD_COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help('Adds an MX resource record to a DNS server.', [{ code: "Add-DnsServerResourceRecordMX -ZoneName contoso.com -Name '.' -MailExchange contoso-com.mail.protection.outlook.com -Preference 0" }], 'add-dnsserverresourcerecordmx'),
  process(ctx) {
    const name = str(ctx, 'Name') === '.' ? '@' : str(ctx, 'Name');
    addCatching(ctx, { name, type: 'MX', value: str(ctx, 'MailExchange'), preference: Number(ctx.params.Preference ?? 0) });
  },
});

export const addDnsServerResourceRecordCmdlet = defineCmdlet({
  name: 'Add-DnsServerResourceRecord',
  source: MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'A',
  parameters: [
    ZONE(0),
    { name: 'Name', type: 'String', sets: { A: { mandatory: true }, CNAME: { mandatory: true }, MX: { mandatory: true }, TXT: { mandatory: true }, SRV: { mandatory: true } }, description: "The node ('@' for the zone itself)." },
    { name: 'A', type: 'SwitchParameter', sets: { A: { mandatory: true } }, description: 'Adds a host (A) record.' },
    { name: 'IPv4Address', type: 'IPAddress', sets: { A: { mandatory: true } }, description: 'The host address.' },
    { name: 'CName', type: 'SwitchParameter', sets: { CNAME: { mandatory: true } }, description: 'Adds an alias (CNAME) record.' },
    { name: 'HostNameAlias', type: 'String', sets: { CNAME: { mandatory: true } }, description: 'The canonical name.' },
    { name: 'MX', type: 'SwitchParameter', sets: { MX: { mandatory: true } }, description: 'Adds a mail exchanger (MX) record.' },
    { name: 'MailExchange', type: 'String', sets: { MX: { mandatory: true } }, description: 'The mail server.' },
    { name: 'Preference', type: 'UInt16', sets: { MX: { mandatory: true } }, description: 'The MX preference.' },
    { name: 'Txt', type: 'SwitchParameter', sets: { TXT: { mandatory: true } }, description: 'Adds a text (TXT) record.' },
    { name: 'DescriptiveText', type: 'String', sets: { TXT: { mandatory: true } }, description: 'The text.' },
    { name: 'Srv', type: 'SwitchParameter', sets: { SRV: { mandatory: true } }, description: 'Adds a service (SRV) record.' },
    { name: 'DomainName', type: 'String', sets: { SRV: { mandatory: true } }, description: 'The SRV target host.' },
    { name: 'Priority', type: 'UInt16', sets: { SRV: { mandatory: true } }, description: 'The SRV priority.' },
    { name: 'Weight', type: 'UInt16', sets: { SRV: { mandatory: true } }, description: 'The SRV weight.' },
    { name: 'Port', type: 'UInt16', sets: { SRV: { mandatory: true } }, description: 'The SRV port.' },
    ...ADD_COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help(
    'Adds a resource record of a specified type to a specified DNS zone.',
    [
      { code: 'Add-DnsServerResourceRecord -ZoneName contoso.com -Txt -Name "@" -DescriptiveText "MS=ms12345678"' },
      { code: 'Add-DnsServerResourceRecord -ZoneName contoso.com -CName -Name autodiscover -HostNameAlias autodiscover.outlook.com' },
      { code: 'Add-DnsServerResourceRecord -ZoneName contoso.com -A -Name mail -IPv4Address 10.0.0.20' },
    ],
    'add-dnsserverresourcerecord',
  ),
  process(ctx) {
    const set = ctx.parameterSetName;
    const name = str(ctx, 'Name');
    if (set === 'A') addCatching(ctx, { name, type: 'A', value: str(ctx, 'IPv4Address'), preference: 0 });
    else if (set === 'CNAME') addCatching(ctx, { name, type: 'CNAME', value: str(ctx, 'HostNameAlias'), preference: 0 });
    else if (set === 'MX') addCatching(ctx, { name, type: 'MX', value: str(ctx, 'MailExchange'), preference: Number(ctx.params.Preference ?? 0) });
    else if (set === 'TXT') addCatching(ctx, { name, type: 'TXT', value: str(ctx, 'DescriptiveText'), preference: 0 });
    else {
      const p = Number(ctx.params.Priority ?? 0);
      addCatching(ctx, { name, type: 'SRV', value: `${p} ${Number(ctx.params.Weight ?? 0)} ${Number(ctx.params.Port ?? 0)} ${str(ctx, 'DomainName')}`, preference: p });
    }
  },
});

/** A record object's model form (HostName, RecordType, RecordData, TimeToLive). */
function inputOf(zone: string, o: PSValue): InternalRecordInput | null {
  if (!(o instanceof PSObject)) return null;
  const type = stringOf(o.get('RecordType') ?? '').toUpperCase() as DnsRecordType;
  const d = o.get('RecordData');
  if (!(d instanceof PSObject) || !(type in TYPE_CODES)) return null;
  const g = (k: string) => stringOf(d.get(k) ?? '');
  const ttl = o.get('TimeToLive');
  const base = { zone, name: stringOf(o.get('HostName') ?? '@'), type, ttl: ttl instanceof PSTimeSpan ? Math.round(ttl.ms / 1000) : 3600 };
  if (type === 'A') return { ...base, value: g('IPv4Address'), preference: 0 };
  if (type === 'CNAME') return { ...base, value: g('HostNameAlias'), preference: 0 };
  if (type === 'MX') return { ...base, value: g('MailExchange'), preference: Number(d.get('Preference') ?? 0) };
  if (type === 'TXT') return { ...base, value: g('DescriptiveText'), preference: 0 };
  return { ...base, value: `${g('Priority')} ${g('Weight')} ${g('Port')} ${g('DomainName')}`, preference: Number(d.get('Priority') ?? 0) };
}

export const setDnsServerResourceRecordCmdlet = defineCmdlet({
  name: 'Set-DnsServerResourceRecord',
  source: MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    ZONE(0),
    { name: 'OldInputObject', type: 'CimInstance', sets: { __AllParameterSets: { mandatory: true } }, description: 'The record as Get-DnsServerResourceRecord returned it.' },
    { name: 'NewInputObject', type: 'CimInstance', sets: { __AllParameterSets: { mandatory: true } }, description: 'The changed copy ($old.Clone() with RecordData or TimeToLive changed).' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the record after the change.' },
    ...ZONE_SCOPE,
    ...COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help(
    'Changes a resource record in a DNS zone.',
    [
      {
        code: "$old = Get-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName\n$new = $old.Clone()\n$new.RecordData.HostNameAlias = 'autodiscover.outlook.com'\nSet-DnsServerResourceRecord -ZoneName contoso.com -OldInputObject $old -NewInputObject $new",
        remarks: 'Repoints the internal Autodiscover alias at Microsoft 365.',
      },
    ],
    'set-dnsserverresourcerecord',
  ),
  process(ctx) {
    const t = target(ctx);
    if (!t) return;
    const old = inputOf(t.zone.name, ctx.params.OldInputObject);
    const next = inputOf(t.zone.name, ctx.params.NewInputObject);
    const exists = old && t.zone.records.some((r) => r.name === fqdnIn(t.zone.name, old.name) && r.type === old.type && r.values.some((v) => v.value === (old.type === 'A' || old.type === 'TXT' ? old.value : old.value.toLowerCase().replace(/\.$/, ''))));
    if (!old || !next || !exists) {
      writeDnsError(ctx, 'OldRecordNotFound', [t.zone.name, t.server], t.zone.name);
      return;
    }
    if (old.type !== next.type || fqdnIn(t.zone.name, old.name) !== fqdnIn(t.zone.name, next.name)) {
      writeDnsError(ctx, 'SetTypeMismatch', [], t.zone.name);
      return;
    }
    if (!ctx.shouldProcess(`${next.name} ${DISPLAY[next.type]} ${next.value}`, ctx.commandName)) return;
    const rt = runtimeOf(ctx);
    rt.store.transaction((w) => replaceInternalRecord(w, old, next, rt.clock.now()));
    if (ctx.params.PassThru === true) {
      const zone = findInternalZone(readWorld(ctx), t.zone.name)!;
      const set = zone.records.find((r) => r.name === fqdnIn(zone.name, next.name) && r.type === next.type)!;
      for (const v of set.values) ctx.writeObject(recordObject(zone.name, set, v, false, t.server));
    }
  },
});

export const removeDnsServerResourceRecordCmdlet = defineCmdlet({
  name: 'Remove-DnsServerResourceRecord',
  source: MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  defaultParameterSet: 'Name',
  parameters: [
    ZONE(0),
    { name: 'Name', type: 'String', aliases: ['RecordName'], sets: { Name: { position: 1, mandatory: true } }, description: "The node ('@' for the zone itself)." },
    { name: 'RRType', type: 'String', validateSet: RR_TYPES, sets: { Name: { position: 2, mandatory: true } }, description: 'The record type (CName, Mx, Txt, A, Srv).' },
    { name: 'RecordData', type: 'String[]', sets: { Name: {} }, description: 'Removes only the records with this data; without it, every record of the name and type.' },
    { name: 'InputObject', type: 'CimInstance', sets: { InputObject: { mandatory: true, valueFromPipeline: true } }, description: 'A record from Get-DnsServerResourceRecord.' },
    { name: 'Force', type: 'SwitchParameter', description: 'Removes without asking for confirmation.' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the removed records.' },
    ...ZONE_SCOPE,
    ...COMMON,
  ],
  outputType: [DNS_SERVER_RECORD_TYPE],
  help: help(
    'Removes specified DNS server resource records from a zone.',
    [
      { code: 'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName -Force' },
      { code: 'Get-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName | Remove-DnsServerResourceRecord -ZoneName contoso.com -Force' },
    ],
    'remove-dnsserverresourcerecord',
  ),
  process(ctx) {
    const t = target(ctx);
    if (!t) return;
    let name: string;
    let type: DnsRecordType;
    let values: (string | undefined)[];
    if (ctx.parameterSetName === 'InputObject') {
      const r = inputOf(t.zone.name, ctx.params.InputObject);
      if (!r) return;
      name = r.name;
      type = r.type;
      values = [r.value];
    } else {
      name = str(ctx, 'Name');
      type = str(ctx, 'RRType').toUpperCase() as DnsRecordType;
      const data = ctx.bound('RecordData') && ctx.params.RecordData !== null ? (Array.isArray(ctx.params.RecordData) ? ctx.params.RecordData : [ctx.params.RecordData]).map((x) => stringOf(x)) : [undefined];
      values = data;
    }
    const fqdn = fqdnIn(t.zone.name, name);
    const host = hostNameIn(t.zone.name, fqdn);
    const set = (TYPE_CODES as Record<string, number>)[type] ? t.zone.records.find((r) => r.name === fqdn && r.type === type && r.values.length > 0) : undefined;
    if (!set) {
      writeDnsError(ctx, 'RecordNotFound', [name, t.zone.name, t.server], name);
      return;
    }
    const removed = set.values.map((v) => recordObject(t.zone.name, set, v, isDynamic(t.w, t.zone.name, set), t.server));
    const whatIf = ctx.bound('WhatIf') && ctx.params.WhatIf === true;
    if ((whatIf || ctx.params.Force !== true) && !ctx.shouldProcess(`${host} ${DISPLAY[type]}`, ctx.commandName)) return;
    const rt = runtimeOf(ctx);
    try {
      rt.store.transaction((w) => {
        for (const v of values) if (removeInternalRecords(w, t.zone.name, name, type, v) !== 'ok') throw new Refused('not-found');
      });
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      writeDnsError(ctx, 'RecordNotFound', [name, t.zone.name, t.server], name);
      return;
    }
    if (ctx.params.PassThru === true) for (const r of removed) ctx.writeObject(r);
  },
});

export const DNS_SERVER_CMDLETS: CmdletDefinition[] = [
  getDnsServerResourceRecordCmdlet,
  addDnsServerResourceRecordCmdlet,
  addDnsServerResourceRecordCNameCmdlet,
  addDnsServerResourceRecordMXCmdlet,
  setDnsServerResourceRecordCmdlet,
  removeDnsServerResourceRecordCmdlet,
];
