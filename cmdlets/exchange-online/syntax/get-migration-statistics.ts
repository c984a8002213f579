/**
 * Get-MigrationStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationStatistics.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_STATISTICS: CmdletMetadata = {
  "name": "Get-MigrationStatistics",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "DiagnosticInfo",
      "type": "String"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationStatistics cmdlet to view detailed information about migration requests.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationstatistics",
    "referencePage": "Get-MigrationStatistics"
  }
};
