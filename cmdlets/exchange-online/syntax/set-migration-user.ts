/**
 * Set-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationUser.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MIGRATION_USER: CmdletMetadata = {
  "name": "Set-MigrationUser",
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
      "name": "ApproveSkippedItems",
      "type": "SwitchParameter"
    },
    {
      "name": "CompleteAfter",
      "type": "DateTime"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    },
    {
      "name": "StartAfter",
      "type": "DateTime"
    },
    {
      "name": "SyncNow",
      "type": "SwitchParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationUser cmdlet to modify the migration settings of a user in an existing migration batch.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationuser",
    "referencePage": "Set-MigrationUser"
  }
};
