/**
 * Remove-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MigrationEndpoint.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "Remove-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the name of the migration endpoint you want to remove."
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
    "synopsis": "Use the Remove-MigrationEndpoint cmdlet to remove existing migration endpoints for source or destination servers for cutover or staged Exchange migrations, IMAP migrations and remote moves.",
    "description": "Use the Remove-MigrationEndpoint cmdlet to remove an existing migration endpoint.\n\nFor more information about migration endpoints, see Set-MigrationEndpoint and New-MigrationEndpoint.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-MigrationEndpoint -Identity CrossForestME01",
        "remarks": "This example removes the migration endpoint CrossForestME01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-migrationendpoint"
  }
};
