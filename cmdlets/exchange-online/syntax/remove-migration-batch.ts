/**
 * Remove-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Remove-MigrationBatch",
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
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-MigrationBatch cmdlet to delete a migration batch that either isn't running or is completed. If necessary, you can run the Get-MigrationBatch cmdlet to determine the status of a migration batch before you remove it.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-migrationbatch",
    "referencePage": "Remove-MigrationBatch"
  }
};
