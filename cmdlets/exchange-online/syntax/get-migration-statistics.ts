/**
 * Get-MigrationStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationStatistics.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_STATISTICS: CmdletMetadata = {
  "name": "Get-MigrationStatistics",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "DiagnosticInfo",
      "type": "String",
      "description": "Typically, you use the DiagnosticInfo parameter only at the request of Microsoft Customer Service and Support to troubleshoot problems. Valid values are:"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationStatistics cmdlet to view detailed information about migration requests.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationStatistics",
        "remarks": "This example returns the default statistics for the migration batches."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationstatistics"
  }
};
