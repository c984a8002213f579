/**
 * The Exchange Online reading cmdlets admins run after a batch to check what arrived:
 * Get-MailboxStatistics (sizes and item counts of the migrated mailboxes), Get-MailboxPermission,
 * Get-DistributionGroup and Get-DistributionGroupMember over the tenant's groups; and Set-Mailbox's
 * basics (address-list visibility, display name).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import type { TenantGroup, TenantMailbox, World } from '../../src/model/world';
import { findCloudMailbox, setCloudMailbox } from '../../src/model/cloud-admin';
import { distributionGroupObject, mailboxAceObject, mailboxStatisticsObject, recipientObject, TYPES } from '../exchange-types';
import { bool, declareActing, fail, identityOf, inTransaction, limitResults, reading, runspaceId, str } from './context';
import { READ_REASONS } from './recipients';
import { SET_MAILBOX } from './syntax/set-mailbox';
import { GET_MAILBOX_STATISTICS } from './syntax/get-mailbox-statistics';
import { GET_MAILBOX_PERMISSION } from './syntax/get-mailbox-permission';
import { GET_DISTRIBUTION_GROUP } from './syntax/get-distribution-group';
import { GET_DISTRIBUTION_GROUP_MEMBER } from './syntax/get-distribution-group-member';
import { serverOf } from './accepted-domain';
import { shouldProcessExchange } from '../exchange-confirm';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function mailboxOrFail(w: World, id: string): TenantMailbox {
  const m = findCloudMailbox(w.tenant.mailboxes, id);
  if (!m) fail('ObjectNotFound', [id, serverOf(w)], id);
  return m;
}

function findCloudGroup(w: World, id: string): TenantGroup | undefined {
  return w.tenant.groups.find((g) => same(g.name, id) || same(g.alias, id) || same(g.displayName, id) || same(g.primarySmtpAddress, id));
}

export const getCloudMailboxStatisticsCmdlet = defineCmdlet({
  ...declareActing(GET_MAILBOX_STATISTICS, ['Identity'], 'the emulated mailbox keeps only its size and item count; the option is accepted and ignored', {
    Archive: 'archive mailboxes are not emulated',
    IncludeMoveReport: 'the migration reports are read with Get-MigrationUserStatistics -IncludeReport',
    IncludeMoveHistory: 'the migration reports are read with Get-MigrationUserStatistics -IncludeReport',
    IncludeSoftDeletedRecipients: 'soft-deleted mailboxes are not emulated',
  }),
  outputType: [TYPES.mailboxStatistics],
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
  ...declareActing(GET_MAILBOX_PERMISSION, ['Identity', 'User'], 'mailbox permissions are not migrated: only the owner\'s entry is shown, and the option is accepted and ignored', {
    ResultSize: 'a mailbox shows at most its owner\'s entry',
    Credential: 'the connected session\'s credentials are used',
  }),
  outputType: [TYPES.mailboxPermission],
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
  ...declareActing(GET_DISTRIBUTION_GROUP, ['Identity', 'ResultSize'], 'the emulated groups hold only what the migration sets; the option is accepted and ignored', {
    Filter: READ_REASONS.Filter,
    OrganizationalUnit: READ_REASONS.OrganizationalUnit,
    SortBy: READ_REASONS.SortBy,
    ManagedBy: 'groups the migration creates have no owner in the cloud',
    Credential: 'the connected session\'s credentials are used',
  }),
  outputType: [TYPES.distributionGroup],
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
  ...declareActing(GET_DISTRIBUTION_GROUP_MEMBER, ['Identity', 'ResultSize'], 'the option is accepted and ignored', {
    Credential: 'the connected session\'s credentials are used',
    IncludeSoftDeletedObjects: 'soft-deleted recipients are not emulated',
  }),
  outputType: [TYPES.recipient],
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
  ...declareActing(SET_MAILBOX, ['Identity', 'HiddenFromAddressListsEnabled', 'DisplayName'], 'the emulated mailbox does not model this setting; it is accepted and ignored', {
    Force: 'these settings never prompt',
  }),
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
