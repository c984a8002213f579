/**
 * Get-MailboxStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxStatistics.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX_STATISTICS: CmdletMetadata = {
  "name": "Get-MailboxStatistics",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "GeneralMailboxOrMailUserIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the mailbox that you want to return statistics for. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The Archive switch specifies whether to return mailbox statistics for the archive mailbox that's associated with the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeMoveHistory",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The IncludeMoveHistory switch specifies whether to return additional information about the mailbox that includes the history of a completed move request, such as status, flags, target database, bad items, start times, end times, duration that the move request was in various stages, and failure codes. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeMoveReport",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The IncludeMoveReport switch specifies whether to return a verbose detailed move report for a completed move request, such as server connections and move stages. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeSoftDeletedRecipients",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The IncludeSoftDeletedRecipients switch specifies whether to include soft deleted mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "UseCustomRouting",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "{{ Fill UseCustomRouting Description }}"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Mapi.MailboxStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxStatistics cmdlet to return information about a mailbox, such as the size of the mailbox, the number of messages it contains, and the last time it was accessed. In addition, you can get the move history or a move report of a completed move request.",
    "description": "On Mailbox servers only, you can use the Get-MailboxStatistics cmdlet without parameters. In this case, the cmdlet returns the statistics for all mailboxes on all databases on the local server.\n\nThe Get-MailboxStatistics cmdlet requires at least one of the following parameters to complete successfully: Server, Database or Identity.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MailboxStatistics -Identity AylaKol",
        "remarks": "This example retrieves the mailbox statistics for the mailbox of the user Ayla Kol by using its associated alias AylaKol."
      },
      {
        "title": "Example 2",
        "code": "Get-MailboxStatistics -Server MailboxServer01",
        "remarks": "This example retrieves the mailbox statistics for all mailboxes on the server MailboxServer01."
      },
      {
        "title": "Example 3",
        "code": "Get-MailboxStatistics -Identity contoso\\chris",
        "remarks": "This example retrieves the mailbox statistics for the specified mailbox."
      },
      {
        "title": "Example 4",
        "code": "Get-MailboxStatistics -Database \"Mailbox Database\"",
        "remarks": "This example retrieves the mailbox statistics for all mailboxes in the specified mailbox database."
      },
      {
        "title": "Example 5",
        "code": "Get-MailboxDatabase | Get-MailboxStatistics -Filter 'DisconnectDate -ne $null'",
        "remarks": "This example retrieves the mailbox statistics for the disconnected mailboxes for all mailbox databases in the organization. The -ne operator means not equal."
      },
      {
        "title": "Example 6",
        "code": "Get-MailboxStatistics -Database \"Mailbox Database\" -StoreMailboxIdentity 3b475034-303d-49b2-9403-ae022b43742d",
        "remarks": "This example retrieves the mailbox statistics for a single disconnected mailbox. The value for the StoreMailboxIdentity parameter is the mailbox GUID of the disconnected mailbox. You can also use the LegacyDN."
      },
      {
        "title": "Example 7",
        "code": "Get-MailboxStatistics -Identity AylaKol -IncludeMoveHistory | Format-List",
        "remarks": "This example returns the summary move history for the completed move request for Ayla Kol's mailbox. If you don't pipeline the output to the Format-List cmdlet, the move history doesn't display."
      },
      {
        "title": "Example 8",
        "code": "$temp=Get-MailboxStatistics -Identity AylaKol -IncludeMoveHistory\n\n$temp.MoveHistory[0]",
        "remarks": "This example returns the detailed move history for the completed move request for Ayla Kol's mailbox. This example uses a temporary variable to store the mailbox statistics object. If the mailbox is moved multiple times, there are multiple move reports. The last move report is always MoveReport[0]."
      },
      {
        "title": "Example 9",
        "code": "$temp=Get-MailboxStatistics -Identity AylaKol -IncludeMoveReport\n\n$temp.MoveHistory[0] | Export-CSV C:\\MoveReport_AylaKol.csv",
        "remarks": "This example returns the detailed move history and a verbose detailed move report for Ayla Kol's mailbox. This example uses a temporary variable to store the move request statistics object and outputs the move report to a CSV file."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxstatistics"
  }
};
