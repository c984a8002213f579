/**
 * The Exchange Online reading cmdlets admins run after a batch to check what arrived:
 * Get-MailboxStatistics (sizes and item counts of the migrated mailboxes), Get-MailboxPermission,
 * Get-DistributionGroup and Get-DistributionGroupMember over the tenant's groups; and Set-Mailbox's
 * basics (address-list visibility, display name).
 */
import { defineCmdlet, type ParameterDeclaration } from '../../src/engine/cmdlet';
import type { TenantGroup, TenantMailbox, World } from '../../src/model/world';
import { findCloudMailbox, setCloudMailbox } from '../../src/model/cloud-admin';
import { distributionGroupObject, mailboxAceObject, mailboxStatisticsObject, recipientObject, TYPES } from '../exchange-types';
import { bool, fail, identityOf, inTransaction, limitResults, reading, runspaceId, str } from './context';
import { EXO_MODULE } from './connection';
import { serverOf } from './accepted-domain';
import { shouldProcessExchange } from '../exchange-confirm';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const RESULT_SIZE: ParameterDeclaration = { name: 'ResultSize', type: 'Unlimited', description: 'The maximum number of results (default 1000; unlimited for all).' };

function mailboxOrFail(w: World, id: string): TenantMailbox {
  const m = findCloudMailbox(w.tenant.mailboxes, id);
  if (!m) fail('ObjectNotFound', [id, serverOf(w)], id);
  return m;
}

function findCloudGroup(w: World, id: string): TenantGroup | undefined {
  return w.tenant.groups.find((g) => same(g.name, id) || same(g.alias, id) || same(g.displayName, id) || same(g.primarySmtpAddress, id));
}

export const getCloudMailboxStatisticsCmdlet = defineCmdlet({
  name: 'Get-MailboxStatistics',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'GeneralMailboxOrMailUserIdParameter', sets: { Identity: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox: name, alias, user principal name or e-mail address.' },
    { name: 'Archive', type: 'SwitchParameter', description: 'Returns the archive mailbox statistics.', noEffect: 'archive mailboxes are not emulated' },
    { name: 'IncludeMoveReport', type: 'SwitchParameter', description: 'Includes the move report.', noEffect: 'the migration reports are read with Get-MigrationUserStatistics -IncludeReport' },
  ],
  outputType: [TYPES.mailboxStatistics],
  help: {
    synopsis: 'Use the Get-MailboxStatistics cmdlet to return information about a mailbox, such as its size, item count and last logon time.',
    examples: [{ code: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics', remarks: 'Shows the item counts of the migrated mailboxes.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxstatistics',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const m = mailboxOrFail(w, id);
      // Nobody has signed in to a mailbox the emulator created: no last logon; Exchange Online leaves StorageLimitStatus empty.
      ctx.writeObject(mailboxStatisticsObject({ displayName: m.displayName, itemCount: m.itemCount, sizeBytes: m.sizeBytes, lastLogonMs: null, database: 'EURPR01DG001-db042', storageLimitStatus: null }, runspaceId(ctx)));
    });
  },
});

export const getCloudMailboxPermissionCmdlet = defineCmdlet({
  name: 'Get-MailboxPermission',
  source: EXO_MODULE,
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox whose permissions are shown.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: {} }, description: 'Shows only the entries of this user or group.' },
  ],
  outputType: [TYPES.mailboxPermission],
  help: {
    synopsis: 'Use the Get-MailboxPermission cmdlet to retrieve permissions on a mailbox.',
    examples: [{ code: 'Get-MailboxPermission -Identity sara.lindqvist', remarks: 'Shows who has access to the mailbox.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const m = mailboxOrFail(w, id);
      const user = str(ctx, 'User');
      if (user !== undefined && !same(user, 'NT AUTHORITY\\SELF') && !w.tenant.users.some((u) => same(u.userPrincipalName, user) || same(u.userPrincipalName.split('@')[0], user) || same(u.displayName, user))) fail('UnknownPrincipal', [user], user);
      // [EMU] Mailbox permissions are not migrated (the articles grant them again after the cutover): only the owner's entry.
      if (user === undefined || same(user, 'NT AUTHORITY\\SELF')) ctx.writeObject(mailboxAceObject({ identity: m.alias, user: 'NT AUTHORITY\\SELF', rights: ['FullAccess', 'ReadPermission'], isInherited: false }, runspaceId(ctx)));
    });
  },
});

export const getCloudDistributionGroupCmdlet = defineCmdlet({
  name: 'Get-DistributionGroup',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'DistributionGroupIdParameter', sets: { Identity: { position: 0, valueFromPipeline: true } }, description: 'The group: name, alias, display name or e-mail address.' },
    { name: 'Filter', type: 'String', description: 'An OPATH filter.', noEffect: 'OPATH filters are not evaluated; pipe to Where-Object instead' },
    RESULT_SIZE,
  ],
  outputType: [TYPES.distributionGroup],
  help: {
    synopsis: 'Use the Get-DistributionGroup cmdlet to view existing distribution groups or mail-enabled security groups.',
    examples: [{ code: 'Get-DistributionGroup', remarks: 'Lists the groups the migration created.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroup',
  },
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = w.tenant.groups;
      if (id) {
        const g = findCloudGroup(w, id);
        if (!g) fail('ObjectNotFound', [id, serverOf(w)], id);
        rows = [g];
      }
      // Groups the migration creates have no owner in the cloud until one is set.
      for (const g of limitResults(ctx, rows)) ctx.writeObject(distributionGroupObject({ ...g, identity: g.name, managedBy: [] }, runspaceId(ctx)));
    });
  },
});

export const getCloudDistributionGroupMemberCmdlet = defineCmdlet({
  name: 'Get-DistributionGroupMember',
  source: EXO_MODULE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'DistributionGroupMemberIdParameter', sets: { Identity: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The group whose members are listed.' },
    RESULT_SIZE,
  ],
  outputType: [TYPES.recipient],
  help: {
    synopsis: 'Use the Get-DistributionGroupMember cmdlet to view the members of distribution groups and mail-enabled security groups.',
    examples: [{ code: 'Get-DistributionGroupMember "Sales Team"', remarks: 'Lists the members the migration added to the group.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroupmember',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const g = findCloudGroup(w, id);
      if (!g) fail('ObjectNotFound', [id, serverOf(w)], id);
      const t = w.tenant;
      // Members are stored by alias (src/model/migration/simulator.ts, updateGroups).
      const rows = g.members.flatMap((alias) => {
        const m = t.mailboxes.find((x) => same(x.alias, alias));
        if (m) return [{ name: m.alias, alias: m.alias, displayName: m.displayName, primarySmtpAddress: m.primarySmtpAddress, recipientType: 'UserMailbox', recipientTypeDetails: 'UserMailbox' }];
        const u = t.mailUsers.find((x) => same(x.alias, alias));
        if (u) return [{ name: u.alias, alias: u.alias, displayName: u.displayName, primarySmtpAddress: u.primarySmtpAddress, recipientType: 'MailUser', recipientTypeDetails: 'MailUser' }];
        const c = t.contacts.find((x) => same(x.alias, alias));
        if (c) return [{ name: c.alias, alias: c.alias, displayName: c.displayName, primarySmtpAddress: c.externalEmailAddress, recipientType: 'MailContact', recipientTypeDetails: 'MailContact' }];
        return [];
      });
      for (const r of limitResults(ctx, rows)) ctx.writeObject(recipientObject(r, runspaceId(ctx)));
    });
  },
});

export const setCloudMailboxCmdlet = defineCmdlet({
  name: 'Set-Mailbox',
  source: EXO_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox: name, alias, user principal name or e-mail address.' },
    { name: 'HiddenFromAddressListsEnabled', type: 'Boolean', description: 'Hides the mailbox from the address lists ($true) or shows it ($false).' },
    { name: 'DisplayName', type: 'String', description: 'The display name.' },
    { name: 'Force', type: 'SwitchParameter', description: 'Hides confirmation prompts.', noEffect: 'these settings never prompt' },
  ],
  help: {
    synopsis: 'Use the Set-Mailbox cmdlet to modify the settings of existing mailboxes.',
    examples: [{ code: 'Set-Mailbox -Identity sara.lindqvist -HiddenFromAddressListsEnabled $true', remarks: 'Hides a migrated mailbox from the address lists.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      mailboxOrFail(w, id);
      if (!shouldProcessExchange(ctx, 'Set-Mailbox', id)) return;
      const hidden = bool(ctx, 'HiddenFromAddressListsEnabled');
      setCloudMailbox(w, id, { ...(hidden !== undefined ? { hiddenFromAddressLists: hidden } : {}), ...(ctx.bound('DisplayName') ? { displayName: str(ctx, 'DisplayName') ?? '' } : {}) });
    });
  },
});

export const MAILBOX_REPORT_CMDLETS = [setCloudMailboxCmdlet, getCloudMailboxStatisticsCmdlet, getCloudMailboxPermissionCmdlet, getCloudDistributionGroupCmdlet, getCloudDistributionGroupMemberCmdlet];
