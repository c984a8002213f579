/**
 * Get-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationEndpoint.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "Get-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DiagnosticInfo",
      "type": "String",
      "sets": {
        "TypeFilter": {},
        "Identity": {}
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "TypeFilter": {},
        "Identity": {}
      }
    },
    {
      "name": "Type",
      "type": "MigrationType",
      "sets": {
        "TypeFilter": {
          "mandatory": true
        }
      },
      "enumValues": [
        "ExchangeOutlookAnywhere",
        "ExchangeRemoteMove",
        "IMAP",
        "PublicFolder",
        "Gmail",
        "PSTImport",
        "Compliance",
        "GoogleMarketplaceApp"
      ]
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationEndpoint"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationEndpoint cmdlet to retrieve migration endpoint settings for source or destination servers for cutover or staged Exchange migrations, IMAP migrations, and remote moves.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationendpoint",
    "referencePage": "Get-MigrationEndpoint"
  }
};
