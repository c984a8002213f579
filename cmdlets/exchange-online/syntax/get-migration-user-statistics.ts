/**
 * Get-MigrationUserStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationUserStatistics.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_USER_STATISTICS: CmdletMetadata = {
  "name": "Get-MigrationUserStatistics",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationUserIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DiagnosticInfo",
      "type": "String"
    },
    {
      "name": "IncludeCopilotReport",
      "type": "SwitchParameter"
    },
    {
      "name": "IncludeReport",
      "type": "SwitchParameter"
    },
    {
      "name": "IncludeSkippedItems",
      "type": "SwitchParameter"
    },
    {
      "name": "LimitSkippedItemsTo",
      "type": "Int32"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    },
    {
      "name": "SkipSubscription",
      "type": "SwitchParameter"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationUserStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationUserStatistics cmdlet to view detailed information about the migration requested for a specific user.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationuserstatistics",
    "referencePage": "Get-MigrationUserStatistics"
  }
};
