/**
 * Get-Mailbox and Set-Mailbox in the Exchange Management Shell (Exchange 2010): the basics the seed
 * articles need (S1 prep 5: mailboxes must not be hidden from the address lists).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import type { World } from '../../src/model/world';
import { PSHashtable, stringOf, type PSValue } from '../../src/engine/values';
import { findOrgMailbox, setDelegates, setHiddenFromAddressLists } from '../../src/model/onprem-admin';
import { onPremMailboxObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, fail, declareActing, only, identityOf, inTransaction, limitResults, reading, runspaceId } from '../exchange-online/context';
import { GET_MAILBOX } from './syntax/get-mailbox';
import { SET_MAILBOX } from './syntax/set-mailbox';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

/** Reasons shared by the on-premises reading cmdlets. */
export const ONPREM_READ_REASONS = {
  DomainController: NO_EFFECT.domainController,
  ReadFromDomainController: NO_EFFECT.domainController,
  IgnoreDefaultScope: 'the emulated organization has one domain; every object is in scope',
  Credential: "the remote session's credentials are used",
  Filter: 'OPATH filters are not evaluated; pipe to Where-Object instead',
  OrganizationalUnit: 'the emulated organization keeps no organizational units',
  SortBy: 'results come in the directory order; pipe to Sort-Object instead',
};

export const getOnPremMailboxCmdlet = defineCmdlet({
  ...declareActing(GET_MAILBOX, ['Identity', 'Anr', 'Database', 'Server', 'ResultSize', 'RecipientTypeDetails'], 'the emulated organization holds only user mailboxes; this kind of mailbox or option is accepted and ignored', {
    ...only(GET_MAILBOX, ONPREM_READ_REASONS),
    Archive: 'archive mailboxes are not emulated',
    RemoteArchive: 'archive mailboxes are not emulated',
  }),
  outputType: [TYPES.mailbox],
  process(ctx) {
    reading(ctx, (w) => {
      const org = w.onPrem;
      let rows = mailboxesNamed(ctx, w);
      if (ctx.bound('Database')) rows = rows.filter((m) => m.database.toLowerCase() === (identityOf(ctx.params.Database) ?? '').toLowerCase());
      if (ctx.bound('Server')) {
        const s = (identityOf(ctx.params.Server) ?? '').toLowerCase();
        rows = rows.filter((m) => org.databases.some((d) => d.name === m.database && (d.server.toLowerCase() === s || org.servers.some((x) => x.name === d.server && x.fqdn.toLowerCase() === s))));
      }
      if (ctx.bound('RecipientTypeDetails')) {
        const types = (ctx.params.RecipientTypeDetails as unknown[]).map((t) => stringOf(t as never).toLowerCase());
        rows = rows.filter((m) => types.includes(m.recipientTypeDetails.toLowerCase()));
      }
      for (const m of limitResults(ctx, rows)) ctx.writeObject(onPremMailboxObject(org, m, runspaceId(ctx)));
    });
  },
});

/** -GrantSendOnBehalfTo: a list replaces the delegates, $null clears them, @{Add=...; Remove=...} edits them. */
/** The mailboxes -Identity (one, or a not-found error) and -Anr (a name prefix) select: Get-Mailbox and Get-User alike. */
export function mailboxesNamed(ctx: CmdletContext, w: World): World['onPrem']['mailboxes'] {
  const org = w.onPrem;
  const id = identityOf(ctx.params.Identity);
  let rows = org.mailboxes;
  if (id) {
    const m = findOrgMailbox(org, id);
    check(w, m ? 'ok' : 'not-found', id);
    rows = [m!];
  }
  if (ctx.bound('Anr')) {
    const a = stringOf(ctx.params.Anr).toLowerCase();
    rows = rows.filter((m) => [m.alias, m.displayName, m.primarySmtpAddress, m.samAccountName].some((f) => f.toLowerCase().startsWith(a)));
  }
  return rows;
}

export function delegateChange(value: PSValue | undefined): { replace?: string[]; add?: string[]; remove?: string[] } {
  const list = (v: PSValue | undefined): string[] => (v === null || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => identityOf(x as PSValue) ?? stringOf(x as PSValue)));
  if (value instanceof PSHashtable) {
    const get = (k: string) => {
      for (const [key, v] of value.entries()) if (stringOf(key as PSValue).toLowerCase() === k) return v as PSValue;
      return undefined;
    };
    return { add: list(get('add')), remove: list(get('remove')) };
  }
  return { replace: list(value) };
}

export function applyDelegates(ctx: CmdletContext, w: World, id: string): void {
  const r = setDelegates(w, id, delegateChange(ctx.params.GrantSendOnBehalfTo));
  if (typeof r === 'object') fail('UnknownPrincipal', [r.unknown], r.unknown);
  check(w, r, id);
}

export const setOnPremMailboxCmdlet = defineCmdlet({
  ...declareActing(SET_MAILBOX, ['Identity', 'HiddenFromAddressListsEnabled', 'GrantSendOnBehalfTo', 'Force'], 'only address-list visibility and delegates are modelled for on-premises mailboxes', {
    DomainController: NO_EFFECT.domainController,
  }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      check(w, findOrgMailbox(w.onPrem, id) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'Set-Mailbox', id)) return;
      const hidden = bool(ctx, 'HiddenFromAddressListsEnabled');
      if (hidden !== undefined) check(w, setHiddenFromAddressLists(w, id, hidden), id);
      if (ctx.bound('GrantSendOnBehalfTo')) applyDelegates(ctx, w, id);
    });
  },
});

export const ON_PREM_MAILBOX_CMDLETS = [getOnPremMailboxCmdlet, setOnPremMailboxCmdlet];
