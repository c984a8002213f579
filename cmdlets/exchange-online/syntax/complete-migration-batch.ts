/**
 * Complete-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Complete-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const COMPLETE_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Complete-MigrationBatch",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationBatchIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the name of the migration batch that you want to complete. The value for this parameter is specified by the Name parameter for the New-MigrationBatch cmdlet. Use the Get-MigrationBatch cmdlet to determine the value of this parameter for the migration batch."
    },
    {
      "name": "CompletePublicFolderMigrationWithDataLoss",
      "type": "SwitchParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "SyncAndComplete",
      "type": "SwitchParameter",
      "description": "The SyncAndComplete switch specifies whether to trigger a final incremental synchronization immediately followed by completion of the migration batch if the synchronization was successful. You don't need to specify a value with this switch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Complete-MigrationBatch cmdlet to finalize a migration batch that has successfully finished initial synchronization.",
    "description": "After a migration batch has successfully run and has a status of Synced or SyncedWithErrors, use the Complete-MigrationBatch cmdlet to finalize the migration batch. When you finalize a migration batch, the cmdlet does the following for each mailbox in the migration batch:\n\n- Runs a final incremental synchronization. - Configures the user's Microsoft Outlook profile to point to the new target domain. - Converts the source mailbox to a mail-enabled user in the source domain.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Complete-MigrationBatch -Identity LocalMove1 -NotificationEmails admin@contoso.com,lucio@contoso.com",
        "remarks": "This example completes the migration batch LocalMove1 and sends a notification email message to the specified users."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/complete-migrationbatch"
  }
};
