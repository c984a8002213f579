/**
 * The tenant as Microsoft Graph's organization resource: Get-MgOrganization (OnPremisesSyncEnabled
 * says whether directory synchronization is on) and Update-MgBetaOrganization, with which "Turn off
 * directory synchronization" sets onPremisesSyncEnabled to false: a cutover migration is refused
 * while it is on (R3, R17).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { setTenantDirectorySync } from '../../src/model/cloud-admin';
import type { World } from '../../src/model/world';
import { guidFor } from '../../src/model/migration/determinism';
import { graphFail, graphRequest } from './graph-common';

const ORG_TYPE = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphOrganization';
const DOC = 'https://learn.microsoft.com/powershell/module/';

registerView(ORG_TYPE, { kind: 'table', properties: ['Id', 'DisplayName', 'TenantType', 'OnPremisesSyncEnabled'] });

function prop(o: PSObject, name: string, value: PSValue): void {
  o.addProperty({ name, value, memberType: 'Property' });
}

export function organizationId(w: Readonly<World>): string {
  return guidFor(w.random.seed, `organization:${w.tenant.initialDomain.toLowerCase()}`);
}

function organizationObject(w: World): PSObject {
  const o = new PSObject([ORG_TYPE, 'System.Object']);
  prop(o, 'Id', organizationId(w));
  prop(o, 'DisplayName', w.tenant.name);
  prop(o, 'TenantType', 'AAD');
  prop(o, 'OnPremisesSyncEnabled', w.tenant.directorySyncEnabled ? true : null);
  prop(o, 'VerifiedDomains', [w.tenant.initialDomain, ...w.tenant.domains.filter((d) => d.verified).map((d) => d.name)]);
  return o;
}

const HEADERS: ParameterDeclaration = { name: 'Headers', type: 'IDictionary', description: 'Extra HTTP request headers.', noEffect: 'no HTTP request leaves the emulator' };

function orgIdOf(ctx: CmdletContext): string {
  const v = ctx.params.OrganizationId;
  if (v instanceof PSObject) return stringOf(v.get('Id') ?? null);
  return stringOf(v ?? null);
}

export const getMgOrganizationCmdlet = defineCmdlet({
  name: 'Get-MgOrganization',
  source: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  parameters: [
    { name: 'OrganizationId', type: 'String', sets: { Get: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The organization (tenant) id.' },
    { name: 'Property', type: 'String[]', aliases: ['Select'], description: 'Properties to return ($select).', noEffect: 'every property is returned' },
    { name: 'All', type: 'SwitchParameter', sets: { List: {} }, description: 'Lists every page.', noEffect: 'there is one organization' },
    HEADERS,
  ],
  outputType: [ORG_TYPE],
  help: {
    synopsis: 'Gets the tenant as an organization: its id, name, verified domains and whether directory synchronization is on (OnPremisesSyncEnabled).',
    examples: [{ code: 'Get-MgOrganization | Format-List Id,DisplayName,OnPremisesSyncEnabled', remarks: 'OnPremisesSyncEnabled is True while directory synchronization is on.' }],
    onlineUri: `${DOC}microsoft.graph.identity.directorymanagement/get-mgorganization`,
  },
  process(ctx) {
    const id = ctx.parameterSetName === 'Get' ? orgIdOf(ctx) : undefined;
    const o = graphRequest(ctx, ctx.parameterSetName === 'Get' ? 'Get-MgOrganization_Get' : 'Get-MgOrganization_List', (w) => {
      if (id !== undefined && id.toLowerCase() !== organizationId(w)) graphFail('GraphOrganizationNotFound', [id], id);
      return organizationObject(w);
    }, id);
    if (o) ctx.writeObject(o);
  },
});

export const updateMgBetaOrganizationCmdlet = defineCmdlet({
  name: 'Update-MgBetaOrganization',
  source: 'Microsoft.Graph.Beta.Identity.DirectoryManagement',
  defaultParameterSet: 'UpdateExpanded',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'OrganizationId', type: 'String', sets: { Update: { mandatory: true, valueFromPipelineByPropertyName: true }, UpdateExpanded: { mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The organization (tenant) id: (Get-MgOrganization).Id.' },
    { name: 'BodyParameter', type: 'Hashtable', sets: { Update: { mandatory: true, position: 1 } }, description: 'The properties to change, as a hashtable (@{onPremisesSyncEnabled = $false}).' },
    { name: 'OnPremisesSyncEnabled', type: 'SwitchParameter', sets: { UpdateExpanded: {} }, description: 'Turns directory synchronization on, or off with -OnPremisesSyncEnabled:$false.' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Returns true when the request succeeds.' },
    HEADERS,
  ],
  help: {
    synopsis: 'Updates the organization; onPremisesSyncEnabled = $false turns directory synchronization off (needed before a cutover migration).',
    examples: [
      {
        code: "$OrgID = (Get-MgOrganization).Id\nUpdate-MgBetaOrganization -OrganizationId $OrgID -BodyParameter @{onPremisesSyncEnabled = $false}",
        remarks: 'Turns directory synchronization off: synced users become cloud users, and a cutover batch can be created.',
      },
    ],
    onlineUri: `${DOC}microsoft.graph.beta.identity.directorymanagement/update-mgbetaorganization`,
  },
  process(ctx) {
    const id = orgIdOf(ctx);
    let sync: boolean | undefined;
    if (ctx.parameterSetName === 'Update') {
      const body = ctx.params.BodyParameter as PSHashtable;
      for (const [k, v] of body.entries()) if (stringOf(k).toLowerCase() === 'onpremisessyncenabled') sync = v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
    } else if (ctx.bound('OnPremisesSyncEnabled')) sync = ctx.params.OnPremisesSyncEnabled === true;
    const internal = ctx.parameterSetName === 'Update' ? 'Update-MgBetaOrganization_Update' : 'Update-MgBetaOrganization_UpdateExpanded';
    if (!ctx.shouldProcess(id, internal)) return;
    const ok = graphRequest(ctx, internal, (w) => {
      if (id.toLowerCase() !== organizationId(w)) graphFail('GraphOrganizationNotFound', [id], id);
      if (sync !== undefined) setTenantDirectorySync(w, sync);
      return true;
    }, id);
    if (ok && ctx.params.PassThru === true) ctx.writeObject(true);
  },
});

export const GRAPH_ORGANIZATION_CMDLETS: CmdletDefinition[] = [getMgOrganizationCmdlet, updateMgBetaOrganizationCmdlet];
