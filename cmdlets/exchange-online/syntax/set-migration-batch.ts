/**
 * Set-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "AddUsers",
      "type": "SwitchParameter"
    },
    {
      "name": "AllowUnknownColumnsInCsv",
      "type": "Boolean"
    },
    {
      "name": "ApproveSkippedItems",
      "type": "SwitchParameter"
    },
    {
      "name": "CompleteAfter",
      "type": "DateTime"
    },
    {
      "name": "CSVData",
      "type": "Byte[]"
    },
    {
      "name": "MoveOptions",
      "type": "MultiValuedProperty"
    },
    {
      "name": "NotificationEmails",
      "type": "MultiValuedProperty"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    },
    {
      "name": "ReportInterval",
      "type": "TimeSpan"
    },
    {
      "name": "SkipMerging",
      "type": "MultiValuedProperty"
    },
    {
      "name": "SkipMoving",
      "type": "MultiValuedProperty"
    },
    {
      "name": "SkipReports",
      "type": "Boolean"
    },
    {
      "name": "StartAfter",
      "type": "DateTime"
    },
    {
      "name": "SyncNow",
      "type": "SwitchParameter"
    },
    {
      "name": "Update",
      "type": "SwitchParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationBatch cmdlet to update a migration request for a batch of users. For more information, see New-MigrationBatch.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationbatch",
    "referencePage": "Set-MigrationBatch"
  }
};
