/**
 * Add-MailboxPermission (FullAccess on a mailbox) and Add-ADPermission (Receive As on a mailbox
 * database): the permissions the migration administrator needs (exchange-docs/assign-permissions-for-migration.md).
 */
import { stringOf } from '../../src/engine/values';
import { defineCmdlet as defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { addFullAccess, addReceiveAs, findDatabase, findOrgMailbox, knownPrincipal, removeFullAccess, removeReceiveAs } from '../../src/model/onprem-admin';
import type { World } from '../../src/model/world';
import { adAceObject, adPermissionObject, mailboxAceObject, mailboxPermissionObject, TYPES } from '../exchange-types';
import { NO_EFFECT, exchangeMessage, identityOf, inTransaction, reading, runspaceId, str, strList } from '../exchange-online/context';
import { principalName } from '../../src/model/queries';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

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
      if (!shouldProcessExchange(ctx, 'Add-MailboxPermission', id, rights.join(', '), user)) return null;
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
    { name: 'Properties', type: 'ADSchemaObjectIdParameter[]', sets: { AccessRights: {} }, description: 'The attributes a property right applies to (TargetAddress for a staged migration).', noEffect: 'property-level rights are reported but not stored' },
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
      // A database (Receive As) or a mailbox's user object (WriteProperty on TargetAddress, staged migrations).
      const db = findDatabase(w.onPrem, id);
      const mbx = db ? undefined : findOrgMailbox(w.onPrem, id);
      check(w, db || mbx ? 'ok' : 'not-found', id);
      check(w, knownPrincipal(w.onPrem, user) ? 'ok' : 'principal-not-found', id, user);
      if (!shouldProcessExchange(ctx, 'Add-ADPermission', id, rights.join(', '), user)) return null;
      if (db && rights.some((r) => r.toLowerCase() === 'receive-as')) check(w, addReceiveAs(w, id, user), id, user);
      return db ? db.name : `${w.onPrem.adDomain}/Users/${mbx!.displayName}`;
    });
    if (done) ctx.writeObject(adPermissionObject(done, stringOf(user), rights, runspaceId(ctx)));
  },
});

const DC: ParameterDeclaration = { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController };

/** How Exchange names a principal in permission entries: DOMAIN\\sAMAccountName. */
function principalLabel(w: World, sam: string): string {
  return `${w.onPrem.netbiosName}\\${sam}`;
}

/** The principal -User names (as its sAMAccountName), or undefined when -User is not given; an unknown one is an error. */
function userFilter(ctx: CmdletContext, w: World, identity: string): string | undefined {
  const user = str(ctx, 'User');
  if (user === undefined) return undefined;
  const sam = knownPrincipal(w.onPrem, user);
  check(w, sam ? 'ok' : 'principal-not-found', identity, user);
  return sam;
}

export const getMailboxPermissionCmdlet = defineCmdlet({
  name: 'Get-MailboxPermission',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true }, Owner: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox whose permissions are shown.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: {} }, description: 'Shows only the entries of this user or group.' },
    { name: 'Owner', type: 'SwitchParameter', sets: { Owner: { mandatory: true } }, description: 'Shows the mailbox owner instead of the permissions.', noEffect: 'mailbox owners are not modelled' },
    DC,
  ],
  outputType: [TYPES.mailboxPermission],
  help: {
    synopsis: 'Use the Get-MailboxPermission cmdlet to retrieve permissions on a mailbox.',
    examples: [{ code: 'Get-MailboxPermission -Identity "Sara Lindqvist" -User migadmin', remarks: 'Checks that the migration administrator has FullAccess on the mailbox.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const m = findOrgMailbox(w.onPrem, id);
      check(w, m ? 'ok' : 'not-found', id);
      const only = userFilter(ctx, w, id);
      const identity = `${w.onPrem.adDomain}/Users/${m!.displayName}`;
      // [EMU] The owner's own entry and the FullAccess grants; the many inherited service entries Exchange also lists are left out.
      const aces = [
        { sam: 'self', user: 'NT AUTHORITY\\SELF', rights: ['FullAccess', 'ReadPermission'] },
        ...m!.fullAccess.map((p) => ({ sam: p.toLowerCase(), user: principalLabel(w, p), rights: ['FullAccess'] })),
      ];
      for (const a of aces) if (only === undefined || a.sam === only) ctx.writeObject(mailboxAceObject({ identity, user: a.user, rights: a.rights, isInherited: false }, runspaceId(ctx)));
    });
  },
});

export const getADPermissionCmdlet = defineCmdlet({
  name: 'Get-ADPermission',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'ADRawEntryIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true }, Owner: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The object: a mailbox database or a mailbox\'s user.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: {} }, description: 'Shows only the entries of this user or group.' },
    { name: 'Owner', type: 'SwitchParameter', sets: { Owner: { mandatory: true } }, description: 'Shows the object owner instead of the permissions.', noEffect: 'object owners are not modelled' },
    DC,
  ],
  outputType: [TYPES.adPermission],
  help: {
    synopsis: 'Use the Get-ADPermission cmdlet to read permissions on Active Directory objects.',
    examples: [{ code: 'Get-ADPermission -Identity "Mailbox Database 0815437251" -User migadmin', remarks: 'Checks that the migration administrator has Receive As on the database.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-adpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const db = findDatabase(w.onPrem, id);
      const mbx = db ? undefined : findOrgMailbox(w.onPrem, id);
      check(w, db || mbx ? 'ok' : 'not-found', id);
      const only = userFilter(ctx, w, id);
      // [EMU] Databases list their Receive As grants; a user object lists SELF's Send As and Receive As (Exchange's defaults).
      const aces = db
        ? db.receiveAs.map((p) => ({ sam: p.toLowerCase(), user: principalLabel(w, p), rights: ['Receive-As'] }))
        : [{ sam: 'self', user: 'NT AUTHORITY\\SELF', rights: ['Send-As', 'Receive-As'] }];
      const identity = db ? db.name : `${w.onPrem.adDomain}/Users/${mbx!.displayName}`;
      for (const a of aces) {
        if (only !== undefined && a.sam !== only) continue;
        for (const right of a.rights) ctx.writeObject(adAceObject({ identity, user: a.user, extendedRights: [right], accessRights: ['ExtendedRight'], isInherited: false }, runspaceId(ctx)));
      }
    });
  },
});

export const removeMailboxPermissionCmdlet = defineCmdlet({
  name: 'Remove-MailboxPermission',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The mailbox to remove permissions from.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: { mandatory: true } }, description: 'The user or group whose permission is removed.' },
    { name: 'AccessRights', type: 'MailboxRights[]', enumValues: MAILBOX_RIGHTS, sets: { AccessRights: { mandatory: true } }, description: 'The rights to remove.' },
    { name: 'InheritanceType', type: 'ActiveDirectorySecurityInheritance', enumValues: ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'], description: 'The inheritance of the entry to remove.', noEffect: 'mailbox permissions are not inherited in the model' },
    { name: 'Deny', type: 'SwitchParameter', description: 'Removes a deny entry.', noEffect: 'deny entries are not modelled' },
    DC,
  ],
  help: {
    synopsis: 'Use the Remove-MailboxPermission cmdlet to remove permissions from a user on a mailbox.',
    examples: [{ code: 'Remove-MailboxPermission -Identity "Sara Lindqvist" -User administrator -AccessRights FullAccess -Confirm:$false', remarks: 'Takes FullAccess away (the migration of that mailbox then fails).' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-mailboxpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    const user = identityOf(ctx.params.User) ?? '';
    const rights = strList(ctx, 'AccessRights') ?? [];
    inTransaction(ctx, (w) => {
      const m = findOrgMailbox(w.onPrem, id);
      check(w, m ? 'ok' : 'not-found', id);
      const sam = knownPrincipal(w.onPrem, user);
      check(w, sam ? 'ok' : 'principal-not-found', id, user);
      if (!shouldProcessExchange(ctx, 'Remove-MailboxPermission', id, rights.join(', '), user)) return;
      // Only FullAccess is recorded (see Add-MailboxPermission).
      if (!rights.some((r) => r.toLowerCase() === 'fullaccess')) return;
      if (removeFullAccess(w, id, user) === 'unchanged') ctx.writeWarning(exchangeMessage('AceNotFound', `${w.onPrem.adDomain}/Users/${m!.displayName}`, principalLabel(w, sam!)));
    });
  },
});

export const removeADPermissionCmdlet = defineCmdlet({
  name: 'Remove-ADPermission',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  defaultParameterSet: 'AccessRights',
  parameters: [
    { name: 'Identity', type: 'ADRawEntryIdParameter', sets: { AccessRights: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The object: here a mailbox database.' },
    { name: 'User', type: 'SecurityPrincipalIdParameter', sets: { AccessRights: { mandatory: true } }, description: 'The user or group whose permission is removed.' },
    { name: 'ExtendedRights', type: 'ExtendedRightIdParameter[]', sets: { AccessRights: {} }, description: 'The extended rights to remove (Receive-As).' },
    { name: 'AccessRights', type: 'ActiveDirectoryRights[]', sets: { AccessRights: {} }, description: 'Active Directory rights.', noEffect: 'only the Receive-As extended right is modelled' },
    { name: 'InheritanceType', type: 'ActiveDirectorySecurityInheritance', enumValues: ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'], description: 'The inheritance of the entry to remove.', noEffect: 'permissions are not inherited in the model' },
    { name: 'Deny', type: 'SwitchParameter', description: 'Removes a deny entry.', noEffect: 'deny entries are not modelled' },
    DC,
  ],
  help: {
    synopsis: 'Use the Remove-ADPermission cmdlet to remove permissions from an Active Directory object.',
    examples: [{ code: 'Remove-ADPermission -Identity "Mailbox Database 0815437251" -User administrator -ExtendedRights Receive-As -Confirm:$false', remarks: 'Takes Receive As on the database away.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-adpermission',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    const user = identityOf(ctx.params.User) ?? '';
    const rights = strList(ctx, 'ExtendedRights') ?? [];
    inTransaction(ctx, (w) => {
      const db = findDatabase(w.onPrem, id);
      check(w, db ? 'ok' : 'not-found', id);
      const sam = knownPrincipal(w.onPrem, user);
      check(w, sam ? 'ok' : 'principal-not-found', id, user);
      if (!shouldProcessExchange(ctx, 'Remove-ADPermission', id, rights.join(', '), user)) return;
      if (!rights.some((r) => r.toLowerCase() === 'receive-as')) return;
      if (removeReceiveAs(w, id, user) === 'unchanged') ctx.writeWarning(exchangeMessage('AceNotFound', db!.name, principalLabel(w, sam!)));
    });
  },
});

export const PERMISSION_CMDLETS = [addMailboxPermissionCmdlet, addADPermissionCmdlet, getMailboxPermissionCmdlet, getADPermissionCmdlet, removeMailboxPermissionCmdlet, removeADPermissionCmdlet];
