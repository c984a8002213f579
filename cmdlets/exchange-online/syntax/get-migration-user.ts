/**
 * Get-MigrationUser: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationUser.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the particular ongoing migration that you want to retrieve information about. The Identity parameter is usually represented as an email address."
    },
    {
      "name": "MailboxGuid",
      "type": "Guid",
      "sets": {
        "MailboxGuid": {
          "mandatory": true
        }
      },
      "description": "The MailboxGuid parameter specifies the GUID of a mailbox for which you want to view the migration information."
    },
    {
      "name": "BatchId",
      "type": "MigrationBatchIdParameter",
      "sets": {
        "StatusAndBatchId": {}
      },
      "description": "The BatchId parameter specifies the name of the migration batch for which you want to return users."
    },
    {
      "name": "EmailAddress",
      "type": "EmailAddress",
      "sets": {
        "EmailAddress": {
          "mandatory": true
        }
      },
      "description": "The EmailAddress parameter specifies the particular user that you want to retrieve information about. The EmailAddress parameter is represented as an email address. This parameter is available only in the cloud-based service."
    },
    {
      "name": "IncludeAssociatedUsers",
      "type": "SwitchParameter",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      },
      "description": "{{ Fill IncludeAssociatedUsers Description }}"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "MailboxGuid": {},
        "StatusAndBatchId": {},
        "Identity": {},
        "EmailAddress": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
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
      ],
      "description": "The Status parameter returns information about migration users that have the specified status state. Use one of the following values:"
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
      ],
      "description": "The StatusSummary parameter returns abbreviated information about migration users that have the specified status value. Use one of the following values:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationUser"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationUser cmdlet to view information about move and migration users.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationUser -Identity TonySmith@contoso.com",
        "remarks": "This example retrieves status information about the recently migrated user, Tony Smith."
      },
      {
        "title": "Example 2",
        "code": "Get-MigrationUser -MailboxGuid b6a6795c-a010-4f67-aaaa-da372d56fcb9 | Get-MigrationUserStatistics",
        "remarks": "This example retrieves more detailed information about any ongoing migration for the user with the specified mailbox GUID."
      },
      {
        "title": "Example 3",
        "code": "Get-MigrationUser -EmailAddress TonySmith@contoso.com",
        "remarks": "This example retrieves status information about the recently migrated user, Tony Smith."
      },
      {
        "title": "Example 4",
        "code": "Get-MigrationUser -EmailAddress TonySmith@contoso.com | Get-MigrationUserStatistics",
        "remarks": "This example retrieves more detailed information about any ongoing migration for the user with the specified email address."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationuser"
  }
};
