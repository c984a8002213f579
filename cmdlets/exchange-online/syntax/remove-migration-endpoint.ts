/**
 * Remove-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MigrationEndpoint.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-MigrationEndpoint cmdlet to remove existing migration endpoints for source or destination servers for cutover or staged Exchange migrations, IMAP migrations and remote moves.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-migrationendpoint",
    "referencePage": "Remove-MigrationEndpoint"
  }
};
