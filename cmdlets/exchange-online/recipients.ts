/**
 * Get-Mailbox, Get-User and Get-Recipient in Exchange Online (basics: -Identity, -ResultSize,
 * -RecipientTypeDetails, -Anr).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import type { World } from '../../src/model/world';
import { cloudMailboxObject, recipientObject, tenantUserObject, TYPES } from '../exchange-types';
import { declareActing, fail, only, identityOf, limitResults, reading, runspaceId } from './context';
import { GET_MAILBOX } from './syntax/get-mailbox';
import { GET_USER } from './syntax/get-user';
import { GET_RECIPIENT } from './syntax/get-recipient';
import { serverOf } from './accepted-domain';

/** Reasons shared by the three reading cmdlets for what the emulated directory does not hold. */
export const READ_REASONS = {
  Filter: 'OPATH filters are not evaluated; pipe to Where-Object instead',
  OrganizationalUnit: 'the emulated tenant has no organizational units',
  SortBy: 'results come in the directory order; pipe to Sort-Object instead',
  Archive: 'archive mailboxes are not emulated',
  SoftDeletedMailbox: 'soft-deleted mailboxes are not emulated',
  PublicFolder: 'public folder mailboxes are not emulated',
};
const READ_OTHERWISE = 'the emulated directory does not hold these objects or properties; the option is accepted and ignored';

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
  ...declareActing(GET_MAILBOX, ['Identity', 'Anr', 'ResultSize', 'RecipientTypeDetails'], READ_OTHERWISE, only(GET_MAILBOX, READ_REASONS)),
  outputType: [TYPES.mailbox],
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = w.tenant.mailboxes.filter((m) => matchesAnr(ctx, m.alias, m.displayName, m.primarySmtpAddress));
      if (id) {
        rows = rows.filter((m) => same(m.alias, id) || same(m.displayName, id) || same(m.userPrincipalName, id) || m.emailAddresses.some((a) => same(a.replace(/^smtp:/i, ''), id)));
        if (!rows.length) fail('ObjectNotFound', [id, serverOf(w)], id);
      }
      // `-RecipientTypeDetails $null` filters nothing (a null array binds as null).
      const details = ctx.params.RecipientTypeDetails as PSValue[] | null | undefined;
      if (ctx.bound('RecipientTypeDetails') && details) rows = rows.filter(() => details.some((t) => same(stringOf(t), 'UserMailbox')));
      for (const m of take(ctx, rows)) ctx.writeObject(cloudMailboxObject(m, runspaceId(ctx)));
    });
  },
});

export const getUserCmdlet = defineCmdlet({
  ...declareActing(GET_USER, ['Identity', 'Anr', 'ResultSize'], READ_OTHERWISE, { Filter: READ_REASONS.Filter, OrganizationalUnit: READ_REASONS.OrganizationalUnit, Sortby: READ_REASONS.SortBy, PublicFolder: READ_REASONS.PublicFolder }),
  outputType: [TYPES.user365],
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
  ...declareActing(GET_RECIPIENT, ['Identity', 'Anr', 'ResultSize', 'RecipientType'], READ_OTHERWISE, { Filter: READ_REASONS.Filter, OrganizationalUnit: READ_REASONS.OrganizationalUnit, SortBy: READ_REASONS.SortBy }),
  outputType: [TYPES.recipient],
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      let rows = recipients(w).filter((r) => matchesAnr(ctx, r.name, r.displayName, r.primarySmtpAddress));
      if (id) {
        rows = rows.filter((r) => same(r.name, id) || same(r.displayName, id) || same(r.primarySmtpAddress, id));
        if (!rows.length) fail('ObjectNotFound', [id, serverOf(w)], id);
      }
      if (ctx.bound('RecipientType') && ctx.params.RecipientType) {
        const types = (ctx.params.RecipientType as PSValue[]).map((t) => stringOf(t).toLowerCase());
        rows = rows.filter((r) => types.includes(r.recipientType.toLowerCase()));
      }
      for (const r of take(ctx, rows)) ctx.writeObject(recipientObject(r, runspaceId(ctx)));
    });
  },
});

export const RECIPIENT_CMDLETS = [getMailboxCmdlet, getUserCmdlet, getRecipientCmdlet];
