/**
 * The user side of the on-premises organization (Exchange 2010 Management Shell): Get-User and
 * Set-User -Manager, and New-MailboxRepairRequest. A cutover does not migrate a manager or delegate
 * that is not a mailbox in the batch: the user stalls until the relationship is removed (R19). A
 * mailbox the store can't open fails to migrate until it is repaired.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { guidFor } from '../../src/model/migration/determinism';
import { findOrgMailbox, repairMailbox, setManager } from '../../src/model/onprem-admin';
import { mailboxRepairRequestObject, onPremUserObject, TYPES } from '../exchange-types';
import { NO_EFFECT, declareActing, only, flag, identityOf, inTransaction, limitResults, reading, runspaceId } from '../exchange-online/context';
import { mailboxesNamed, ONPREM_READ_REASONS } from './mailbox';
import { GET_USER } from './syntax/get-user';
import { SET_USER } from './syntax/set-user';
import { NEW_MAILBOX_REPAIR_REQUEST } from './syntax/new-mailbox-repair-request';
import { check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

export const getOnPremUserCmdlet = defineCmdlet({
  ...declareActing(GET_USER, ['Identity', 'Anr', 'ResultSize'], 'the emulated organization holds only mailbox users; this option is accepted and ignored', only(GET_USER, ONPREM_READ_REASONS)),
  outputType: [TYPES.user365],
  process(ctx) {
    reading(ctx, (w) => {
      const org = w.onPrem;
      const rows = mailboxesNamed(ctx, w);
      for (const m of limitResults(ctx, rows)) ctx.writeObject(onPremUserObject(org, m, runspaceId(ctx)));
    });
  },
});

export const setOnPremUserCmdlet = defineCmdlet({
  ...declareActing(SET_USER, ['Identity', 'Manager'], 'only the manager is modelled for on-premises users', { DomainController: NO_EFFECT.domainController }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      check(w, findOrgMailbox(w.onPrem, id) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'Set-User', id)) return;
      if (ctx.bound('Manager')) {
        const manager = identityOf(ctx.params.Manager);
        check(w, setManager(w, id, manager || null), id, manager ?? '');
      }
    });
  },
});

export const newMailboxRepairRequestCmdlet = defineCmdlet({
  ...declareActing(NEW_MAILBOX_REPAIR_REQUEST, ['Mailbox', 'CorruptionType', 'DetectOnly'], 'the option is accepted and ignored', {
    Database: 'repairs run per mailbox in the model: name the mailbox with -Mailbox',
    StoreMailbox: 'repairs run per mailbox in the model: name the mailbox with -Mailbox',
    Archive: 'archive mailboxes are not emulated',
    DomainController: NO_EFFECT.domainController,
    Force: 'the request is not confirmed in the model',
  }),
  outputType: [TYPES.repairRequest],
  process(ctx) {
    const id = identityOf(ctx.params.Mailbox) ?? '';
    const types = (Array.isArray(ctx.params.CorruptionType) ? ctx.params.CorruptionType : [ctx.params.CorruptionType]).filter((x) => x !== undefined && x !== null).map((x) => stringOf(x as PSValue));
    const detectOnly = flag(ctx, 'DetectOnly');
    const out = inTransaction(ctx, (w) => {
      check(w, findOrgMailbox(w.onPrem, id) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'New-MailboxRepairRequest', id)) return undefined;
      const r = repairMailbox(w, id, detectOnly);
      const guid = guidFor(w.random.seed, `repair:${id.toLowerCase()}:${w.clock.now}`);
      return { m: r.mailbox!, request: { guid, corruptionTypes: types, detectOnly, corruptionsFound: r.corruptionsFound, at: w.clock.now } };
    });
    if (out) ctx.writeObject(mailboxRepairRequestObject(out.m, out.request, runspaceId(ctx)));
  },
});

export const ON_PREM_USER_CMDLETS = [getOnPremUserCmdlet, setOnPremUserCmdlet, newMailboxRepairRequestCmdlet];
