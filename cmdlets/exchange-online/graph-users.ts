/**
 * The admin center's Users and Licenses pages as Microsoft Graph PowerShell: Get-MgUser,
 * Update-MgUser -UsageLocation, Get-MgUserLicenseDetail (Microsoft.Graph.Users) and
 * Get-MgSubscribedSku (Microsoft.Graph.Identity.DirectoryManagement). S1 step 7: migrated users
 * need a usage location, then a license, before the 30-day grace period ends. The licensing rules
 * are the world's (src/model/licensing.ts).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { assignedCount, setUsageLocation, skuInfo } from '../../src/model';
import type { TenantUser, World } from '../../src/model/world';
import type { DeepReadonly } from '../../src/store/readonly';
import { guidFor } from '../../src/model/migration/determinism';
import { graphFail, graphRequest } from './graph-common';

const USERS_MODULE = 'Microsoft.Graph.Users';
const DIRECTORY_MODULE = 'Microsoft.Graph.Identity.DirectoryManagement';
export const USER_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser';
const SKU_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphSubscribedSku';
const LICENSE_DETAILS_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseDetails';
const PLAN_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphServicePlanInfo';
const ASSIGNED_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphAssignedLicense';
const UNITS_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail';

registerView(USER_TYPE, { kind: 'table', properties: ['DisplayName', 'Id', 'Mail', 'UserPrincipalName'] });
registerView(SKU_TYPE, { kind: 'table', properties: ['SkuId', 'SkuPartNumber', 'ConsumedUnits', 'AppliesTo', 'CapabilityStatus'] });
registerView(LICENSE_DETAILS_TYPE, { kind: 'table', properties: ['Id', 'SkuId', 'SkuPartNumber'] });
registerView(PLAN_TYPE, { kind: 'table', properties: ['AppliesTo', 'ProvisioningStatus', 'ServicePlanId', 'ServicePlanName'] });

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function prop(o: PSObject, name: string, value: PSValue): void {
  o.addProperty({ name, value, memberType: 'Property' });
}

export function guidOfUser(w: World, upn: string): string {
  return guidFor(w.random.seed, `user:${upn.toLowerCase()}`);
}

function tenantId(w: World): string {
  return guidFor(w.random.seed, 'tenant-id');
}

/** A user by -UserId: object id or user principal name. */
export function findGraphUser(w: World, id: string): DeepReadonly<TenantUser> | undefined {
  return w.tenant.users.find((u) => same(u.userPrincipalName, id) || same(guidOfUser(w, u.userPrincipalName), id));
}

function mailOf(w: World, u: DeepReadonly<TenantUser>): string | null {
  return w.tenant.mailboxes.find((m) => same(m.userPrincipalName, u.userPrincipalName))?.primarySmtpAddress ?? null;
}

/**
 * The user as Graph returns it. Graph's default $select omits UsageLocation and AssignedLicenses:
 * they are $null unless -Property names them (or `*`).
 */
export function userObject(w: World, u: DeepReadonly<TenantUser>, selected: string[] = []): PSObject {
  const wants = (p: string) => selected.some((s) => s === '*' || same(s, p));
  const o = new PSObject([USER_TYPE, 'System.Object']);
  prop(o, 'AssignedLicenses', wants('AssignedLicenses') ? u.licenses.map((l) => assignedLicense(skuInfo(l).skuId)) : null);
  prop(o, 'BusinessPhones', []);
  prop(o, 'DisplayName', u.displayName);
  prop(o, 'GivenName', null);
  prop(o, 'Id', guidOfUser(w, u.userPrincipalName));
  prop(o, 'JobTitle', null);
  prop(o, 'Mail', mailOf(w, u));
  prop(o, 'MobilePhone', null);
  prop(o, 'OfficeLocation', null);
  prop(o, 'PreferredLanguage', null);
  prop(o, 'Surname', null);
  prop(o, 'UsageLocation', wants('UsageLocation') ? u.usageLocation : null);
  prop(o, 'UserPrincipalName', u.userPrincipalName);
  return o;
}

function assignedLicense(skuId: string): PSObject {
  const o = new PSObject([ASSIGNED_TYPE, 'System.Object']);
  prop(o, 'DisabledPlans', []);
  prop(o, 'SkuId', skuId);
  return o;
}

/** Graph's OData $filter, the clauses admins type: `prop eq 'value'`, `startswith(prop,'v')`, joined by `and`. */
function filterUsers(w: World, users: readonly DeepReadonly<TenantUser>[], filter: string): DeepReadonly<TenantUser>[] {
  const field = (u: DeepReadonly<TenantUser>, p: string): string | null => {
    switch (p.toLowerCase()) {
      case 'userprincipalname':
        return u.userPrincipalName;
      case 'displayname':
        return u.displayName;
      case 'mail':
        return mailOf(w, u);
      case 'usagelocation':
        return u.usageLocation;
      case 'id':
        return guidOfUser(w, u.userPrincipalName);
      default:
        return graphFail('GraphFilterInvalid', [filter]);
    }
  };
  const clauses = filter.split(/\s+and\s+/i).map((c) => {
    const eq = /^\s*(\w+)\s+eq\s+(?:'((?:[^']|'')*)'|(null))\s*$/i.exec(c);
    if (eq) return (u: DeepReadonly<TenantUser>) => (eq[3] ? field(u, eq[1]!) === null : (field(u, eq[1]!) ?? '').toLowerCase() === eq[2]!.replace(/''/g, "'").toLowerCase());
    const sw = /^\s*startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(c);
    if (sw) return (u: DeepReadonly<TenantUser>) => (field(u, sw[1]!) ?? '').toLowerCase().startsWith(sw[2]!.replace(/''/g, "'").toLowerCase());
    return graphFail('GraphFilterInvalid', [c.trim()]);
  });
  return users.filter((u) => clauses.every((f) => f(u)));
}

function selectedOf(ctx: CmdletContext): string[] {
  if (!ctx.bound('Property')) return [];
  const v = ctx.params.Property;
  return (Array.isArray(v) ? v : [v]).flatMap((x) => stringOf(x).split(',')).map((s) => s.trim()).filter(Boolean);
}

const USER_ID = (sets: string[]): ParameterDeclaration => ({
  name: 'UserId',
  type: 'String',
  sets: Object.fromEntries(sets.map((s) => [s, { mandatory: true, valueFromPipelineByPropertyName: true }])),
  aliases: ['Id'],
  description: 'The user: object id or user principal name.',
});
const HEADERS: ParameterDeclaration = { name: 'Headers', type: 'IDictionary', description: 'Extra HTTP request headers.', noEffect: 'no HTTP request leaves the emulator' };

export const getMgUserCmdlet = defineCmdlet({
  name: 'Get-MgUser',
  source: USERS_MODULE,
  defaultParameterSet: 'List',
  parameters: [
    USER_ID(['Get']),
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select): e.g. UsageLocation, AssignedLicenses; * for all.' },
    { name: 'Filter', type: 'String', sets: { List: {} }, description: "An OData filter: userPrincipalName eq 'x', startswith(displayName,'S'), usageLocation eq null." },
    { name: 'Search', type: 'String', sets: { List: {} }, description: 'A search expression.', noEffect: '$search is not modelled; use -Filter' },
    { name: 'All', type: 'SwitchParameter', sets: { List: {} }, description: 'Lists every page (without it Graph returns the first 100).' },
    { name: 'Top', type: 'Int32', sets: { List: {} }, description: 'The number of users to return.' },
    { name: 'ConsistencyLevel', type: 'String', aliases: ['CV'], sets: { List: {} }, description: 'eventual for advanced queries.', noEffect: 'every query is answered at once' },
    { name: 'ExpandProperty', type: 'String[]', aliases: ['Expand'], description: 'Related entities to expand.', noEffect: 'no related entities are modelled' },
    HEADERS,
  ],
  outputType: [USER_TYPE],
  help: {
    synopsis: 'Lists the tenant\'s users, or gets one.',
    examples: [
      { code: 'Get-MgUser -All', remarks: 'Every user: DisplayName, Id, Mail, UserPrincipalName.' },
      { code: 'Get-MgUser -UserId sara.lindqvist@contoso.com -Property DisplayName,UsageLocation,AssignedLicenses', remarks: 'The properties licensing depends on (Graph returns them only when asked).' },
      { code: "Get-MgUser -Filter \"usageLocation eq null\" -Property UserPrincipalName,UsageLocation", remarks: 'Users who need a usage location before they can be licensed.' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users/get-mguser',
  },
  process(ctx) {
    const selected = selectedOf(ctx);
    if (ctx.parameterSetName === 'Get') {
      const id = stringOf(ctx.params.UserId);
      const o = graphRequest(ctx, 'Get-MgUser_Get', (w) => userObject(w, findGraphUser(w, id) ?? graphFail('GraphUserNotFound', [id], id), selected), id);
      if (o) ctx.writeObject(o);
      return;
    }
    const list = graphRequest(ctx, 'Get-MgUser_List', (w) => {
      const users = ctx.bound('Filter') && ctx.params.Filter !== null ? filterUsers(w, w.tenant.users, stringOf(ctx.params.Filter)) : [...w.tenant.users];
      return users.map((u) => userObject(w, u, selected));
    });
    if (!list) return;
    const top = ctx.bound('Top') ? Number(ctx.params.Top) : ctx.params.All === true ? undefined : 100;
    for (const o of top === undefined ? list : list.slice(0, top)) ctx.writeObject(o);
  },
});

export const updateMgUserCmdlet = defineCmdlet({
  name: 'Update-MgUser',
  source: USERS_MODULE,
  defaultParameterSet: 'UpdateExpanded',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    USER_ID(['UpdateExpanded']),
    { name: 'UsageLocation', type: 'String', sets: { UpdateExpanded: {} }, description: 'Two-letter country code (US, GB, DE...): required before a license can be assigned.' },
    { name: 'DisplayName', type: 'String', sets: { UpdateExpanded: {} }, description: 'The display name.', noEffect: 'display names follow the migrated mailboxes' },
    { name: 'AdditionalProperties', type: 'Hashtable', sets: { UpdateExpanded: {} }, description: 'Extra request properties.', noEffect: 'no extra Graph properties are modelled' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Returns true when the request succeeds.' },
    HEADERS,
  ],
  help: {
    synopsis: "Updates a user; -UsageLocation sets the country that licensing needs.",
    examples: [{ code: 'Update-MgUser -UserId sara.lindqvist@contoso.com -UsageLocation US', remarks: 'Sets the usage location so Set-MgUserLicense can assign a license.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users/update-mguser',
  },
  process(ctx) {
    const id = stringOf(ctx.params.UserId);
    if (!ctx.shouldProcess(id, 'Update-MgUser_UpdateExpanded')) return;
    const ok = graphRequest(
      ctx,
      'Update-MgUser_UpdateExpanded',
      (w) => {
        const u = findGraphUser(w, id) ?? graphFail('GraphUserNotFound', [id], id);
        if (ctx.bound('UsageLocation')) {
          const v = ctx.params.UsageLocation;
          setUsageLocation(w, u.userPrincipalName, v === null || v === '' ? null : stringOf(v));
        }
        return true;
      },
      id,
    );
    if (ok && ctx.params.PassThru === true) ctx.writeObject(true);
  },
});

function planObject(p: { servicePlanId: string; servicePlanName: string; appliesTo: string }): PSObject {
  const o = new PSObject([PLAN_TYPE, 'System.Object']);
  prop(o, 'AppliesTo', p.appliesTo);
  prop(o, 'ProvisioningStatus', 'Success');
  prop(o, 'ServicePlanId', p.servicePlanId);
  prop(o, 'ServicePlanName', p.servicePlanName);
  return o;
}

export const getMgUserLicenseDetailCmdlet = defineCmdlet({
  name: 'Get-MgUserLicenseDetail',
  source: USERS_MODULE,
  defaultParameterSet: 'List',
  parameters: [
    USER_ID(['List']),
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select).', noEffect: 'every property is returned' },
    { name: 'All', type: 'SwitchParameter', description: 'Lists every page.' },
    HEADERS,
  ],
  outputType: [LICENSE_DETAILS_TYPE],
  help: {
    synopsis: "Lists a user's licenses with their service plans.",
    examples: [{ code: 'Get-MgUserLicenseDetail -UserId sara.lindqvist@contoso.com', remarks: 'Id, SkuId and SkuPartNumber of each assigned license; ServicePlans lists what it includes.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users/get-mguserlicensedetail',
  },
  process(ctx) {
    const id = stringOf(ctx.params.UserId);
    const rows = graphRequest(
      ctx,
      'Get-MgUserLicenseDetail_List',
      (w) => {
        const u = findGraphUser(w, id) ?? graphFail('GraphUserNotFound', [id], id);
        return u.licenses.map((l) => {
          const info = skuInfo(l);
          const o = new PSObject([LICENSE_DETAILS_TYPE, 'System.Object']);
          prop(o, 'Id', guidFor(w.random.seed, `license-detail:${u.userPrincipalName.toLowerCase()}:${info.skuId}`));
          prop(o, 'ServicePlans', info.servicePlans.map(planObject));
          prop(o, 'SkuId', info.skuId);
          prop(o, 'SkuPartNumber', l);
          return o;
        });
      },
      id,
    );
    for (const o of rows ?? []) ctx.writeObject(o);
  },
});

export const getMgSubscribedSkuCmdlet = defineCmdlet({
  name: 'Get-MgSubscribedSku',
  source: DIRECTORY_MODULE,
  defaultParameterSet: 'List',
  parameters: [
    { name: 'SubscribedSkuId', type: 'String', sets: { Get: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'One subscription: <tenant id>_<SkuId>.' },
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select).', noEffect: 'every property is returned' },
    { name: 'All', type: 'SwitchParameter', sets: { List: {} }, description: 'Lists every page.' },
    HEADERS,
  ],
  outputType: [SKU_TYPE],
  help: {
    synopsis: "Lists the tenant's subscriptions: each SKU's units bought (PrepaidUnits.Enabled) and assigned (ConsumedUnits).",
    examples: [
      { code: 'Get-MgSubscribedSku | Select-Object SkuPartNumber, SkuId, ConsumedUnits, @{n="Enabled";e={$_.PrepaidUnits.Enabled}}', remarks: 'Licenses used and available.' },
    ],
    onlineUri: `https://learn.microsoft.com/powershell/module/microsoft.graph.identity.directorymanagement/get-mgsubscribedsku`,
  },
  process(ctx) {
    const want = ctx.parameterSetName === 'Get' ? stringOf(ctx.params.SubscribedSkuId) : undefined;
    const rows = graphRequest(
      ctx,
      want === undefined ? 'Get-MgSubscribedSku_List' : 'Get-MgSubscribedSku_Get',
      (w) => {
        const tid = tenantId(w);
        const all = w.tenant.licenses.map((l) => {
          const info = skuInfo(l.skuPartNumber);
          const o = new PSObject([SKU_TYPE, 'System.Object']);
          prop(o, 'AccountId', tid);
          prop(o, 'AccountName', w.tenant.name);
          prop(o, 'AppliesTo', 'User');
          prop(o, 'CapabilityStatus', 'Enabled');
          prop(o, 'ConsumedUnits', assignedCount(w, l.skuPartNumber));
          prop(o, 'Id', `${tid}_${info.skuId}`);
          const units = new PSObject([UNITS_TYPE, 'System.Object']);
          prop(units, 'Enabled', l.total);
          prop(units, 'LockedOut', 0);
          prop(units, 'Suspended', 0);
          prop(units, 'Warning', 0);
          prop(o, 'PrepaidUnits', units);
          prop(o, 'ServicePlans', info.servicePlans.map(planObject));
          prop(o, 'SkuId', info.skuId);
          prop(o, 'SkuPartNumber', l.skuPartNumber);
          prop(o, 'SubscriptionIds', [guidFor(w.random.seed, `subscription:${l.skuPartNumber}`)]);
          return o;
        });
        if (want === undefined) return all;
        const hit = all.find((o) => same(stringOf(o.get('Id') ?? null), want));
        return hit ? [hit] : graphFail('GraphDomainNotFound', [want], want);
      },
      want,
    );
    for (const o of rows ?? []) ctx.writeObject(o);
  },
});

export const GRAPH_USER_CMDLETS: CmdletDefinition[] = [getMgUserCmdlet, updateMgUserCmdlet, getMgUserLicenseDetailCmdlet, getMgSubscribedSkuCmdlet];
