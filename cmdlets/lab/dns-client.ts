/**
 * Resolve-DnsName (the DnsClient module), answering from the world: by default as a resolver on
 * the Internet sees the public zones at the virtual now (old values while they may still be cached,
 * src/model/dns-resolve.ts), or with `-Server <the DC>` as the domain controller's DNS server
 * answers inside (its own zones first, then forwarded). [EMU: the lab machine's own resolver is
 * taken to be an Internet one; name the DC to ask inside; any other server answers as the Internet.]
 * Output objects are the DnsClient's record types with their default table views; a CNAME is
 * followed as the DNS client does (the alias first, then the target's records).
 */
import { defineCmdlet, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSObject, stringOf, PSEnumValue, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { isDomainController, normaliseDnsName, resolveName, srvParts, type DnsAnswer } from '../../src/model';
import type { DnsRecordType } from '../../src/model/world';
import { readWorld, runtimeOf } from '../exchange-online/context';
import { writeDnsError } from '../dns-messages';

const NS = 'Microsoft.DnsClient.Commands';
const RECORD_TYPE_ENUM = `${NS}.RecordType`;
const RECORD_TYPES = [
  'UNKNOWN', 'A_AAAA', 'A', 'NS', 'MD', 'MF', 'CNAME', 'SOA', 'MB', 'MG', 'MR', 'NULL', 'WKS', 'PTR', 'HINFO', 'MINFO', 'MX', 'TXT', 'RP', 'AFSDB', 'X25',
  'ISDN', 'RT', 'AAAA', 'SRV', 'DNAME', 'OPT', 'DS', 'RRSIG', 'NSEC', 'DNSKEY', 'DHCID', 'NSEC3', 'NSEC3PARAM', 'ANY', 'ALL', 'WINS',
];
const TYPE_CODES: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33 };

const T = (name: string) => `${NS}.${name}`;
// The DnsClient format views (Name Type TTL Section + the type's data) [EMU: column widths as commonly printed].
const head = [{ label: 'Name', width: 30 }, { label: 'Type', width: 6 }, { label: 'TTL', width: 5 }, { label: 'Section', width: 10 }];
const wide = [{ label: 'Name', width: 46 }, ...head.slice(1)];
registerView(T('DnsRecord_A'), { kind: 'table', properties: [...wide, 'IPAddress'] });
registerView(T('DnsRecord_PTR'), { kind: 'table', properties: [...head, 'NameHost'] });
registerView(T('DnsRecord_MX'), { kind: 'table', properties: [{ label: 'Name', width: 27 }, ...head.slice(1), { label: 'NameExchange', width: 41 }, 'Preference'] });
registerView(T('DnsRecord_TXT'), { kind: 'table', properties: [{ label: 'Name', width: 27 }, ...head.slice(1), 'Strings'] });
registerView(T('DnsRecord_SRV'), { kind: 'table', properties: [{ label: 'Name', width: 27 }, ...head.slice(1), { label: 'NameTarget', width: 30 }, 'Priority', 'Weight', 'Port'] });
registerView(T('DnsRecord_SOA'), { kind: 'table', properties: [{ label: 'Name', width: 27 }, ...head.slice(1), { label: 'PrimaryServer', width: 27 }, { label: 'NameAdministrator', width: 27 }, 'SerialNumber'] });

function enumOf(name: string): PSEnumValue {
  return new PSEnumValue(RECORD_TYPE_ENUM, name, TYPE_CODES[name] ?? 0);
}

function record(cls: string, a: { name: string; type: string; ttl: number; section: string }, data: Record<string, PSValue>, queryType: string): PSObject {
  const o = new PSObject([T(cls), T('DnsRecord'), 'System.Object']);
  const props: Record<string, PSValue> = { Name: a.name, Type: enumOf(a.type), CharacterSet: 'Unicode', Section: a.section, DataLength: 4, TTL: a.ttl, ...data, QueryType: enumOf(queryType) };
  for (const [k, v] of Object.entries(props)) o.addProperty({ name: k, value: v, memberType: 'Property' });
  return o;
}

function answerObject(a: DnsAnswer, section: string, queryType: string): PSObject {
  const base = { name: a.name, type: a.type, ttl: a.ttl, section };
  switch (a.type) {
    case 'A':
      return record('DnsRecord_A', base, { IPAddress: a.value, IP4Address: a.value }, queryType);
    case 'CNAME':
      return record('DnsRecord_PTR', base, { NameHost: a.value }, queryType);
    case 'MX':
      return record('DnsRecord_MX', base, { NameExchange: a.value, Preference: a.preference }, queryType);
    case 'TXT':
      return record('DnsRecord_TXT', base, { Strings: [a.value], Text: [a.value] }, queryType);
    case 'SRV': {
      const s = srvParts(a.value);
      return record('DnsRecord_SRV', base, { NameTarget: s.target, Priority: s.priority, Weight: s.weight, Port: s.port }, queryType);
    }
  }
}

function soaObject(zone: string, queryType: string, serial: number): PSObject {
  return record(
    'DnsRecord_SOA',
    { name: zone, type: 'SOA', ttl: 3600, section: 'Authority' },
    { PrimaryServer: `ns1.${zone}`, NameAdministrator: `hostmaster.${zone}`, SerialNumber: serial, TimeToZoneRefresh: 900, TimeToZoneFailureRetry: 600, TimeToExpiration: 86400, DefaultTTL: 3600 },
    queryType,
  );
}

const NO_EFFECT = 'the emulated resolver has no cache, hosts file, LLMNR or NetBIOS';

export const resolveDnsNameCmdlet = defineCmdlet({
  name: 'Resolve-DnsName',
  source: 'DnsClient',
  parameters: [
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, description: 'The name to look up (contoso.com, autodiscover.contoso.com).' },
    {
      name: 'Type',
      type: 'RecordType',
      dotNetType: RECORD_TYPE_ENUM,
      enumValues: RECORD_TYPES,
      sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } },
      description: 'The record type: A_AAAA (the default), A, CNAME, MX, TXT, SRV...',
    },
    { name: 'Server', type: 'String[]', description: "The DNS server to ask: the domain controller (DC01, its FQDN or 10.0.0.10) answers from the internal zones; any other server, or none, as a resolver on the Internet." },
    { name: 'DnsOnly', type: 'SwitchParameter', description: 'Uses DNS only.', noEffect: NO_EFFECT },
    { name: 'CacheOnly', type: 'SwitchParameter', description: 'Answers from the local cache only.', noEffect: NO_EFFECT },
    { name: 'NoHostsFile', type: 'SwitchParameter', description: 'Ignores the hosts file.', noEffect: NO_EFFECT },
    { name: 'NoRecursion', type: 'SwitchParameter', description: 'Asks the server not to recurse.', noEffect: 'the emulated servers always answer fully' },
    { name: 'QuickTimeout', type: 'SwitchParameter', description: 'Fails fast.', noEffect: 'no query times out' },
    { name: 'TcpOnly', type: 'SwitchParameter', description: 'Queries over TCP only.', noEffect: 'no transport is emulated' },
    { name: 'DnssecOk', type: 'SwitchParameter', description: 'Asks for DNSSEC records.', noEffect: 'the emulated zones are not signed' },
    { name: 'DnssecCd', type: 'SwitchParameter', description: 'Disables DNSSEC checking.', noEffect: 'the emulated zones are not signed' },
    { name: 'NoIdn', type: 'SwitchParameter', description: 'Turns off IDN conversion.', noEffect: 'names are ASCII' },
    { name: 'LlmnrNetbiosOnly', type: 'SwitchParameter', description: 'Uses LLMNR and NetBIOS only.', noEffect: NO_EFFECT },
    { name: 'LlmnrFallback', type: 'SwitchParameter', description: 'Falls back to LLMNR.', noEffect: NO_EFFECT },
    { name: 'LlmnrOnly', type: 'SwitchParameter', description: 'Uses LLMNR only.', noEffect: NO_EFFECT },
  ],
  outputType: [T('DnsRecord')],
  help: {
    synopsis: 'Performs a DNS query for the specified name.',
    description:
      'Answers as a resolver on the Internet sees the public zones at the virtual now (a changed record shows its old values until the old TTL expires), or, with -Server naming the domain controller, as the DC answers clients inside: its own zones first, then what it forwards to the Internet.',
    examples: [
      { title: 'Where mail for contoso.com goes', code: 'Resolve-DnsName contoso.com -Type MX' },
      { title: 'The Autodiscover record inside', code: 'Resolve-DnsName autodiscover.contoso.com -Type CNAME -Server DC01' },
      { title: 'The verification TXT record', code: 'Resolve-DnsName contoso.com -Type TXT' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname',
  },
  process(ctx) {
    const w = readWorld(ctx);
    const now = runtimeOf(ctx).clock.now();
    const name = normaliseDnsName(stringOf(ctx.params.Name));
    const t = ctx.params.Type;
    const queryType = t instanceof PSEnumValue ? t.name : t === undefined || t === null ? 'A_AAAA' : stringOf(t).toUpperCase();
    const servers = ctx.bound('Server') && ctx.params.Server !== null ? (Array.isArray(ctx.params.Server) ? ctx.params.Server : [ctx.params.Server]).map((s) => stringOf(s)) : [];
    const server = servers[0];
    if (server !== undefined && !isDomainController(w.onPrem, server)) {
      const s = normaliseDnsName(server);
      const onPremHost = w.onPrem.servers.some((x) => x.name.toLowerCase() === s || x.fqdn.toLowerCase() === s) || /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(s);
      if (onPremHost) {
        writeDnsError(ctx, 'ServerFailure', [name], name);
        return;
      }
    }
    const vantage = server !== undefined && isDomainController(w.onPrem, server) ? 'inside' : 'outside';
    const supported: DnsRecordType | null = queryType === 'A_AAAA' ? 'A' : (['A', 'CNAME', 'MX', 'TXT', 'SRV'] as const).find((x) => x === queryType) ?? null;
    // Unsupported types (AAAA, NS, PTR...) have no records here: the name's existence decides the answer.
    const r = resolveName(w, name, supported ?? 'A', now, vantage);
    if (supported === null && r.status === 'answer') {
      const zone = name.split('.').slice(-2).join('.');
      for (const a of r.answers.filter((x) => x.type === 'CNAME')) ctx.writeObject(answerObject(a, 'Answer', queryType));
      ctx.writeObject(soaObject(zone, queryType, 1));
      return;
    }
    if (r.status === 'name-error') {
      for (const a of r.answers) ctx.writeObject(answerObject(a, 'Answer', queryType));
      writeDnsError(ctx, 'NameError', [r.answers.length ? r.answers[r.answers.length - 1]!.value : name], name);
      return;
    }
    for (const a of r.answers) ctx.writeObject(answerObject(a, 'Answer', queryType));
    if (r.status === 'no-data') ctx.writeObject(soaObject(r.zone, queryType, 1));
  },
});

export const DNS_CLIENT_CMDLETS: CmdletDefinition[] = [resolveDnsNameCmdlet];
