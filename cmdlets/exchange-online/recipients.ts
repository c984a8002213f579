/**
 * Get-Mailbox, Get-User and Get-Recipient in Exchange Online (basics: -Identity, -ResultSize,
 * -RecipientTypeDetails, -Anr).
 */
import { defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import type { World } from '../../src/model/world';
import { cloudMailboxObject, recipientObject, tenantUserObject, TYPES } from '../exchange-types';
import { fail, identityOf, inTransaction, limitResults, reading, runspaceId } from './context';
import { EXO_MODULE } from './connection';
import { serverOf } from './accepted-domain';

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

export const RECIPIENT_CMDLETS = [getMailboxCmdlet, getUserCmdlet, getRecipientCmdlet];
