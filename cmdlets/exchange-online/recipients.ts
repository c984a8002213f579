/**
 * Get-Mailbox, Get-User and Get-Recipient in Exchange Online (basics: -Identity, -ResultSize,
 * -RecipientTypeDetails), and Set-MgUserLicense (Microsoft Graph's form:
 * `Set-MgUserLicense -UserId <upn> -AddLicenses @{SkuId = '<guid>'} -RemoveLicenses @()`).
 */
import { defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { assignLicense, removeLicense, WorldError } from '../../src/model';
import type { World } from '../../src/model/world';
import { cloudMailboxObject, recipientObject, tenantUserObject, TYPES } from '../exchange-types';
import { fail, identityOf, inTransaction, limitResults, reading, runspaceId } from './context';
import { EXO_MODULE } from './connection';
import { serverOf } from './accepted-domain';
import { guidFor } from '../../src/model/migration/determinism';

const IDENTITY = (type: string, what: string): ParameterDeclaration => ({
  name: 'Identity',
  type,
  sets: { Identity: { position: 0, valueFromPipeline: true } },
  description: `The ${what}: name, alias, user principal name or e-mail address.`,
});
const RESULT_SIZE: ParameterDeclaration = { name: 'ResultSize', type: 'Unlimited', description: 'The maximum number of results (default 1000; unlimited for all).' };
const FILTER: ParameterDeclaration = { name: 'Filter', type: 'String', sets: { AnrSet: {}, Identity: {} }, description: 'An OPATH filter.', noEffect: 'OPATH filters are not evaluated; pipe to Where-Object instead' };
const ANR: ParameterDeclaration = { name: 'Anr', type: 'String', sets: { AnrSet: { mandatory: true } }, description: 'Ambiguous name resolution: matches the start of names and addresses.' };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function take<T>(ctx: CmdletContext, rows: T[]): readonly T[] {
  return limitResults(ctx, rows);
}

function matchesAnr(ctx: CmdletContext, ...fields: string[]): boolean {
  if (!ctx.bound('Anr')) return true;
  const a = stringOf(ctx.params.Anr).toLowerCase();
  return fields.some((f) => f.toLowerCase().startsWith(a));
}

export const getMailboxCmdlet = defineCmdlet({
  name: 'Get-Mailbox',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [
    IDENTITY('MailboxIdParameter', 'mailbox'),
    ANR,
    FILTER,
    RESULT_SIZE,
    { name: 'RecipientTypeDetails', type: 'String[]', description: 'Filters by recipient type (UserMailbox, SharedMailbox ...).' },
    { name: 'Archive', type: 'SwitchParameter', description: 'Returns mailboxes with an archive.', noEffect: 'archive mailboxes are not emulated' },
    { name: 'SoftDeletedMailbox', type: 'SwitchParameter', description: 'Returns soft-deleted mailboxes.', noEffect: 'soft-deleted mailboxes are not emulated' },
  ],
  outputType: [TYPES.mailbox],
  help: {
    synopsis: 'Use the Get-Mailbox cmdlet to view mailbox objects and attributes.',
    examples: [{ code: 'Get-Mailbox -ResultSize unlimited', remarks: 'Lists every mailbox of the tenant.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox',
  },
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = w.tenant.mailboxes.filter((m) => matchesAnr(ctx, m.alias, m.displayName, m.primarySmtpAddress));
      if (id) {
        rows = rows.filter((m) => same(m.alias, id) || same(m.displayName, id) || same(m.userPrincipalName, id) || m.emailAddresses.some((a) => same(a.replace(/^smtp:/i, ''), id)));
        if (!rows.length) fail('ObjectNotFound', [id, serverOf(w)], id);
      }
      if (ctx.bound('RecipientTypeDetails')) rows = rows.filter(() => (ctx.params.RecipientTypeDetails as PSValue[]).some((t) => same(stringOf(t), 'UserMailbox')));
      for (const m of take(ctx, rows)) ctx.writeObject(cloudMailboxObject(m, runspaceId(ctx)));
    });
  },
});

export const getUserCmdlet = defineCmdlet({
  name: 'Get-User',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [IDENTITY('UserIdParameter', 'user'), ANR, FILTER, RESULT_SIZE],
  outputType: [TYPES.user365],
  help: {
    synopsis: 'Use the Get-User cmdlet to view existing user objects in your organization.',
    examples: [{ code: 'Get-User -ResultSize unlimited', remarks: 'Lists every user.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-user',
  },
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = w.tenant.users.filter((u) => matchesAnr(ctx, u.userPrincipalName, u.displayName));
      if (id) {
        rows = rows.filter((u) => same(u.userPrincipalName, id) || same(u.displayName, id) || same(u.userPrincipalName.split('@')[0], id));
        if (!rows.length) fail('ObjectNotFound', [id, serverOf(w)], id);
      }
      for (const u of take(ctx, rows)) ctx.writeObject(tenantUserObject(u, w.tenant.mailboxes.some((m) => same(m.userPrincipalName, u.userPrincipalName)), runspaceId(ctx)));
    });
  },
});

type RecipientRow = Parameters<typeof recipientObject>[0];

function recipients(w: World): RecipientRow[] {
  const t = w.tenant;
  return [
    ...t.mailboxes.map((m) => ({ name: m.alias, alias: m.alias, displayName: m.displayName, primarySmtpAddress: m.primarySmtpAddress, recipientType: 'UserMailbox', recipientTypeDetails: 'UserMailbox' })),
    ...t.mailUsers.map((m) => ({ name: m.alias, alias: m.alias, displayName: m.displayName, primarySmtpAddress: m.primarySmtpAddress, recipientType: 'MailUser', recipientTypeDetails: 'MailUser' })),
    ...t.contacts.map((c) => ({ name: c.alias, alias: c.alias, displayName: c.displayName, primarySmtpAddress: c.externalEmailAddress, recipientType: 'MailContact', recipientTypeDetails: 'MailContact' })),
    ...t.groups.map((g) => ({ name: g.name, alias: g.alias, displayName: g.displayName, primarySmtpAddress: g.primarySmtpAddress, recipientType: g.groupType === 'Security' ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup', recipientTypeDetails: g.groupType === 'Security' ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup' })),
  ];
}

export const getRecipientCmdlet = defineCmdlet({
  name: 'Get-Recipient',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [
    IDENTITY('RecipientIdParameter', 'recipient'),
    ANR,
    FILTER,
    RESULT_SIZE,
    { name: 'RecipientType', type: 'String[]', description: 'Filters by recipient type (UserMailbox, MailUser, MailContact ...).' },
  ],
  outputType: [TYPES.recipient],
  help: {
    synopsis: 'Use the Get-Recipient cmdlet to view existing recipient objects in your organization.',
    examples: [{ code: 'Get-Recipient -ResultSize unlimited', remarks: 'Lists every recipient.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-recipient',
  },
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = recipients(w).filter((r) => matchesAnr(ctx, r.name, r.displayName, r.primarySmtpAddress));
      if (id) {
        rows = rows.filter((r) => same(r.name, id) || same(r.displayName, id) || same(r.primarySmtpAddress, id));
        if (!rows.length) fail('ObjectNotFound', [id, serverOf(w)], id);
      }
      if (ctx.bound('RecipientType')) {
        const types = (ctx.params.RecipientType as PSValue[]).map((t) => stringOf(t).toLowerCase());
        rows = rows.filter((r) => types.includes(r.recipientType.toLowerCase()));
      }
      for (const r of take(ctx, rows)) ctx.writeObject(recipientObject(r, runspaceId(ctx)));
    });
  },
});

/** Graph SkuIds of the licenses the scenarios use (part number -> SkuId). */
export const SKU_IDS: Record<string, string> = {
  ENTERPRISEPACK: '6fd2c87f-b296-42f0-b197-1e91e994b900',
  ENTERPRISEPREMIUM: 'c7df2760-2c81-4ef7-b578-5b5392b571df',
  EXCHANGESTANDARD: '4b9405b0-7788-4568-add1-99614e613b69',
  SPE_E3: '05e9a617-0261-4cee-bb44-138d3ef5d965',
  O365_BUSINESS_PREMIUM: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
};

function skuPartNumber(w: World, skuId: string): string | undefined {
  const byId = Object.entries(SKU_IDS).find(([, id]) => same(id, skuId))?.[0];
  return w.tenant.licenses.find((l) => same(l.skuPartNumber, byId ?? skuId))?.skuPartNumber;
}

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
    { name: 'UserId', type: 'String', sets: { AssignExpanded: { mandatory: true } }, description: 'The user: object id or user principal name.' },
    { name: 'AddLicenses', type: 'Object[]', sets: { AssignExpanded: { mandatory: true } }, description: 'Licenses to add: @{SkuId = "<guid>"} (a part number is accepted too).' },
    { name: 'RemoveLicenses', type: 'String[]', sets: { AssignExpanded: { mandatory: true } }, allowNull: true, description: 'SkuIds to remove (@() for none).' },
    { name: 'AdditionalProperties', type: 'Hashtable', description: 'Extra request properties.', noEffect: 'no extra Graph properties are modelled' },
  ],
  outputType: ['Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser'],
  help: {
    synopsis: 'Adds or removes licenses for a Microsoft 365 user (Microsoft Graph PowerShell).',
    description: 'Assigns licenses to migrated users before the 30-day grace period ends (S0 Step 7).',
    examples: [{ code: "Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @()", remarks: 'Assigns Office 365 E3.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users.actions/set-mguserlicense',
  },
  process(ctx) {
    const upn = stringOf(ctx.params.UserId);
    const user = inTransaction(ctx, (w) => {
      const u = w.tenant.users.find((x) => same(x.userPrincipalName, upn));
      if (!u) fail('GraphUserNotFound', [upn], upn);
      if (!ctx.shouldProcess(upn)) return undefined;
      try {
        for (const id of skuIdsOf(ctx.params.AddLicenses)) {
          const sku = skuPartNumber(w, id);
          if (!sku) fail('GraphSkuNotFound', [id], id);
          assignLicense(w, u!.userPrincipalName, sku!);
        }
        for (const id of skuIdsOf(ctx.params.RemoveLicenses)) removeLicense(w, u!.userPrincipalName, skuPartNumber(w, id) ?? id);
      } catch (e) {
        if (e instanceof WorldError && e.id === 'LicenseExhausted') fail('GraphNoLicensesLeft', [String(e.args[0])], upn);
        throw e;
      }
      return { displayName: u!.displayName, upn: u!.userPrincipalName };
    });
    if (!user) return;
    const o = new PSObject(['Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser', 'System.Object']);
    o.addProperty({ name: 'DisplayName', value: user.displayName, memberType: 'Property' });
    o.addProperty({ name: 'Id', value: reading(ctx, (w) => guidOfUser(w, user.upn)) ?? null, memberType: 'Property' });
    o.addProperty({ name: 'Mail', value: user.upn, memberType: 'Property' });
    o.addProperty({ name: 'UserPrincipalName', value: user.upn, memberType: 'Property' });
    ctx.writeObject(o);
  },
});

function guidOfUser(w: World, upn: string): string {
  return guidFor(w.random.seed, `user:${upn.toLowerCase()}`);
}

export const RECIPIENT_CMDLETS = [getMailboxCmdlet, getUserCmdlet, getRecipientCmdlet];
export const GRAPH_CMDLETS = [setMgUserLicenseCmdlet];
