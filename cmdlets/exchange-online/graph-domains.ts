/**
 * The Microsoft 365 admin center's Domains page as Microsoft Graph PowerShell
 * (Microsoft.Graph.Identity.DirectoryManagement): Get-MgDomain, New-MgDomain,
 * Get-MgDomainVerificationDnsRecord, Confirm-MgDomain, Update-MgDomain, Remove-MgDomain (S1 step 1:
 * add the domain, publish the TXT record, wait about 15 minutes, verify). The rules are the world's
 * (src/model/domains.ts); a verified domain is an accepted domain of Exchange Online by itself.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { confirmTenantDomain, domainVerificationRecords, newTenantDomain, removeTenantDomain, setDefaultTenantDomain, findTenantDomain } from '../../src/model';
import type { World } from '../../src/model/world';
import { guidFor } from '../../src/model/migration/determinism';
import { graphFail, graphRequest } from './graph-common';

const MODULE = 'Microsoft.Graph.Identity.DirectoryManagement';
const DOMAIN_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphDomain';
const DNS_RECORD_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphDomainDnsRecord';
const DOC = 'https://learn.microsoft.com/powershell/module/microsoft.graph.identity.directorymanagement/';

registerView(DOMAIN_TYPE, {
  kind: 'table',
  properties: ['Id', 'AuthenticationType', 'AvailabilityStatus', 'IsAdminManaged', 'IsDefault', 'IsInitial', 'IsRoot', 'IsVerified', 'Manufacturer', 'Model', 'PasswordNotificationWindowInDays', 'PasswordValidityPeriodInDays'],
});
registerView(DNS_RECORD_TYPE, { kind: 'table', properties: ['Id', 'IsOptional', 'Label', 'RecordType', 'SupportedService', 'Ttl'] });

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function prop(o: PSObject, name: string, value: PSValue): void {
  o.addProperty({ name, value, memberType: 'Property' });
}

/** The domain as Graph returns it (the initial onmicrosoft.com domain included). */
export function domainObject(w: World, name: string, availabilityStatus: string | null = null): PSObject | undefined {
  const initial = same(name, w.tenant.initialDomain);
  const d = initial ? undefined : findTenantDomain(w, name);
  if (!initial && !d) return undefined;
  const verified = initial || d!.verified;
  const isDefault = initial ? !w.tenant.domains.some((x) => x.verified && x.isDefault) : d!.isDefault;
  const o = new PSObject([DOMAIN_TYPE, 'System.Object']);
  prop(o, 'AuthenticationType', 'Managed');
  prop(o, 'AvailabilityStatus', availabilityStatus);
  prop(o, 'DomainNameReferences', null);
  prop(o, 'Id', initial ? w.tenant.initialDomain : d!.name);
  prop(o, 'IsAdminManaged', true);
  prop(o, 'IsDefault', isDefault);
  prop(o, 'IsInitial', initial);
  prop(o, 'IsRoot', true);
  prop(o, 'IsVerified', verified);
  prop(o, 'Manufacturer', null);
  prop(o, 'Model', null);
  prop(o, 'PasswordNotificationWindowInDays', verified ? 14 : null);
  prop(o, 'PasswordValidityPeriodInDays', verified ? 2147483647 : null);
  prop(o, 'ServiceConfigurationRecords', null);
  prop(o, 'SupportedServices', verified ? ['Email', 'OfficeCommunicationsOnline'] : []);
  prop(o, 'VerificationDnsRecords', null);
  return o;
}

function allDomains(w: World): string[] {
  return [w.tenant.initialDomain, ...w.tenant.domains.map((d) => d.name)];
}

/** -DomainId: a string, or a piped domain object (its Id). */
function domainIdOf(ctx: CmdletContext): string {
  const v = ctx.params.DomainId;
  if (v instanceof PSObject) return stringOf(v.get('Id') ?? null);
  return stringOf(v ?? null);
}

const DOMAIN_ID = (sets: string[], description = 'The domain: its fully qualified name (contoso.com).'): ParameterDeclaration => ({
  name: 'DomainId',
  type: 'String',
  sets: Object.fromEntries(sets.map((s) => [s, { mandatory: true, valueFromPipelineByPropertyName: true }])),
  aliases: ['Id'],
  description,
});

const HEADERS: ParameterDeclaration = { name: 'Headers', type: 'IDictionary', description: 'Extra HTTP request headers.', noEffect: 'no HTTP request leaves the emulator' };
const RESPONSE_HEADERS: ParameterDeclaration = { name: 'ResponseHeadersVariable', type: 'String', aliases: ['RHV'], description: 'A variable to receive the response headers.', noEffect: 'no HTTP response headers are modelled' };

export const getMgDomainCmdlet = defineCmdlet({
  name: 'Get-MgDomain',
  source: MODULE,
  defaultParameterSet: 'List',
  parameters: [
    DOMAIN_ID(['Get']),
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select).', noEffect: 'every property is returned' },
    { name: 'ExpandProperty', type: 'String[]', aliases: ['Expand'], description: 'Related entities to expand.', noEffect: 'no related entities are modelled' },
    { name: 'Filter', type: 'String', sets: { List: {} }, description: 'An OData filter.', noEffect: 'every domain is returned' },
    { name: 'All', type: 'SwitchParameter', sets: { List: {} }, description: 'Lists every page.' },
    { name: 'Top', type: 'Int32', sets: { List: {} }, description: 'The number of domains to return.' },
    { name: 'PageSize', type: 'Int32', sets: { List: {} }, description: 'The page size.', noEffect: 'results are not paged' },
    HEADERS,
    RESPONSE_HEADERS,
  ],
  outputType: [DOMAIN_TYPE],
  help: {
    synopsis: 'Lists the tenant\'s domains, or gets one (the admin center\'s Domains page).',
    examples: [
      { code: 'Get-MgDomain', remarks: 'Lists the domains: the initial onmicrosoft.com domain and every added domain, verified or not.' },
      { code: 'Get-MgDomain -DomainId contoso.com', remarks: 'Gets one domain: IsVerified tells whether step 1 is done.' },
    ],
    onlineUri: `${DOC}get-mgdomain`,
  },
  process(ctx) {
    if (ctx.parameterSetName === 'Get') {
      const id = domainIdOf(ctx);
      const o = graphRequest(ctx, 'Get-MgDomain_Get', (w) => domainObject(w, id) ?? graphFail('GraphDomainNotFound', [id], id), id);
      if (o) ctx.writeObject(o);
      return;
    }
    const list = graphRequest(ctx, 'Get-MgDomain_List', (w) => allDomains(w).map((n) => domainObject(w, n)!));
    if (!list) return;
    const top = ctx.bound('Top') ? Number(ctx.params.Top) : undefined;
    for (const o of top === undefined ? list : list.slice(0, top)) ctx.writeObject(o);
  },
});

export const newMgDomainCmdlet = defineCmdlet({
  name: 'New-MgDomain',
  source: MODULE,
  defaultParameterSet: 'CreateExpanded',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Id', type: 'String', sets: { CreateExpanded: {} }, description: 'The domain name to add (contoso.com).' },
    { name: 'BodyParameter', type: 'Hashtable', sets: { Create: { mandatory: true, position: 0, valueFromPipeline: true } }, description: 'The domain as a hashtable (@{Id = "contoso.com"}).' },
    { name: 'AuthenticationType', type: 'String', sets: { CreateExpanded: {} }, description: 'Managed or Federated.', noEffect: 'domains are Managed' },
    { name: 'SupportedServices', type: 'String[]', sets: { CreateExpanded: {} }, description: 'Services the domain is used for.', noEffect: 'a verified domain supports Email' },
    { name: 'AdditionalProperties', type: 'Hashtable', sets: { CreateExpanded: {} }, description: 'Extra request properties.', noEffect: 'no extra Graph properties are modelled' },
    HEADERS,
    RESPONSE_HEADERS,
  ],
  outputType: [DOMAIN_TYPE],
  help: {
    synopsis: 'Adds a domain to the tenant (unverified until Confirm-MgDomain finds its DNS record).',
    description: 'Step 1 of a cutover migration: add the on-premises SMTP domain, then publish the TXT record Get-MgDomainVerificationDnsRecord shows at the registrar and verify with Confirm-MgDomain.',
    examples: [{ code: 'New-MgDomain -Id contoso.com', remarks: 'Adds contoso.com, unverified.' }],
    onlineUri: `${DOC}new-mgdomain`,
  },
  process(ctx) {
    let id: string | undefined;
    if (ctx.parameterSetName === 'Create') {
      const body = ctx.params.BodyParameter;
      const v = body && typeof body === 'object' && 'get' in body ? (body as { get(k: string): PSValue | undefined }).get('Id') : undefined;
      id = v === undefined || v === null ? undefined : stringOf(v);
    } else if (ctx.bound('Id') && ctx.params.Id !== null) id = stringOf(ctx.params.Id);
    const name = id ?? '';
    if (!ctx.shouldProcess(name || 'domain', 'New-MgDomain_CreateExpanded')) return;
    const o = graphRequest(
      ctx,
      ctx.parameterSetName === 'Create' ? 'New-MgDomain_Create' : 'New-MgDomain_CreateExpanded',
      (w) => {
        if (!id) graphFail('GraphDomainInvalid', [''], '');
        const d = newTenantDomain(w, name);
        return domainObject(w, d.name)!;
      },
      name,
    );
    if (o) ctx.writeObject(o);
  },
});

export const getMgDomainVerificationDnsRecordCmdlet = defineCmdlet({
  name: 'Get-MgDomainVerificationDnsRecord',
  source: MODULE,
  defaultParameterSet: 'List',
  parameters: [
    DOMAIN_ID(['List']),
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select).', noEffect: 'every property is returned' },
    { name: 'All', type: 'SwitchParameter', description: 'Lists every page.' },
    HEADERS,
    RESPONSE_HEADERS,
  ],
  outputType: [DNS_RECORD_TYPE],
  help: {
    synopsis: 'Lists the DNS records that prove you own a domain: the MS=ms######## TXT record and the MX alternative.',
    description: 'Publish one of them at the registrar (Set-LabDnsRecord in the lab), wait about 15 minutes for it to be visible, then run Confirm-MgDomain. The TXT value is in AdditionalProperties.text, the MX host in AdditionalProperties.mailExchange (also shown as Text and MailExchange).',
    examples: [
      { code: 'Get-MgDomainVerificationDnsRecord -DomainId contoso.com', remarks: 'The TXT and MX verification records.' },
      { code: "(Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text", remarks: 'Just the TXT value to publish.' },
    ],
    onlineUri: `${DOC}get-mgdomainverificationdnsrecord`,
  },
  process(ctx) {
    const id = domainIdOf(ctx);
    const rows = graphRequest(
      ctx,
      'Get-MgDomainVerificationDnsRecord_List',
      (w) => {
        if (same(id, w.tenant.initialDomain)) return [];
        const d = findTenantDomain(w, id) ?? graphFail('GraphDomainNotFound', [id], id);
        return domainVerificationRecords(d).map((r) => ({ r, id: guidFor(w.random.seed, `domain-dns-record:${d.name}:${r.recordType}`) }));
      },
      id,
    );
    if (!rows) return;
    for (const { r, id: recordId } of rows) {
      const o = new PSObject([DNS_RECORD_TYPE, 'System.Object']);
      const kind = r.recordType === 'Txt' ? 'Txt' : 'Mx';
      prop(o, 'Id', recordId);
      prop(o, 'IsOptional', false);
      prop(o, 'Label', r.label);
      prop(o, 'RecordType', kind);
      prop(o, 'SupportedService', 'Email');
      prop(o, 'Ttl', r.ttl);
      if (r.text !== undefined) prop(o, 'Text', r.text);
      if (r.mailExchange !== undefined) {
        prop(o, 'MailExchange', r.mailExchange);
        prop(o, 'Preference', r.preference ?? 0);
      }
      const extra = new Map<string, PSValue>([['@odata.type', `#microsoft.graph.domainDns${kind}Record`]]);
      if (r.text !== undefined) extra.set('text', r.text);
      if (r.mailExchange !== undefined) {
        extra.set('mailExchange', r.mailExchange);
        extra.set('preference', r.preference ?? 0);
      }
      prop(o, 'AdditionalProperties', PSObject.fromRecord(Object.fromEntries(extra), ['System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]', 'System.Object']));
      ctx.writeObject(o);
    }
  },
});

export const confirmMgDomainCmdlet = defineCmdlet({
  name: 'Confirm-MgDomain',
  source: MODULE,
  defaultParameterSet: 'Verify',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [DOMAIN_ID(['Verify']), HEADERS, RESPONSE_HEADERS],
  outputType: [DOMAIN_TYPE],
  help: {
    synopsis: 'Verifies that you own a domain: succeeds once its TXT (or MX) verification record is visible in public DNS.',
    description: "Microsoft's resolvers see a new record once what they cached before has expired: the seed article says to wait about 15 minutes after adding the record. A verified domain becomes an accepted domain of Exchange Online (Get-AcceptedDomain).",
    examples: [{ code: 'Confirm-MgDomain -DomainId contoso.com', remarks: 'Verifies contoso.com; if it fails, wait a while (Set-LabClock -Advance 15m) and try again.' }],
    onlineUri: `${DOC}confirm-mgdomain`,
  },
  process(ctx) {
    const id = domainIdOf(ctx);
    if (!ctx.shouldProcess(id, 'Confirm-MgDomain_Verify')) return;
    const o = graphRequest(
      ctx,
      'Confirm-MgDomain_Verify',
      (w) => {
        const d = confirmTenantDomain(w, id, w.clock.now);
        return domainObject(w, d.name, 'AvailableImmediately')!;
      },
      id,
    );
    if (o) ctx.writeObject(o);
  },
});

export const updateMgDomainCmdlet = defineCmdlet({
  name: 'Update-MgDomain',
  source: MODULE,
  defaultParameterSet: 'UpdateExpanded',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    DOMAIN_ID(['UpdateExpanded']),
    { name: 'IsDefault', type: 'SwitchParameter', sets: { UpdateExpanded: {} }, description: 'Makes the domain the default for new users and addresses (-IsDefault:$false clears it).' },
    { name: 'SupportedServices', type: 'String[]', sets: { UpdateExpanded: {} }, description: 'Services the domain is used for.', noEffect: 'a verified domain supports Email' },
    { name: 'AuthenticationType', type: 'String', sets: { UpdateExpanded: {} }, description: 'Managed or Federated.', noEffect: 'domains are Managed' },
    { name: 'AdditionalProperties', type: 'Hashtable', sets: { UpdateExpanded: {} }, description: 'Extra request properties.', noEffect: 'no extra Graph properties are modelled' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Returns true when the request succeeds.' },
    HEADERS,
    RESPONSE_HEADERS,
  ],
  help: {
    synopsis: 'Updates a verified domain; -IsDefault makes it the default domain.',
    examples: [{ code: 'Update-MgDomain -DomainId contoso.com -IsDefault', remarks: 'contoso.com becomes the default domain (and Exchange Online\'s default accepted domain).' }],
    onlineUri: `${DOC}update-mgdomain`,
  },
  process(ctx) {
    const id = domainIdOf(ctx);
    if (!ctx.shouldProcess(id, 'Update-MgDomain_UpdateExpanded')) return;
    const ok = graphRequest(
      ctx,
      'Update-MgDomain_UpdateExpanded',
      (w) => {
        if (!same(id, w.tenant.initialDomain) && !findTenantDomain(w, id)) graphFail('GraphDomainNotFound', [id], id);
        if (ctx.bound('IsDefault')) setDefaultTenantDomain(w, id, ctx.params.IsDefault === true);
        else if (!same(id, w.tenant.initialDomain) && !findTenantDomain(w, id)!.verified) graphFail('GraphDomainUnverified', [], id);
        return true;
      },
      id,
    );
    if (ok && ctx.params.PassThru === true) ctx.writeObject(true);
  },
});

export const removeMgDomainCmdlet = defineCmdlet({
  name: 'Remove-MgDomain',
  source: MODULE,
  defaultParameterSet: 'Delete',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    DOMAIN_ID(['Delete']),
    { name: 'IfMatch', type: 'String', description: 'ETag value.', noEffect: 'domains carry no ETag' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Returns true when the request succeeds.' },
    HEADERS,
    RESPONSE_HEADERS,
  ],
  help: {
    synopsis: 'Removes a domain from the tenant (never the initial domain, the default one, or one still in use).',
    examples: [{ code: 'Remove-MgDomain -DomainId fabrikam.com', remarks: 'Removes fabrikam.com.' }],
    onlineUri: `${DOC}remove-mgdomain`,
  },
  process(ctx) {
    const id = domainIdOf(ctx);
    if (!ctx.shouldProcess(id, 'Remove-MgDomain_Delete')) return;
    const ok = graphRequest(ctx, 'Remove-MgDomain_Delete', (w) => {
      removeTenantDomain(w, id);
      return true;
    }, id);
    if (ok && ctx.params.PassThru === true) ctx.writeObject(true);
  },
});

export const GRAPH_DOMAIN_CMDLETS: CmdletDefinition[] = [
  getMgDomainCmdlet,
  newMgDomainCmdlet,
  getMgDomainVerificationDnsRecordCmdlet,
  confirmMgDomainCmdlet,
  updateMgDomainCmdlet,
  removeMgDomainCmdlet,
];
