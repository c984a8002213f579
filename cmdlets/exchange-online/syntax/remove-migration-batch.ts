/**
 * Remove-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter identifies the migration batch that you want to remove. The value for this parameter is the name that was specified when the migration batch was created."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-MigrationBatch cmdlet to delete a migration batch that either isn't running or is completed. If necessary, you can run the Get-MigrationBatch cmdlet to determine the status of a migration batch before you remove it.",
    "description": "The Remove-MigrationBatch cmdlet removes a migration batch. All subscriptions are deleted and any object related to the migration batch is also deleted.\n\nIf you use the Force switch with this cmdlet, the individual user requests and subscriptions that were part of the removed migration batch aren't removed. You need to remove the individual migration user requests with the command: Remove-MigrationUser <Identity> -Force.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-MigrationBatch -Identity Cutover1",
        "remarks": "This example removes the migration batch Cutover1."
      },
      {
        "title": "Example 2",
        "code": "Remove-MigrationBatch -Identity LocalMove1 -Force",
        "remarks": "This example removes the corrupted migration batch LocalMove1."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-migrationbatch"
  }
};
