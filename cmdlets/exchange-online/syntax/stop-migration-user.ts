/**
 * Stop-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Stop-MigrationUser.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const STOP_MIGRATION_USER: CmdletMetadata = {
  "name": "Stop-MigrationUser",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationUserIdParameter",
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
    "synopsis": "Use the Stop-MigrationUser cmdlet to stop the migration of a user in an existing migration batch.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/stop-migrationuser",
    "referencePage": "Stop-MigrationUser"
  }
};
