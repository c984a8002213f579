/**
 * Add-MailboxPermission (FullAccess on a mailbox) and Add-ADPermission (Receive As on a mailbox
 * database): the permissions the migration administrator needs (exchange-docs/assign-permissions-for-migration.md).
 */
import { stringOf } from '../../src/engine/values';
import { defineCmdlet as defineCmdlet, type CmdletContext, type CmdletMetadata } from '../../src/engine/cmdlet';
import { addFullAccess, addReceiveAs, findDatabase, findOrgMailbox, knownPrincipal, removeFullAccess, removeReceiveAs } from '../../src/model/onprem-admin';
import type { World } from '../../src/model/world';
import { adAceObject, adPermissionObject, mailboxAceObject, mailboxPermissionObject, TYPES } from '../exchange-types';
import { NO_EFFECT, declareActing, only, exchangeMessage, identityOf, inTransaction, reading, runspaceId, str, strList, withParameter } from '../exchange-online/context';
import { ADD_MAILBOX_PERMISSION } from './syntax/add-mailbox-permission';
import { GET_MAILBOX_PERMISSION } from './syntax/get-mailbox-permission';
import { REMOVE_MAILBOX_PERMISSION } from './syntax/remove-mailbox-permission';
import { ADD_ADPERMISSION } from './syntax/add-adpermission';
import { GET_ADPERMISSION } from './syntax/get-adpermission';
import { REMOVE_ADPERMISSION } from './syntax/remove-adpermission';
import { principalName } from '../../src/model/queries';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const MAILBOX_RIGHTS = ['FullAccess', 'SendAs', 'ExternalAccount', 'DeleteItem', 'ReadPermission', 'ChangePermission', 'ChangeOwner'];
const INHERITANCE = ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'];

/** The enum values the binder checks -AccessRights (mailbox rights) and -InheritanceType against. */
function withRights(meta: CmdletMetadata, mailboxRights: boolean): CmdletMetadata {
  const m = withParameter(meta, 'InheritanceType', { enumValues: INHERITANCE });
  return mailboxRights ? withParameter(m, 'AccessRights', { enumValues: MAILBOX_RIGHTS }) : m;
}

const COMMON_REASONS = {
  DomainController: NO_EFFECT.domainController,
  IgnoreDefaultScope: 'the emulated organization has one domain; every object is in scope',
  Deny: 'deny entries are not modelled',
  Instance: 'entries are named with -Identity and -User; piping permission entries is not emulated',
};

export const addMailboxPermissionCmdlet = defineCmdlet({
  ...withRights(declareActing(ADD_MAILBOX_PERMISSION, ['Identity', 'User', 'AccessRights'], 'the option is accepted and ignored', {
    ...only(ADD_MAILBOX_PERMISSION, COMMON_REASONS),
    InheritanceType: 'mailbox permissions are not inherited in the model',
    AutoMapping: 'Outlook profiles are not emulated',
    Owner: 'mailbox owners are not modelled',
  }), true),
  outputType: [TYPES.mailboxPermission],
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
  ...withRights(declareActing(ADD_ADPERMISSION, ['Identity', 'User', 'ExtendedRights'], 'only the Receive-As extended right is modelled', {
    ...only(ADD_ADPERMISSION, COMMON_REASONS),
    InheritanceType: 'permissions are not inherited in the model',
    Owner: 'object owners are not modelled',
  }), false),
  outputType: [TYPES.adPermission],
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
  ...declareActing(GET_MAILBOX_PERMISSION, ['Identity', 'User'], 'the option is accepted and ignored', {
    DomainController: NO_EFFECT.domainController,
    ReadFromDomainController: NO_EFFECT.domainController,
    Credential: "the remote session's credentials are used",
    Owner: 'mailbox owners are not modelled',
    ResultSize: 'a mailbox has few entries; all are returned',
  }),
  outputType: [TYPES.mailboxPermission],
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
  ...declareActing(GET_ADPERMISSION, ['Identity', 'User'], 'the option is accepted and ignored', {
    DomainController: NO_EFFECT.domainController,
    Owner: 'object owners are not modelled',
  }),
  outputType: [TYPES.adPermission],
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
  ...withRights(declareActing(REMOVE_MAILBOX_PERMISSION, ['Identity', 'User', 'AccessRights'], 'the option is accepted and ignored', {
    ...only(REMOVE_MAILBOX_PERMISSION, COMMON_REASONS),
    InheritanceType: 'mailbox permissions are not inherited in the model',
    ClearAutoMapping: 'Outlook profiles are not emulated',
    ResetDefault: 'the default permissions of a mailbox are not modelled',
  }), true),
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
  ...withRights(declareActing(REMOVE_ADPERMISSION, ['Identity', 'User', 'ExtendedRights'], 'only the Receive-As extended right is modelled', {
    ...only(REMOVE_ADPERMISSION, COMMON_REASONS),
    InheritanceType: 'permissions are not inherited in the model',
  }), false),
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
