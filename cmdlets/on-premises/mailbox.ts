/**
 * Get-Mailbox and Set-Mailbox in the Exchange Management Shell (Exchange 2010): the basics the seed
 * articles need (S1 prep 5: mailboxes must not be hidden from the address lists).
 */
import { defineCmdlet, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { stringOf } from '../../src/engine/values';
import { findOrgMailbox, setHiddenFromAddressLists } from '../../src/model/onprem-admin';
import { onPremMailboxObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, identityOf, inTransaction, limitResults, reading, runspaceId } from '../exchange-online/context';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const IDENTITY: ParameterDeclaration = {
  name: 'Identity',
  type: 'MailboxIdParameter',
  sets: { Identity: { position: 0, valueFromPipeline: true } },
  description: 'The mailbox: name, alias, distinguished or canonical name, e-mail address, GUID or DOMAIN\\user.',
};
const DC: ParameterDeclaration = { name: 'DomainController', type: 'Fqdn', description: 'The domain controller to read from or write to.', noEffect: NO_EFFECT.domainController };

export const getOnPremMailboxCmdlet = defineCmdlet({
  name: 'Get-Mailbox',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    IDENTITY,
    { name: 'Anr', type: 'String', sets: { AnrSet: { mandatory: true } }, description: 'Ambiguous name resolution.' },
    { name: 'Database', type: 'DatabaseIdParameter', sets: { Database: { mandatory: true } }, description: 'Returns the mailboxes of a database.' },
    { name: 'Server', type: 'ServerIdParameter', sets: { Server: { mandatory: true } }, description: 'Returns the mailboxes of a server.' },
    { name: 'ResultSize', type: 'Unlimited', description: 'The maximum number of results (default 1000).' },
    { name: 'RecipientTypeDetails', type: 'String[]', description: 'Filters by recipient type (UserMailbox, SharedMailbox, RoomMailbox ...).' },
    { name: 'Filter', type: 'String', description: 'An OPATH filter.', noEffect: 'OPATH filters are not evaluated; pipe to Where-Object instead' },
    DC,
  ],
  outputType: [TYPES.mailbox],
  help: {
    synopsis: 'Use the Get-Mailbox cmdlet to view mailbox objects and attributes.',
    examples: [{ code: 'Get-Mailbox -ResultSize Unlimited | Where-Object {$_.HiddenFromAddressListsEnabled}', remarks: 'Lists the mailboxes hidden from the address lists (they cannot be migrated).' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox',
  },
  process(ctx) {
    reading(ctx, (w) => {
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

export const setOnPremMailboxCmdlet = defineCmdlet({
  name: 'Set-Mailbox',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { ...IDENTITY, sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } },
    { name: 'HiddenFromAddressListsEnabled', type: 'Boolean', description: 'Hides the mailbox from the address lists ($true) or shows it ($false).' },
    { name: 'DisplayName', type: 'String', description: 'The display name.', noEffect: 'only address-list visibility is modelled for on-premises mailboxes' },
    { name: 'EmailAddresses', type: 'ProxyAddressCollection', description: 'The e-mail addresses.', noEffect: 'only address-list visibility is modelled for on-premises mailboxes' },
    { name: 'Force', type: 'SwitchParameter', description: 'Hides confirmation prompts.' },
    DC,
  ],
  help: {
    synopsis: 'Use the Set-Mailbox cmdlet to modify the settings of existing mailboxes.',
    examples: [{ code: 'Set-Mailbox -Identity "Sara Lindqvist" -HiddenFromAddressListsEnabled $false', remarks: 'Shows the mailbox in the address lists again so that it can be migrated.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      check(w, findOrgMailbox(w.onPrem, id) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'Set-Mailbox', id)) return;
      const hidden = bool(ctx, 'HiddenFromAddressListsEnabled');
      if (hidden !== undefined) check(w, setHiddenFromAddressLists(w, id, hidden), id);
    });
  },
});

export const ON_PREM_MAILBOX_CMDLETS = [getOnPremMailboxCmdlet, setOnPremMailboxCmdlet];
