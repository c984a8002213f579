/**
 * Exchange's confirmation texts. Exchange cmdlets call ShouldProcess with a message of their own,
 * so -WhatIf prints `What if: <message>` and -Confirm asks "Are you sure you want to perform this
 * action?" above it, not pwsh's `Performing the operation "<cmdlet>" on target "<id>"`.
 * `emu: false` is a wording a Microsoft page shows; `emu: true` follows the same pattern (a verb in
 * -ing, the object's kind, its identity in double quotes) where no source gives Exchange's text.
 */
import type { CmdletContext } from '../src/engine/cmdlet';

interface ConfirmText {
  template: string;
  emu: boolean;
}

const t = (template: string, emu = true): ConfirmText => ({ template, emu });

export const EXCHANGE_CONFIRM = {
  // whatif-confirm-and-validateonly-switches-exchange-2013-help: New-AcceptedDomain -Name "Contoso Domain" -DomainName "contoso.com" -WhatIf
  'New-AcceptedDomain': t('Creating Accepted Domain "{0}" with domain name "{1}".', false),
  'Set-AcceptedDomain': t('Setting Accepted Domain "{0}".'),
  'Remove-AcceptedDomain': t('Removing Accepted Domain "{0}".'),
  'New-MigrationBatch': t('Creating migration batch "{0}".'),
  'Set-MigrationBatch': t('Setting migration batch "{0}".'),
  'Start-MigrationBatch': t('Starting migration batch "{0}".'),
  'Stop-MigrationBatch': t('Stopping migration batch "{0}".'),
  'Complete-MigrationBatch': t('Completing migration batch "{0}".'),
  'Remove-MigrationBatch': t('Removing migration batch "{0}".'),
  'New-MigrationEndpoint': t('Creating migration endpoint "{0}".'),
  'Set-MigrationEndpoint': t('Setting migration endpoint "{0}".'),
  'Remove-MigrationEndpoint': t('Removing migration endpoint "{0}".'),
  'Set-MigrationUser': t('Setting migration user "{0}".'),
  'Start-MigrationUser': t('Starting migration user "{0}".'),
  'Stop-MigrationUser': t('Stopping migration user "{0}".'),
  'Remove-MigrationUser': t('Removing migration user "{0}".'),
  'Set-Mailbox': t('Setting mailbox "{0}".'),
  'Set-ClientAccessServer': t('Setting Client Access server "{0}".'),
  'Enable-OutlookAnywhere': t('Enabling Outlook Anywhere on server "{0}".'),
  'Disable-OutlookAnywhere': t('Disabling Outlook Anywhere virtual directory "{0}".'),
  'Set-OutlookAnywhere': t('Setting Outlook Anywhere virtual directory "{0}".'),
  'Disable-UMMailbox': t('Disabling Unified Messaging on mailbox "{0}".'),
  'Set-User': t('Setting user "{0}".'),
  'New-MailboxRepairRequest': t('Creating a mailbox repair request for mailbox "{0}".'),
  'Add-MailboxPermission': t('Adding mailbox permission "{1}" for user "{2}" on mailbox "{0}".'),
  'Remove-MailboxPermission': t('Removing mailbox permission "{1}" for user "{2}" on mailbox "{0}".'),
  'Add-ADPermission': t('Adding Active Directory permission "{1}" for user "{2}" on object "{0}".'),
  'Remove-ADPermission': t('Removing Active Directory permission "{1}" for user "{2}" on object "{0}".'),
  'New-ExchangeCertificate': t('Creating {1} with subject "{0}".'),
  'Import-ExchangeCertificate': t('Importing certificate from "{0}".'),
  'Enable-ExchangeCertificate': t('Enabling certificate "{0}" for services "{1}".'),
  'Remove-ExchangeCertificate': t('Removing certificate "{0}".'),
} as const satisfies Record<string, ConfirmText>;

export type ConfirmingCmdlet = keyof typeof EXCHANGE_CONFIRM;

export function confirmText(cmdlet: ConfirmingCmdlet, args: readonly string[]): string {
  return EXCHANGE_CONFIRM[cmdlet].template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** ShouldProcess the way Exchange asks it: false under -WhatIf or when the admin answers No. */
export function shouldProcessExchange(ctx: CmdletContext, cmdlet: ConfirmingCmdlet, ...args: string[]): boolean {
  return ctx.shouldProcessMessage(confirmText(cmdlet, args));
}
