/**
 * Get-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationUser.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_USER: CmdletMetadata = {
  "name": "Get-MigrationUser",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationUserIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "MailboxGuid",
      "type": "Guid",
      "sets": {
        "MailboxGuid": {
          "mandatory": true
        }
      }
    },
    {
      "name": "BatchId",
      "type": "MigrationBatchIdParameter",
      "sets": {
        "StatusAndBatchId": {}
      }
    },
    {
      "name": "EmailAddress",
      "type": "EmailAddress",
      "sets": {
        "EmailAddress": {
          "mandatory": true
        }
      }
    },
    {
      "name": "IncludeAssociatedUsers",
      "type": "SwitchParameter",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      }
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      }
    },
    {
      "name": "Status",
      "type": "MigrationUserStatus",
      "sets": {
        "StatusAndBatchId": {}
      },
      "enumValues": [
        "Completed",
        "CompletedWithWarnings",
        "Completing",
        "CompletionFailed",
        "CompletionSynced",
        "Corrupted",
        "Failed",
        "IncrementalFailed",
        "IncrementalStopped",
        "IncrementalSynced",
        "IncrementalSyncing",
        "Provisioning",
        "ProvisionUpdating",
        "Queued",
        "Removing",
        "Starting",
        "Stopped",
        "Stopping",
        "Synced",
        "Syncing",
        "Validating"
      ]
    },
    {
      "name": "StatusSummary",
      "type": "MigrationUserStatusSummary",
      "sets": {
        "StatusAndBatchId": {}
      },
      "enumValues": [
        "Active",
        "Completed",
        "Failed",
        "Stopped",
        "Synced"
      ]
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationUser"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationUser cmdlet to view information about move and migration users.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationuser",
    "referencePage": "Get-MigrationUser"
  }
};
