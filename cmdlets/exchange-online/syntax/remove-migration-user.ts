/**
 * Remove-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MigrationUser.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_MIGRATION_USER: CmdletMetadata = {
  "name": "Remove-MigrationUser",
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
      },
      "description": "The Identity parameter specifies the user that you want to remove from the migration batch."
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
    "synopsis": "Use the Remove-MigrationUser cmdlet to remove a migration user from a batch.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-MigrationUser -Identity TonySmith",
        "remarks": "This example removes the migration user Tony Smith from a migration batch."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-migrationuser"
  }
};
