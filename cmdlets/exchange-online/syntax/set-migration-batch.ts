/**
 * Set-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Set-MigrationBatch",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationBatchIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the migration batch that you want to modify. You can use any value that uniquely identifies the migration batch. For example:"
    },
    {
      "name": "AddUsers",
      "type": "SwitchParameter",
      "description": "The AddUsers switch specifies whether to incrementally add users to an existing migration batch without recreating or resubmitting the entire batch. You don't need to specify a value with this switch."
    },
    {
      "name": "AllowUnknownColumnsInCsv",
      "type": "Boolean",
      "description": "The AllowUnknownColumnsInCsv parameter specifies whether to allow extra columns in the CSV file that aren't used by migration. Valid values are:"
    },
    {
      "name": "ApproveSkippedItems",
      "type": "SwitchParameter",
      "description": "The ApproveSkippedItems switch marks all of the skipped items that were discovered prior to the current time as approved. You don't need to specify a value with this switch."
    },
    {
      "name": "CompleteAfter",
      "type": "DateTime",
      "description": "The CompleteAfter parameter specifies a delay before the batch is completed. Data migration for the batch starts, but completion doesn't start until the date/time you specify with this parameter."
    },
    {
      "name": "CSVData",
      "type": "Byte[]",
      "description": "The CSVData parameter specifies the CSV file that contains information about the user mailboxes to be moved or migrated. The required attributes in the header row of the CSV file vary depending on the type of migration."
    },
    {
      "name": "MoveOptions",
      "type": "MultiValuedProperty",
      "description": "The MoveOptions parameter specifies the stages of the migration that you want to skip for debugging purposes. Don't use this parameter unless you're directed to do so by Microsoft Customer Service and Support or specific documentation."
    },
    {
      "name": "NotificationEmails",
      "type": "MultiValuedProperty",
      "description": "The NotificationEmails parameter specifies one or more email addresses that migration status reports are sent to."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "ReportInterval",
      "type": "TimeSpan",
      "description": "The ReportInterval parameter specifies how frequently emailed reports should be sent to the email addresses listed within NotificationEmails."
    },
    {
      "name": "SkipMerging",
      "type": "MultiValuedProperty",
      "description": "The SkipMerging parameter specifies the stages of the migration that you want to skip for debugging purposes. Don't use this parameter unless you're directed to do so by Microsoft Customer Service and Support or specific documentation."
    },
    {
      "name": "SkipMoving",
      "type": "MultiValuedProperty",
      "description": "This parameter is replaced by the MoveOptions parameter."
    },
    {
      "name": "SkipReports",
      "type": "Boolean",
      "description": "The SkipReports switch specifies that you want to skip automatic reporting for the migration. You don't need to specify a value with this switch."
    },
    {
      "name": "StartAfter",
      "type": "DateTime",
      "description": "The StartAfter parameter specifies a delay before the data migration for the users within the batch is started. The migration is prepared, but the actual data migration for users within the batch doesn't start until the date/time you specify with this parameter."
    },
    {
      "name": "SyncNow",
      "type": "SwitchParameter",
      "description": "The SyncNow switch starts an immediate sync for users that have already reached Synced status, but doesn't resume any Failed users. You don't need to specify a value with this switch."
    },
    {
      "name": "Update",
      "type": "SwitchParameter",
      "description": "The Update switch sets the Update flag on the migration batch. You don't need to specify a value with this switch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationBatch cmdlet to update a migration request for a batch of users. For more information, see New-MigrationBatch.",
    "description": "The Set-MigrationBatch cmdlet configures your existing migration batches to migrate mailboxes and mailbox data in one of the following scenarios:\n\n- Local move - Cross-forest move - Remote move - Cutover Exchange migration - Staged Exchange migration - IMAP migration - Google Workspace (formerly G Suite) migration",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-MigrationBatch -Identity MigrationBatch01 -ApproveSkippedItems",
        "remarks": "This example updates MigrationBatch01 by approving all of the skipped items for all of the users in the batch that were detected previously."
      },
      {
        "title": "Example 2",
        "code": "`Set-MigrationBatch -Identity MigrationBatch01 -AddUsers -CSVData ([System.IO.File]::ReadAllBytes('C:\\Data\\MigrationBatch01.csv'))`",
        "remarks": "In the cloud-based service, this example adds new users to the existing migration batch named MigrationBatch01. The new users are identified in the file C:\\Data\\MigrationBatch01.csv that was used to create the original migration batch. Only the new users in the file are processed."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationbatch"
  }
};
