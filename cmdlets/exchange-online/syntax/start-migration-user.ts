/**
 * Start-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Start-MigrationUser.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const START_MIGRATION_USER: CmdletMetadata = {
  "name": "Start-MigrationUser",
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
      },
      "description": "The Identity parameter specifies the email address of the user that's being migrated."
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
    "synopsis": "Use the Start-MigrationUser cmdlet to start the migration of a user in an existing migration batch.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Start-MigrationUser -Identity laura@contoso.com",
        "remarks": "This example starts the migration of the user named laura@contoso.com"
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/start-migrationuser"
  }
};
