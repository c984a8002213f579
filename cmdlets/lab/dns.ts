/**
 * The public zone at the registrar (lab commands: no standard PowerShell manages a registrar's
 * zone). Get-LabDnsRecord / Set-LabDnsRecord / Remove-LabDnsRecord read and publish record sets
 * through the world's rule (src/model/dns-records.ts setDnsRecord): a change is seen by Internet
 * resolvers only once the TTL in force when they cached the old answer has expired, which is why
 * the cutover article says to lower the MX TTL ahead of the switch. Each row shows the value
 * published now and, while resolvers may still hold the old one, the old value and PropagatedAt.
 *
 * Names: `@` (or the zone's own name) for the apex, a label relative to the zone (`autodiscover`)
 * or the FQDN. SRV values: `-Value '0 0 443 autodiscover.outlook.com'` (priority weight port
 * target), or `-Value autodiscover.outlook.com -Priority 0 -Weight 0 -Port 443`.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSDateTime, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { dnsValueProblem, fqdnIn, normaliseDnsName, setDnsRecord } from '../../src/model';
import type { DnsRecordSet, DnsRecordType, DnsValue, DnsZone, World } from '../../src/model/world';
import type { DeepReadonly } from '../../src/store/readonly';
import { readWorld, runtimeOf } from '../exchange-online/context';
import { writeDnsError } from '../dns-messages';

const LAB_MODULE = 'ExoEmulator.Lab';
export const LAB_DNS_RECORD_TYPE = 'ExoEmulator.LabDnsRecord';
const TYPES: DnsRecordType[] = ['MX', 'CNAME', 'TXT', 'A', 'SRV'];

registerView(LAB_DNS_RECORD_TYPE, {
  kind: 'table',
  properties: ['Zone', 'Name', 'Type', 'TTL', 'Preference', 'Value', { label: 'PropagatedAt', expression: (v) => (v instanceof PSObject ? (v.get('PropagatedAt') ?? null) : null) }],
});

function rowsOf(zone: DeepReadonly<DnsZone>, set: DeepReadonly<DnsRecordSet>, now: number): PSObject[] {
  const pending = set.previous && now < set.previous.visibleUntil ? set.previous : null;
  const old = pending ? pending.values.map((v) => (set.type === 'MX' ? `${v.preference} ${v.value}` : v.value)).join(', ') : null;
  return set.values.map((v) =>
    PSObject.fromRecord(
      {
        Zone: zone.name,
        Name: set.name,
        Type: set.type,
        TTL: set.ttl,
        Value: v.value,
        Preference: set.type === 'MX' || set.type === 'SRV' ? v.preference : null,
        ChangedAt: new PSDateTime(set.changedAt, 'Utc'),
        CachedValue: old,
        CachedTTL: pending ? pending.ttl : null,
        PropagatedAt: pending ? new PSDateTime(pending.visibleUntil, 'Utc') : null,
      },
      [LAB_DNS_RECORD_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object'],
    ),
  );
}

function zoneOf(ctx: CmdletContext, w: DeepReadonly<World>, name: string): DeepReadonly<DnsZone> | undefined {
  const z = w.dns.zones.find((x) => x.name === normaliseDnsName(name));
  if (!z) writeDnsError(ctx, 'LabZoneNotFound', [name, w.dns.zones.map((x) => x.name).join(', ')], name);
  return z;
}

const typeParam = (mandatory: boolean, position: number) => ({
  name: 'Type',
  type: 'String',
  validateSet: TYPES,
  sets: { __AllParameterSets: { position, mandatory, valueFromPipelineByPropertyName: true } },
  description: 'The record type: MX, CNAME, TXT, A or SRV.',
});

export const getLabDnsRecord = defineCmdlet({
  name: 'Get-LabDnsRecord',
  source: LAB_MODULE,
  parameters: [
    { name: 'Zone', type: 'String', sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } }, description: 'The zone at the registrar (contoso.com). Without it, every hosted zone.' },
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } }, description: "The record's name: '@' for the zone itself, a label (autodiscover) or the FQDN." },
    typeParam(false, 2),
  ],
  outputType: [LAB_DNS_RECORD_TYPE],
  help: {
    synopsis: "Lists the records of the public zone at the domain registrar, with what Internet resolvers may still have cached.",
    description:
      'One row per value. While a change has not propagated (resolvers may keep the old answer for the TTL that was in force when they cached it), CachedValue shows the old value and PropagatedAt when every resolver has the new one. Resolve-DnsName shows what a resolver answers.',
    examples: [
      { title: 'The MX record of contoso.com', code: 'Get-LabDnsRecord -Zone contoso.com -Type MX' },
      { title: 'Every record, with the pending changes', code: 'Get-LabDnsRecord | Format-List' },
    ],
  },
  process(ctx) {
    const w = readWorld(ctx);
    const now = runtimeOf(ctx).clock.now();
    let zones: readonly DeepReadonly<DnsZone>[] = w.dns.zones;
    if (ctx.bound('Zone') && ctx.params.Zone !== null) {
      const z = zoneOf(ctx, w, stringOf(ctx.params.Zone));
      if (!z) return;
      zones = [z];
    }
    const type = ctx.bound('Type') && ctx.params.Type !== null ? stringOf(ctx.params.Type).toUpperCase() : null;
    const nameArg = ctx.bound('Name') && ctx.params.Name !== null ? stringOf(ctx.params.Name) : null;
    let found = 0;
    for (const z of zones) {
      const name = nameArg === null ? null : fqdnIn(z.name, nameArg);
      for (const set of z.records) {
        if ((name !== null && set.name !== name) || (type !== null && set.type !== type) || set.values.length === 0) continue;
        for (const row of rowsOf(z, set, now)) {
          ctx.writeObject(row);
          found++;
        }
      }
    }
    if (found === 0 && nameArg !== null) {
      const z = zones[0]!;
      writeDnsError(ctx, 'LabRecordNotFound', [z.name, type ?? '', fqdnIn(z.name, nameArg), ''], nameArg);
    }
  },
});

/** The values a Set-LabDnsRecord call publishes (validated), or null after writing the error. */
function valuesOf(ctx: CmdletContext, type: DnsRecordType, existing: DeepReadonly<DnsRecordSet> | undefined): DnsValue[] | null {
  const raw = ctx.params.Value;
  const items = raw === undefined || raw === null ? [] : (Array.isArray(raw) ? raw : [raw]).map((x: PSValue) => stringOf(x).trim());
  const pref = ctx.bound('Preference') ? Number(ctx.params.Preference) : undefined;
  const out: DnsValue[] = [];
  for (let v of items) {
    if (type === 'SRV' && !/^\d+\s+\d+\s+\d+\s+\S+$/.test(v)) {
      const n = (p: string, d: number) => (ctx.bound(p) ? Number(ctx.params[p]) : d);
      v = `${n('Priority', pref ?? 0)} ${n('Weight', 0)} ${n('Port', 443)} ${v}`;
    }
    const problem = dnsValueProblem(type, v);
    if (problem) {
      writeDnsError(ctx, 'LabBadValue', [v, type, problem], v);
      return null;
    }
    if (type === 'SRV') v = v.split(/\s+/).join(' ');
    const preference = type === 'MX' ? (pref ?? existing?.values[0]?.preference ?? 10) : type === 'SRV' ? Number(v.split(' ')[0]) : 0;
    out.push({ value: type === 'TXT' || type === 'A' ? v : normaliseDnsName(v), preference });
  }
  return out;
}

export const setLabDnsRecord = defineCmdlet({
  name: 'Set-LabDnsRecord',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Zone', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The zone at the registrar (contoso.com).' },
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, description: "The record's name: '@' for the zone itself, a label (autodiscover) or the FQDN." },
    typeParam(true, 2),
    {
      name: 'Value',
      type: 'String[]',
      sets: { __AllParameterSets: { position: 3 } },
      description:
        "The record's values, replacing the current ones (with -Append, added to them): MX and CNAME a host name, A an IPv4 address, TXT the text, SRV '<priority> <weight> <port> <target>' or the target with -Priority/-Weight/-Port. Omit it to change only the TTL or preference.",
    },
    { name: 'TTL', type: 'Int32', validateRange: [0, 2147483647], description: 'Time to live in seconds (the current one, or 3600 for a new record). Lower it a day ahead of a change so resolvers pick the change up quickly.' },
    { name: 'Preference', type: 'Int32', validateRange: [0, 65535], description: 'MX preference (lower wins; the current one, or 10); for SRV, the priority.' },
    { name: 'Priority', type: 'Int32', validateRange: [0, 65535], description: 'SRV priority when -Value is only the target (default 0).' },
    { name: 'Weight', type: 'Int32', validateRange: [0, 65535], description: 'SRV weight when -Value is only the target (default 0).' },
    { name: 'Port', type: 'Int32', validateRange: [0, 65535], description: 'SRV port when -Value is only the target (default 443).' },
    { name: 'Append', type: 'SwitchParameter', description: 'Adds the values to the record set instead of replacing it (a second TXT record, a backup MX).' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the record as published.' },
  ],
  outputType: [LAB_DNS_RECORD_TYPE],
  help: {
    synopsis: 'Creates or changes a record in the public zone at the domain registrar.',
    description:
      'Publishes the record set at the virtual now. Resolvers on the Internet keep what they cached for the TTL in force when they cached it: until then Resolve-DnsName (and mail senders) still see the old values; Get-LabDnsRecord shows when the change has propagated (PropagatedAt).',
    examples: [
      { title: 'Lower the MX TTL a day ahead of the switch', code: "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 300" },
      { title: 'Point MX at Microsoft 365 (Step 5)', code: "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value contoso-com.mail.protection.outlook.com -Preference 0" },
      { title: 'Add the verification TXT record next to the SPF record', code: "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value MS=ms12345678 -Append" },
      { title: 'The Autodiscover CNAME after the migration', code: 'Set-LabDnsRecord -Zone contoso.com -Name autodiscover -Type CNAME -Value autodiscover.outlook.com' },
      { title: 'An Autodiscover SRV record', code: "Set-LabDnsRecord -Zone contoso.com -Name _autodiscover._tcp -Type SRV -Value '0 0 443 autodiscover.outlook.com'" },
    ],
  },
  process(ctx) {
    const target = recordTarget(ctx);
    if (!target) return;
    const { rt, zone, type, name, existing } = target;
    const given = ctx.bound('Value') && ctx.params.Value !== null;
    if (!given && !existing) {
      writeDnsError(ctx, 'LabNoValue', [type, type === 'MX' ? ' (the mail server, and -Preference)' : ''], name);
      return;
    }
    const values = given ? valuesOf(ctx, type, existing) : existing!.values.map((v) => ({ ...v, preference: type === 'MX' && ctx.bound('Preference') ? Number(ctx.params.Preference) : v.preference }));
    if (!values) return;
    const others = zone.records.filter((r) => r.name === name && r.type !== type && r.values.length > 0);
    if (others.length > 0 && (type === 'CNAME' || others.some((r) => r.type === 'CNAME'))) {
      writeDnsError(ctx, 'LabCnameCollision', [name], name);
      return;
    }
    const merged = ctx.params.Append === true && existing ? [...existing.values.map((v) => ({ ...v })), ...values.filter((v) => !existing.values.some((x) => x.value === v.value))] : values;
    const ttl = ctx.bound('TTL') ? Number(ctx.params.TTL) : (existing?.ttl ?? 3600);
    const shown = merged.map((v) => (type === 'MX' ? `${v.preference} ${v.value}` : v.value)).join(', ');
    if (!ctx.shouldProcess(`${type} ${name}`, `Set DNS record (TTL ${ttl}: ${shown})`)) return;
    rt.store.transaction((world) => setDnsRecord(world, { name, type, ttl, values: merged }, rt.clock.now()));
    if (ctx.params.PassThru === true) {
      const after = readWorld(ctx).dns.zones.find((z) => z.name === zone.name)!;
      const set = after.records.find((r) => r.name === name && r.type === type)!;
      for (const row of rowsOf(after, set, rt.clock.now())) ctx.writeObject(row);
    }
  },
});

/** The zone, type and full name a Set/Remove-LabDnsRecord names, and the record set there now (an unknown zone is written as its error). */
function recordTarget(ctx: CmdletContext) {
  const rt = runtimeOf(ctx);
  const zone = zoneOf(ctx, readWorld(ctx), stringOf(ctx.params.Zone));
  if (!zone) return null;
  const type = stringOf(ctx.params.Type).toUpperCase() as DnsRecordType;
  const name = fqdnIn(zone.name, stringOf(ctx.params.Name));
  const existing = zone.records.find((r) => r.name === name && r.type === type && r.values.length > 0);
  return { rt, zone, type, name, existing };
}

export const removeLabDnsRecord = defineCmdlet({
  name: 'Remove-LabDnsRecord',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [
    { name: 'Zone', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The zone at the registrar (contoso.com).' },
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, description: "The record's name: '@', a label or the FQDN." },
    typeParam(true, 2),
    { name: 'Value', type: 'String[]', sets: { __AllParameterSets: { position: 3, valueFromPipelineByPropertyName: true } }, description: 'Removes only these values; without it, the whole record set.' },
  ],
  help: {
    synopsis: 'Removes a record from the public zone at the domain registrar.',
    description: 'The removal propagates like a change: resolvers may keep answering with the old values until the TTL expires.',
    examples: [
      { title: 'Remove the verification TXT value once the domain is verified', code: "Remove-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value MS=ms12345678" },
      { title: 'Remove a record piped from Get-LabDnsRecord', code: 'Get-LabDnsRecord contoso.com autodiscover CNAME | Remove-LabDnsRecord -Confirm:$false' },
    ],
  },
  process(ctx) {
    const target = recordTarget(ctx);
    if (!target) return;
    const { rt, zone, type, name, existing } = target;
    const raw = ctx.bound('Value') && ctx.params.Value !== null ? ctx.params.Value : null;
    const drop = raw === null ? null : (Array.isArray(raw) ? raw : [raw]).map((x: PSValue) => stringOf(x).trim());
    const norm = (v: string) => (type === 'TXT' || type === 'A' ? v : normaliseDnsName(v));
    const missing = drop?.find((d) => !existing?.values.some((v) => v.value === norm(d)));
    if (!existing || missing !== undefined) {
      writeDnsError(ctx, 'LabRecordNotFound', [zone.name, type, name, missing !== undefined ? ` with the value '${missing}'` : ''], name);
      return;
    }
    const keep = drop === null ? [] : existing.values.filter((v) => !drop.some((d) => norm(d) === v.value)).map((v) => ({ ...v }));
    if (!ctx.shouldProcess(`${type} ${name}`, drop === null ? 'Remove DNS record' : `Remove DNS record value ${drop.join(', ')}`)) return;
    rt.store.transaction((world) => setDnsRecord(world, { name, type, ttl: existing.ttl, values: keep }, rt.clock.now()));
  },
});

export const LAB_DNS_CMDLETS: CmdletDefinition[] = [getLabDnsRecord, setLabDnsRecord, removeLabDnsRecord];
