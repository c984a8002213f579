/**
 * The reading cmdlets the migration articles use to check the source organization before a batch:
 * Get-MailboxDatabase (the database to grant Receive As on), Get-MailboxStatistics (sizes and item
 * counts to plan batches), Get-DistributionGroup and Get-DistributionGroupMember (a group per batch,
 * piped into Add-MailboxPermission in assign-permissions-for-migration.md).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { draw } from '../../src/model/migration/determinism';
import { findDatabase, findGroup, findOrgMailbox, findServer, groupMembers, type GroupMember } from '../../src/model/onprem-admin';
import type { Group, Mailbox, OnPremOrganization, World } from '../../src/model/world';
import { distributionGroupObject, mailboxDatabaseObject, mailboxStatisticsObject, recipientObject, TYPES } from '../exchange-types';
import { NO_EFFECT, declareActing, only, identityOf, limitResults, reading, runspaceId } from '../exchange-online/context';
import { ONPREM_READ_REASONS } from './mailbox';
import { GET_MAILBOX_DATABASE } from './syntax/get-mailbox-database';
import { GET_MAILBOX_STATISTICS } from './syntax/get-mailbox-statistics';
import { GET_DISTRIBUTION_GROUP } from './syntax/get-distribution-group';
import { GET_DISTRIBUTION_GROUP_MEMBER } from './syntax/get-distribution-group-member';
import { ON_PREM_SOURCE, check } from './context';

const lower = (s: string) => s.toLowerCase();

export const getMailboxDatabaseCmdlet = defineCmdlet({
  ...declareActing(GET_MAILBOX_DATABASE, ['Identity', 'Server'], 'the option is accepted and ignored', {
    DomainController: NO_EFFECT.domainController,
    Status: 'databases are always mounted in the model',
    DumpsterStatistics: 'dumpsters are not modelled',
    IncludeCorrupted: 'databases are never corrupted in the model',
    IncludePreExchange2010: 'the organization has only Exchange 2010 databases',
    IncludePreExchange2013: 'the organization has only Exchange 2010 databases',
  }),
  outputType: [TYPES.mailboxDatabase],
  process(ctx) {
    reading(ctx, (w) => {
      const org = w.onPrem;
      const id = identityOf(ctx.params.Identity);
      let rows = org.databases;
      if (id) {
        const d = findDatabase(org, id);
        check(w, d ? 'ok' : 'not-found', id);
        rows = [d!];
      }
      if (ctx.bound('Server')) {
        const s = identityOf(ctx.params.Server) ?? '';
        const server = findServer(org, s);
        check(w, server ? 'ok' : 'not-found', s);
        rows = rows.filter((d) => lower(d.server) === lower(server!.name));
      }
      for (const d of rows) ctx.writeObject(mailboxDatabaseObject(d, runspaceId(ctx)));
    });
  },
});

/**
 * [EMU] The world keeps no logon history: the last logon is placed within the three days before
 * now, the same for a mailbox in every run of a seed.
 */
function lastLogonMs(w: World, m: Mailbox): number {
  return w.clock.now - Math.floor(draw(w.random.seed, `lastlogon:${lower(m.alias)}`) * 72 * 3_600_000);
}

function statisticsOf(w: World, m: Mailbox) {
  return { displayName: m.displayName, itemCount: m.itemCount, sizeBytes: m.sizeBytes, lastLogonMs: lastLogonMs(w, m), database: m.database, storageLimitStatus: 'BelowLimit' };
}

function mailboxesOf(org: OnPremOrganization, database: string | null, server: string | null): readonly Mailbox[] {
  return org.mailboxes.filter((m) => (database === null || lower(m.database) === lower(database)) && (server === null || org.databases.some((d) => d.name === m.database && lower(d.server) === lower(server))));
}

export const getMailboxStatisticsCmdlet = defineCmdlet({
  ...declareActing(GET_MAILBOX_STATISTICS, ['Identity', 'Database', 'Server'], 'the emulated mailbox keeps only its size, item count and last logon; the option is accepted and ignored', {
    DomainController: NO_EFFECT.domainController,
    Archive: 'archive mailboxes are not emulated',
    IncludeMoveReport: 'move reports are not emulated on premises',
    IncludeMoveHistory: 'move reports are not emulated on premises',
    StoreMailboxIdentity: 'the statistics of a database list every mailbox; selecting one by its store GUID is not emulated',
    Filter: ONPREM_READ_REASONS.Filter,
    CopyOnServer: 'database copies are not modelled',
    IncludePassive: 'database copies are not modelled',
  }),
  outputType: [TYPES.mailboxStatistics],
  process(ctx) {
    reading(ctx, (w) => {
      const org = w.onPrem;
      let rows: readonly Mailbox[];
      if (ctx.bound('Database')) {
        const d = identityOf(ctx.params.Database) ?? '';
        check(w, findDatabase(org, d) ? 'ok' : 'not-found', d);
        rows = mailboxesOf(org, findDatabase(org, d)!.name, null);
      } else if (ctx.bound('Server')) {
        const s = identityOf(ctx.params.Server) ?? '';
        const server = findServer(org, s);
        check(w, server ? 'ok' : 'not-found', s);
        rows = mailboxesOf(org, null, server!.name);
      } else {
        const id = identityOf(ctx.params.Identity) ?? '';
        const m = findOrgMailbox(org, id);
        check(w, m ? 'ok' : 'not-found', id);
        rows = [m!];
      }
      for (const m of rows) ctx.writeObject(mailboxStatisticsObject(statisticsOf(w, m), runspaceId(ctx)));
    });
  },
});

function groupView(org: OnPremOrganization, g: Group) {
  return { ...g, identity: `${org.adDomain}/Users/${g.name}` };
}

export const getDistributionGroupCmdlet = defineCmdlet({
  ...declareActing(GET_DISTRIBUTION_GROUP, ['Identity', 'Anr', 'RecipientTypeDetails', 'ResultSize'], 'the option is accepted and ignored', {
    ...only(GET_DISTRIBUTION_GROUP, ONPREM_READ_REASONS),
    ManagedBy: 'groups are not selected by owner in the model',
  }),
  outputType: [TYPES.distributionGroup],
  process(ctx) {
    reading(ctx, (w) => {
      const org = w.onPrem;
      let rows = org.groups.filter((g) => g.mailEnabled);
      const id = identityOf(ctx.params.Identity);
      if (id) {
        const g = findGroup(org, id);
        check(w, g && g.mailEnabled ? 'ok' : 'not-found', id);
        rows = [g!];
      }
      if (ctx.bound('Anr')) {
        const a = lower(identityOf(ctx.params.Anr) ?? '');
        rows = rows.filter((g) => [g.name, g.alias, g.displayName, g.primarySmtpAddress].some((f) => lower(f).startsWith(a)));
      }
      if (ctx.bound('RecipientTypeDetails')) {
        const types = (ctx.params.RecipientTypeDetails as unknown[]).map((t) => lower(identityOf(t as never) ?? ''));
        rows = rows.filter((g) => types.includes(g.groupType === 'Security' ? 'mailuniversalsecuritygroup' : 'mailuniversaldistributiongroup'));
      }
      for (const g of limitResults(ctx, rows)) ctx.writeObject(distributionGroupObject(groupView(org, g), runspaceId(ctx)));
    });
  },
});

const MEMBER_TYPE: Record<GroupMember['kind'], string> = { mailbox: 'UserMailbox', mailUser: 'MailUser', contact: 'MailContact', group: 'MailUniversalDistributionGroup' };

/** A member as the ReducedRecipient Exchange writes: identities in the AD canonical form, so it pipes into Add-MailboxPermission. */
function memberRow(org: OnPremOrganization, member: GroupMember) {
  const r = member.recipient;
  const name = member.kind === 'group' ? member.recipient.name : r.displayName;
  const details = member.kind === 'mailbox' ? member.recipient.recipientTypeDetails : member.kind === 'group' && member.recipient.groupType === 'Security' ? 'MailUniversalSecurityGroup' : MEMBER_TYPE[member.kind];
  const type = member.kind === 'mailbox' ? 'UserMailbox' : details;
  return { identity: `${org.adDomain}/Users/${name}`, name, alias: r.alias, displayName: r.displayName, primarySmtpAddress: r.primarySmtpAddress, recipientType: type, recipientTypeDetails: details };
}

export const getDistributionGroupMemberCmdlet = defineCmdlet({
  ...declareActing(GET_DISTRIBUTION_GROUP_MEMBER, ['Identity', 'ResultSize'], 'the option is accepted and ignored', {
    DomainController: NO_EFFECT.domainController,
    ReadFromDomainController: NO_EFFECT.domainController,
    IgnoreDefaultScope: ONPREM_READ_REASONS.IgnoreDefaultScope,
    Credential: ONPREM_READ_REASONS.Credential,
  }),
  outputType: [TYPES.recipient],
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const org = w.onPrem;
      const g = findGroup(org, id);
      check(w, g && g.mailEnabled ? 'ok' : 'not-found', id);
      for (const m of limitResults(ctx, groupMembers(org, g!))) ctx.writeObject(recipientObject(memberRow(org, m), runspaceId(ctx)));
    });
  },
});

export const DIRECTORY_CMDLETS = [getMailboxDatabaseCmdlet, getMailboxStatisticsCmdlet, getDistributionGroupCmdlet, getDistributionGroupMemberCmdlet];
