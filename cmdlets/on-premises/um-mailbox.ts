/** Disable-UMMailbox: UM must be off on a mailbox before it can be migrated (S0, S1, R16). */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { disableUm, findOrgMailbox } from '../../src/model/onprem-admin';
import { umMailboxObject, TYPES } from '../exchange-types';
import { NO_EFFECT, declare, fail, identityOf, inTransaction, reading, runspaceId } from '../exchange-online/context';
import { DISABLE_UMMAILBOX } from './syntax/disable-ummailbox';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

export const disableUMMailboxCmdlet = defineCmdlet({
  ...declare(DISABLE_UMMAILBOX, {
    KeepProperties: 'UM properties are not modelled',
    DomainController: NO_EFFECT.domainController,
    IgnoreDefaultScope: 'the emulated organization has one domain; every object is in scope',
  }),
  outputType: [TYPES.umMailbox],
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    const done = inTransaction(ctx, (w) => {
      const m = findOrgMailbox(w.onPrem, id);
      check(w, m ? 'ok' : 'not-found', id);
      if (!m!.umEnabled) fail('UmNotEnabled', [m!.displayName], id);
      if (!shouldProcessExchange(ctx, 'Disable-UMMailbox', id)) return false;
      disableUm(w, id);
      return true;
    });
    if (done) reading(ctx, (w) => ctx.writeObject(umMailboxObject(findOrgMailbox(w.onPrem, id)!, runspaceId(ctx))));
  },
});

export const UM_MAILBOX_CMDLETS = [disableUMMailboxCmdlet];
