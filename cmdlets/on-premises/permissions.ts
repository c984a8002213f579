/**
 * Add-MailboxPermission (FullAccess on a mailbox) and Add-ADPermission (Receive As on a mailbox
 * database): the permissions the migration administrator needs (exchange-docs/assign-permissions-for-migration.md).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf } from '../../src/engine/values';
import { addFullAccess, addReceiveAs, findDatabase, findOrgMailbox, knownPrincipal } from '../../src/model/onprem-admin';
import { adPermissionObject, mailboxPermissionObject, TYPES } from '../exchange-types';
import { NO_EFFECT, exchangeMessage, identityOf, inTransaction, runspaceId, strList } from '../exchange-online/context';
import { principalName } from '../../src/model/queries';
import { ON_PREM_SOURCE, check } from './context';

const MAILBOX_RIGHTS = ['FullAccess', 'SendAs', 'ExternalAccount', 'DeleteItem', 'ReadPermission', 'ChangePermission', 'ChangeOwner'];

export const addMailboxPermissionCmdlet = defineCmdlet({
  name: 'Add-MailboxPermission',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox to grant permissions on.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: { mandatory: true } }, description: 'The user or group that gets the permission (DOMAIN\\name, UPN ...).' },
    { name: 'AccessRights', type: 'MailboxRights[]', enumValues: MAILBOX_RIGHTS, sets: { AccessRights: { mandatory: true } }, description: 'The rights: FullAccess for the migration administrator.' },
    { name: 'InheritanceType', type: 'ActiveDirectorySecurityInheritance', enumValues: ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'], description: 'How the permission is inherited.', noEffect: 'mailbox permissions are not inherited in the model' },
    { name: 'AutoMapping', type: 'Boolean', description: 'Adds the mailbox to the user\'s Outlook automatically.', noEffect: 'Outlook profiles are not emulated' },
    { name: 'Deny', type: 'SwitchParameter', description: 'Denies the rights instead of granting them.', noEffect: 'deny entries are not modelled' },
    { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController },
  ],
  outputType: [TYPES.mailboxPermission],
  help: {
    synopsis: 'Use the Add-MailboxPermission cmdlet to add permissions to a mailbox.',
    examples: [{ code: 'Get-Mailbox -ResultSize Unlimited | Add-MailboxPermission -User migadmin -AccessRights FullAccess -InheritanceType All', remarks: 'Gives the migration administrator FullAccess on every mailbox.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    const user = identityOf(ctx.params.User) ?? '';
    const rights = strList(ctx, 'AccessRights') ?? [];
    const done = inTransaction(ctx, (w) => {
      const m = findOrgMailbox(w.onPrem, id);
      check(w, m ? 'ok' : 'not-found', id);
      check(w, knownPrincipal(w.onPrem, user) ? 'ok' : 'principal-not-found', id, user);
      if (!ctx.shouldProcess(id)) return null;
      // Only FullAccess matters to the migration rules (R14); other rights are accepted and not recorded.
      if (rights.some((r) => r.toLowerCase() === 'fullaccess') && addFullAccess(w, id, user) === 'exists') {
        // Exchange warns and writes nothing when the entry is already there.
        ctx.writeWarning(exchangeMessage('MailboxPermissionExists', principalName(w.onPrem, user)));
        return null;
      }
      return `${w.onPrem.adDomain}/Users/${m!.displayName}`;
    });
    if (done) ctx.writeObject(mailboxPermissionObject(done, user.includes('\\') ? user.toUpperCase().replace(/\\.*/, '') + user.slice(user.indexOf('\\')) : user, rights, runspaceId(ctx)));
  },
});

export const addADPermissionCmdlet = defineCmdlet({
  name: 'Add-ADPermission',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'ADRawEntryIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The object: here a mailbox database (its name).' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: { mandatory: true } }, description: 'The user or group that gets the permission.' },
    { name: 'ExtendedRights', type: 'ExtendedRightIdParameter[]', sets: { AccessRights: {} }, description: 'Extended rights: Receive-As for the migration administrator.' },
    { name: 'AccessRights', type: 'ActiveDirectoryRights[]', sets: { AccessRights: {} }, description: 'Active Directory rights (GenericAll, ExtendedRight ...).', noEffect: 'only the Receive-As extended right is modelled' },
    { name: 'InheritanceType', type: 'ActiveDirectorySecurityInheritance', enumValues: ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'], description: 'How the permission is inherited.', noEffect: 'permissions are not inherited in the model' },
    { name: 'Deny', type: 'SwitchParameter', description: 'Denies the rights.', noEffect: 'deny entries are not modelled' },
    { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController },
  ],
  outputType: [TYPES.adPermission],
  help: {
    synopsis: 'Use the Add-ADPermission cmdlet to add permissions to an Active Directory object.',
    examples: [{ code: 'Get-MailboxDatabase | Add-ADPermission -User migadmin -ExtendedRights receive-as', remarks: 'Gives the migration administrator Receive As on the mailbox databases.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/add-adpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    const user = identityOf(ctx.params.User) ?? '';
    const rights = strList(ctx, 'ExtendedRights') ?? [];
    const done = inTransaction(ctx, (w) => {
      check(w, findDatabase(w.onPrem, id) ? 'ok' : 'not-found', id);
      check(w, knownPrincipal(w.onPrem, user) ? 'ok' : 'principal-not-found', id, user);
      if (!ctx.shouldProcess(id)) return false;
      if (rights.some((r) => r.toLowerCase() === 'receive-as')) check(w, addReceiveAs(w, id, user), id, user);
      return true;
    });
    if (done) ctx.writeObject(adPermissionObject(id, stringOf(user), rights, runspaceId(ctx)));
  },
});

export const PERMISSION_CMDLETS = [addMailboxPermissionCmdlet, addADPermissionCmdlet];
