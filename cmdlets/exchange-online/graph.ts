/**
 * Microsoft Graph PowerShell, the part the migration needs: Connect-MgGraph / Disconnect-MgGraph and
 * Set-MgUserLicense in Graph's form (`Set-MgUserLicense -UserId <upn> -AddLicenses @{SkuId = '<guid>'}
 * -RemoveLicenses @()`), to license migrated users before the 30-day grace ends (S0 section 7).
 * The licensing rules are the world's (src/model/licensing.ts).
 */
import { GRAPH_ORGANIZATION_CMDLETS } from './graph-organization';
import { defineCmdlet, type CmdletDefinition } from '../../src/engine/cmdlet';
import { graphConnections } from './graph-common';
import { GRAPH_DOMAIN_CMDLETS } from './graph-domains';
import { GRAPH_USER_CMDLETS } from './graph-users';
import { PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { assignLicense, removeLicense, skuInfo, SKU_CATALOGUE, tenantSkuOf, WorldError } from '../../src/model';
import { exchangeMessage, fail, inTransaction, readWorld } from './context';
import { graphFail, graphRequest } from './graph-common';
import { findGraphUser, userObject } from './graph-users';



/** The Microsoft Graph Command Line Tools application that delegated sign-ins use. */
const GRAPH_CLI_APP = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

export const connectMgGraphCmdlet = defineCmdlet({
  name: 'Connect-MgGraph',
  source: 'Microsoft.Graph.Authentication',
  parameters: [
    { name: 'Scopes', type: 'String[]', sets: { UserParameterSet: { position: 0 } }, description: 'The delegated permissions to ask for, e.g. User.ReadWrite.All, Organization.Read.All.' },
    { name: 'TenantId', type: 'String', aliases: ['Audience', 'Tenant'], description: 'The tenant to sign in to.', noEffect: 'the emulated tenant is the only one' },
    { name: 'NoWelcome', type: 'SwitchParameter', description: 'Hides the welcome message.' },
    { name: 'ClientId', type: 'String', aliases: ['AppId', 'ApplicationId'], description: 'The application to sign in with.', noEffect: 'the sign-in is local; the Graph command-line app is used' },
    { name: 'UseDeviceCode', type: 'SwitchParameter', aliases: ['UseDeviceAuthentication', 'DeviceCode', 'DeviceAuth', 'Device'], description: 'Signs in with a device code.', noEffect: 'the sign-in is local' },
    { name: 'ContextScope', type: 'String', description: 'Process or CurrentUser token cache.', noEffect: 'tokens are not cached' },
  ],
  help: {
    synopsis: 'Signs in to Microsoft Graph (emulated: the tenant admin, no network).',
    examples: [{ code: 'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All', remarks: 'Signs in with the permissions license assignment needs.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/connect-mggraph',
  },
  process(ctx) {
    const w = readWorld(ctx);
    const scopes = ((ctx.params.Scopes as PSValue[] | null | undefined) ?? []).map((x) => stringOf(x)); // `-Scopes $null`: none
    graphConnections.set(ctx.session, { account: `admin@${w.tenant.initialDomain}`, scopes });
    if (ctx.params.NoWelcome !== true) ctx.writeHost(exchangeMessage('GraphWelcome', GRAPH_CLI_APP));
  },
});

export const disconnectMgGraphCmdlet = defineCmdlet({
  name: 'Disconnect-MgGraph',
  source: 'Microsoft.Graph.Authentication',
  parameters: [],
  help: { synopsis: 'Signs out of Microsoft Graph.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/disconnect-mggraph' },
  process(ctx) {
    graphConnections.delete(ctx.session);
  },
});

/** Graph SkuIds of the licenses the scenarios use (part number -> SkuId): the world's catalogue. */
export const SKU_IDS: Record<string, string> = Object.fromEntries(SKU_CATALOGUE.map((s) => [s.skuPartNumber, s.skuId]));

function skuIdsOf(v: PSValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => (x instanceof PSHashtable ? stringOf(x.get('SkuId') ?? null) : x instanceof PSObject ? stringOf(x.get('SkuId') ?? null) : stringOf(x)));
}

export const setMgUserLicenseCmdlet = defineCmdlet({
  name: 'Set-MgUserLicense',
  source: 'Microsoft.Graph.Users.Actions',
  defaultParameterSet: 'AssignExpanded',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'UserId', type: 'String', sets: { AssignExpanded: { mandatory: true, valueFromPipelineByPropertyName: true } }, aliases: ['Id'], description: 'The user: object id or user principal name.' },
    { name: 'AddLicenses', type: 'Object[]', sets: { AssignExpanded: { mandatory: true } }, description: 'Licenses to add: @{SkuId = "<guid>"} (a part number is accepted too).' },
    { name: 'RemoveLicenses', type: 'String[]', sets: { AssignExpanded: { mandatory: true } }, allowNull: true, description: 'SkuIds to remove (@() for none).' },
    { name: 'AdditionalProperties', type: 'Hashtable', description: 'Extra request properties.', noEffect: 'no extra Graph properties are modelled' },
  ],
  outputType: ['Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser'],
  help: {
    synopsis: 'Adds or removes licenses for a Microsoft 365 user (Microsoft Graph PowerShell).',
    // The cutover's licensing step (seed 000, step 7).
    description:
      'Assigns licenses to migrated users before their 30-day grace period ends. The user needs a usage location first (Update-MgUser -UsageLocation) and the SKU a unit left (Get-MgSubscribedSku: PrepaidUnits.Enabled - ConsumedUnits).',
    examples: [{ code: "Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @()", remarks: 'Assigns Office 365 E3.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users.actions/set-mguserlicense',
  },
  process(ctx) {
    const upn = stringOf(ctx.params.UserId);
    if (!graphConnections.has(ctx.session)) {
      inTransaction(ctx, () => fail('GraphNotConnected'));
      return;
    }
    const o = graphRequest(
      ctx,
      'Set-MgUserLicense_AssignExpanded',
      (w) => {
        const u = findGraphUser(w, upn) ?? graphFail('GraphUserNotFound', [upn], upn);
        if (!ctx.shouldProcess(upn)) return undefined;
        for (const id of skuIdsOf(ctx.params.AddLicenses)) {
          const sku = tenantSkuOf(w, id) ?? graphFail('GraphSkuNotFound', [id], upn);
          try {
            assignLicense(w, u.userPrincipalName, sku);
          } catch (e) {
            if (e instanceof WorldError && e.id === 'LicenseExhausted') graphFail('GraphNoLicensesLeft', [skuInfo(sku).skuId], upn);
            throw e;
          }
        }
        for (const id of skuIdsOf(ctx.params.RemoveLicenses)) removeLicense(w, u.userPrincipalName, tenantSkuOf(w, id) ?? id);
        return userObject(w, u);
      },
      upn,
    );
    if (o) ctx.writeObject(o);
  },
});

export const GRAPH_CMDLETS: CmdletDefinition[] = [connectMgGraphCmdlet, disconnectMgGraphCmdlet, setMgUserLicenseCmdlet, ...GRAPH_DOMAIN_CMDLETS, ...GRAPH_USER_CMDLETS, ...GRAPH_ORGANIZATION_CMDLETS];
