/**
 * Get-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter identifies the name of the current migration batch. The value for this parameter is specified by the Name parameter of the New-MigrationBatch cmdlet."
    },
    {
      "name": "DiagnosticInfo",
      "type": "String",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      },
      "description": "Typically, you use the DiagnosticInfo parameter only at the request of Microsoft Customer Service and Support to troubleshoot problems. Valid values are:"
    },
    {
      "name": "Endpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "BatchesByEndpoint": {}
      },
      "description": "The Endpoint parameter returns a list of migration batches associated with the specified migration endpoint."
    },
    {
      "name": "IncludeReport",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      },
      "description": "The IncludeReport switch returns additional information about the specified migration batch. You don't need to specify a value with this switch."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      },
      "description": "The Partition parameter filters the results for migration batches that were created in a specific migration partition mailbox. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "BatchesByEndpoint": {},
        "BatchesByStatus": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
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
      ],
      "description": "The Status parameter returns a list of migration batches that have the specified status state. Use one of the following values:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationBatch"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationBatch cmdlet to retrieve status information about the current migration batch.",
    "description": "The Get-MigrationBatch cmdlet displays status information about the current migration batch. This information includes the following information:\n\n- Status of the migration batch - Total number of mailboxes being migrated - Number of successfully completed migrations - Migration errors - Date and time when the migration was started and completed.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationBatch -Identity LocalMove2",
        "remarks": "This example displays status information for the migration batch LocalMove2."
      },
      {
        "title": "Example 2",
        "code": "Get-MigrationBatch -Endpoint exsrv1.contoso.com",
        "remarks": "This example displays information about all migration batches associated with the migration endpoint exsrv1.contoso.com."
      },
      {
        "title": "Example 3",
        "code": "Get-MigrationBatch -Status Syncing",
        "remarks": "This example displays all migration batches that have the status value Syncing."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationbatch"
  }
};
