/**
 * Complete-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Complete-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "CompletePublicFolderMigrationWithDataLoss",
      "type": "SwitchParameter"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    },
    {
      "name": "SyncAndComplete",
      "type": "SwitchParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Complete-MigrationBatch cmdlet to finalize a migration batch that has successfully finished initial synchronization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/complete-migrationbatch",
    "referencePage": "Complete-MigrationBatch"
  }
};
