/**
 * Start-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Start-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const START_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Start-MigrationBatch",
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
      "description": "The Identity parameter identifies the migration batch that you want to start. Use the migration batch Name parameter as the value for this parameter. Use the Get-MigrationBatch cmdlet to identify the name of the migration batch."
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
    "synopsis": "Use the Start-MigrationBatch cmdlet to start a move request or migration batch that was created with the New-MigrationBatch cmdlet.",
    "description": "The Start-MigrationBatch cmdlet starts a pending migration batch that was created, but not started, with the New-MigrationBatch cmdlet.\n\nThe Start-MigrationBatch cmdlet also resumes a Stopped migration batch or retry failures within a Failed or Synced with Errors migration batch. In the cloud-based service, the Start-MigrationBatch cmdlet can also retry failures within a Completed with Errors migration batch.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Start-MigrationBatch -Identity SEM1",
        "remarks": "This example starts the migration batch SEM1."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/start-migrationbatch"
  }
};
