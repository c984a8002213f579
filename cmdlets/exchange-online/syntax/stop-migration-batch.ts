/**
 * Stop-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Stop-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Stop-MigrationBatch cmdlet to stop the processing of a migration batch that's in progress.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/stop-migrationbatch",
    "referencePage": "Stop-MigrationBatch"
  }
};
