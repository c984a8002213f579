/**
 * Get-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_BATCH: CmdletMetadata = {
  "name": "Get-MigrationBatch",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationBatchIdParameter",
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
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      }
    },
    {
      "name": "Endpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "BatchesByEndpoint": {}
      }
    },
    {
      "name": "IncludeReport",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      }
    },
    {
      "name": "Status",
      "type": "MigrationBatchStatus",
      "sets": {
        "Identity": {},
        "BatchesByStatus": {}
      },
      "enumValues": [
        "Completed",
        "CompletedWithErrors",
        "Completing",
        "Corrupted",
        "Created",
        "Failed",
        "IncrementalSyncing",
        "Removing",
        "Starting",
        "Stopped",
        "Syncing",
        "Stopping",
        "Synced",
        "SyncedWithErrors",
        "Waiting"
      ]
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationBatch"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationBatch cmdlet to retrieve status information about the current migration batch.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationbatch",
    "referencePage": "Get-MigrationBatch"
  }
};
