/**
 * The reading cmdlets the migration articles use to check the source organization before a batch:
 * Get-MailboxDatabase (the database to grant Receive As on), Get-MailboxStatistics (sizes and item
 * counts to plan batches), Get-DistributionGroup and Get-DistributionGroupMember (a group per batch,
 * piped into Add-MailboxPermission in assign-permissions-for-migration.md).
 */
import { defineCmdlet, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { draw } from '../../src/model/migration/determinism';
import { findDatabase, findGroup, findOrgMailbox, findServer, groupMembers, type GroupMember } from '../../src/model/onprem-admin';
import type { Group, Mailbox, OnPremOrganization, World } from '../../src/model/world';
import { distributionGroupObject, mailboxDatabaseObject, mailboxStatisticsObject, recipientObject, TYPES } from '../exchange-types';
import { NO_EFFECT, identityOf, limitResults, reading, runspaceId } from '../exchange-online/context';
import { ON_PREM_SOURCE, check } from './context';

const DC: ParameterDeclaration = { name: 'DomainController', type: 'Fqdn', description: 'The domain controller to read from.', noEffect: NO_EFFECT.domainController };
const RESULT_SIZE: ParameterDeclaration = { name: 'ResultSize', type: 'Unlimited', description: 'The maximum number of results (default 1000).' };
const lower = (s: string) => s.toLowerCase();

export const getMailboxDatabaseCmdlet = defineCmdlet({
  name: 'Get-MailboxDatabase',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'DatabaseIdParameter', sets: { Identity: { position: 0, valueFromPipeline: true } }, description: 'The database name.' },
    { name: 'Server', type: 'ServerIdParameter', sets: { Server: { mandatory: true } }, description: 'Returns the databases of a server.' },
    { name: 'Status', type: 'SwitchParameter', description: 'Adds mount status and backup information.', noEffect: 'databases are always mounted in the model' },
    DC,
  ],
  outputType: [TYPES.mailboxDatabase],
  help: {
    synopsis: 'Use the Get-MailboxDatabase cmdlet to retrieve one or more mailbox database objects.',
    examples: [{ code: 'Get-MailboxDatabase | Add-ADPermission -User migadmin -ExtendedRights receive-as', remarks: 'Grants Receive As on every database.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxdatabase',
  },
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
  name: 'Get-MailboxStatistics',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'GeneralMailboxOrMailUserIdParameter', sets: { Identity: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox.' },
    { name: 'Database', type: 'DatabaseIdParameter', sets: { Database: { mandatory: true } }, description: 'Returns the statistics of every mailbox in a database.' },
    { name: 'Server', type: 'ServerIdParameter', sets: { Server: { mandatory: true } }, description: 'Returns the statistics of every mailbox on a server.' },
    { name: 'Archive', type: 'SwitchParameter', sets: { Identity: {} }, description: 'Returns the archive mailbox statistics.', noEffect: 'archive mailboxes are not emulated' },
    { name: 'IncludeMoveReport', type: 'SwitchParameter', description: 'Includes the move report.', noEffect: 'move reports are not emulated on premises' },
    DC,
  ],
  outputType: [TYPES.mailboxStatistics],
  help: {
    synopsis: 'Use the Get-MailboxStatistics cmdlet to return information about a mailbox, such as its size, item count and last logon time.',
    examples: [{ code: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending', remarks: 'Lists the largest mailboxes first, to plan the batches.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxstatistics',
  },
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
  name: 'Get-DistributionGroup',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'DistributionGroupIdParameter', sets: { Identity: { position: 0, valueFromPipeline: true } }, description: 'The group: name, alias, display name or e-mail address.' },
    { name: 'Anr', type: 'String', sets: { AnrSet: { mandatory: true } }, description: 'Ambiguous name resolution.' },
    { name: 'RecipientTypeDetails', type: 'String[]', description: 'Filters by group type (MailUniversalDistributionGroup, MailUniversalSecurityGroup).' },
    { name: 'Filter', type: 'String', description: 'An OPATH filter.', noEffect: 'OPATH filters are not evaluated; pipe to Where-Object instead' },
    RESULT_SIZE,
    DC,
  ],
  outputType: [TYPES.distributionGroup],
  help: {
    synopsis: 'Use the Get-DistributionGroup cmdlet to view existing distribution groups or mail-enabled security groups.',
    examples: [{ code: 'Get-DistributionGroup', remarks: 'Lists the distribution groups of the organization.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroup',
  },
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
  name: 'Get-DistributionGroupMember',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'DistributionGroupMemberIdParameter', sets: { Identity: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The group whose members are listed.' },
    RESULT_SIZE,
    DC,
  ],
  outputType: [TYPES.recipient],
  help: {
    synopsis: 'Use the Get-DistributionGroupMember cmdlet to view the members of distribution groups and mail-enabled security groups.',
    examples: [{ code: 'Get-DistributionGroupMember "Sales Team" | Add-MailboxPermission -User migadmin -AccessRights FullAccess -InheritanceType all', remarks: 'Gives the migration administrator FullAccess on the mailboxes of a group.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroupmember',
  },
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
