/**
 * Get-MigrationConfig: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationConfig.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The AllPartitions switch specifies whether to retrieve the migration configuration from all migration mailbox partitions. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeSimplifiedGmailMigrationData",
      "type": "SwitchParameter",
      "sets": {
        "Partition": {},
        "AllPartitions": {}
      },
      "description": "The IncludeSimplifiedGmailMigrationData switch specifies whether to include Gmail-related simplified migration data in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "Partition": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationConfig"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationConfig cmdlet to retrieve migration configuration settings for your organization.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationConfig",
        "remarks": "This example retrieves the settings for the migration configuration."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationconfig"
  }
};
