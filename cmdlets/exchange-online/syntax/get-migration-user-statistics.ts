/**
 * Get-MigrationUserStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MigrationUserStatistics.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MIGRATION_USER_STATISTICS: CmdletMetadata = {
  "name": "Get-MigrationUserStatistics",
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
      "description": "The Identity parameter specifies the user that you want to retrieve migration information about. Use an email address as the value for this parameter."
    },
    {
      "name": "DiagnosticInfo",
      "type": "String",
      "description": "Typically, you use the DiagnosticInfo parameter only at the request of Microsoft Customer Service and Support to troubleshoot problems."
    },
    {
      "name": "IncludeCopilotReport",
      "type": "SwitchParameter",
      "description": "{{ Fill IncludeCopilotReport Description }}"
    },
    {
      "name": "IncludeReport",
      "type": "SwitchParameter",
      "description": "The IncludeReport switch specifies whether to return additional details, which can be used for troubleshooting. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeSkippedItems",
      "type": "SwitchParameter",
      "description": "The IncludeSkippedItems switch specifies whether to include skipped items for the user. You don't need to specify a value with this switch."
    },
    {
      "name": "LimitSkippedItemsTo",
      "type": "Int32",
      "description": "The LimitSkippedItemsTo parameter specifies the maximum number of skipped items to display information about in the SkippedItems property in command output. For example, if this parameter is set to 5, the cmdlet returns information for up to five skipped items for the specified user, even if there are more than five skipped items."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "SkipSubscription",
      "type": "SwitchParameter",
      "description": "The SkipSubscription switch specifies whether to skip loading the subscription for the user. You don't need to specify a value with this switch."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationUserStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MigrationUserStatistics cmdlet to view detailed information about the migration requested for a specific user.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MigrationUserStatistics -Identity davidp@corp.contoso.com -IncludeReport | Format-List Status,Error,Report",
        "remarks": "This example uses the IncludeReport parameter to display detailed information about the migration status for the user."
      },
      {
        "title": "Example 2",
        "code": "Get-MigrationUserStatistics -Identity davidp@corp.contoso.com | Format-List SkippedItemCount,SkippedItems",
        "remarks": "This example displays the number of mailbox items that failed to migrate, which are called skipped items, and information about each skipped item."
      },
      {
        "title": "Example 3",
        "code": "Get-MigrationUserStatistics -Identity davidp@corp.contoso.com -IncludeSkippedItems | Select-Object -ExpandProperty SkippedItems | Format-List DateReceived, Subject",
        "remarks": "This example displays results information in the SkippedItems property."
      },
      {
        "title": "Example 4",
        "code": "Get-MigrationUser -BatchId StagedBatch1 | Get-MigrationUserStatistics",
        "remarks": "This example displays detailed information about users in the migration batch named StagedBatch1."
      },
      {
        "title": "Example 5",
        "code": "Get-MigrationUser | Get-MigrationUserStatistics",
        "remarks": "This example displays detailed information about users from all current migration batches."
      },
      {
        "title": "Example 6",
        "code": "Get-MigrationUserStatistics -Identity davidp@corp.contoso.com -Diagnostic | Format-List Status,Error,DiagnosticInfo",
        "remarks": "In on-premises Exchange, this example uses the Diagnostic parameter to display detailed troubleshooting information about the migration for the user."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-migrationuserstatistics"
  }
};
