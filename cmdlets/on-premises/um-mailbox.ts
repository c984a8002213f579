/** Disable-UMMailbox: UM must be off on a mailbox before it can be migrated (S0, S1, R16). */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { disableUm, findOrgMailbox } from '../../src/model/onprem-admin';
import { umMailboxObject, TYPES } from '../exchange-types';
import { NO_EFFECT, fail, identityOf, inTransaction, reading, runspaceId } from '../exchange-online/context';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

export const disableUMMailboxCmdlet = defineCmdlet({
  name: 'Disable-UMMailbox',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [
    { name: 'Identity', type: 'MailboxIdParameter', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The UM-enabled mailbox.' },
    { name: 'KeepProperties', type: 'Boolean', description: 'Keeps the UM properties on the mailbox.', noEffect: 'UM properties are not modelled' },
    { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController },
  ],
  outputType: [TYPES.umMailbox],
  help: {
    synopsis: 'Use the Disable-UMMailbox cmdlet to disable Unified Messaging on a mailbox.',
    examples: [{ code: 'Disable-UMMailbox -Identity tony@contoso.com', remarks: 'Disables UM on the mailbox so it can be migrated.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/disable-ummailbox',
  },
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
