/**
 * Get-MigrationConfig: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationConfig.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_CONFIG: CmdletMetadata = {
  "name": "Get-MigrationConfig",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Partition",
  "parameters": [
    {
      "name": "AllPartitions",
      "type": "SwitchParameter",
      "sets": {
        "AllPartitions": {}
      }
    },
    {
      "name": "IncludeSimplifiedGmailMigrationData",
      "type": "SwitchParameter",
      "sets": {
        "Partition": {},
        "AllPartitions": {}
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "Partition": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationConfig"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationConfig cmdlet to retrieve migration configuration settings for your organization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationconfig",
    "referencePage": "Get-MigrationConfig"
  }
};
