/**
 * Stop-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Stop-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const STOP_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Stop-MigrationBatch",
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
      "description": "The Identity parameter identifies the name of the current migration batch. The value for this parameter is specified by the Name parameter of the New-MigrationBatch cmdlet."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Stop-MigrationBatch cmdlet to stop the processing of a migration batch that's in progress.",
    "description": "The Stop-MigrationBatch cmdlet stops the migration batch that's being processed in your on-premises Exchange organization or by the cloud-based migration service running in Microsoft 365. You can only stop migration batches that have mailboxes that are still in the process of being migrated or are waiting to be migrated. Stopping a migration doesn't affect mailboxes that have been migrated already. The migration of mailboxes that are being actively migrated is stopped immediately. If all migration requests in a migration batch are completed or failed, this cmdlet doesn't run.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Stop-MigrationBatch",
        "remarks": "This example stops the migration batch that's currently being processed by the migration service."
      },
      {
        "title": "Example 2",
        "code": "Stop-MigrationBatch -Identity MigrationBatch1",
        "remarks": "This example stops the migration batch MigrationBatch1."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/stop-migrationbatch"
  }
};
