/**
 * Get-MailboxStatistics: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxStatistics.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX_STATISTICS: CmdletMetadata = {
  "name": "Get-MailboxStatistics",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
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
      "name": "StoreMailboxIdentity",
      "type": "StoreMailboxIdParameter",
      "sets": {
        "Database": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The StoreMailboxIdentity parameter specifies the mailbox identity when used with the Database parameter to return statistics for a single mailbox on the specified database. You can use one of the following values:"
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
      "name": "CopyOnServer",
      "type": "ServerIdParameter",
      "sets": {
        "Database": {},
        "Identity": {}
      },
      "description": "The CopyOnServer parameter is used to retrieve statistics from a specific database copy on the specified server."
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "Database": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Database parameter returns statistics for all mailboxes on the specified database. You can use any value that uniquely identifies the database. For example:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "Database": {},
        "Server": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "IncludeMoveHistory",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      },
      "description": "The IncludeMoveHistory switch specifies whether to return additional information about the mailbox that includes the history of a completed move request, such as status, flags, target database, bad items, start times, end times, duration that the move request was in various stages, and failure codes. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeMoveReport",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      },
      "description": "The IncludeMoveReport switch specifies whether to return a verbose detailed move report for a completed move request, such as server connections and move stages. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludePassive",
      "type": "SwitchParameter",
      "sets": {
        "Server": {}
      },
      "description": "The IncludePassive switch specifies whether to return statistics from all active and passive database copies. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeQuarantineDetails",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      },
      "description": "The IncludeQuarantineDetails switch specifies whether to return additional quarantine details about the mailbox that aren't otherwise included in the results. You can use these details to determine when and why the mailbox was quarantined. You don't need to specify a value with this switch."
    },
    {
      "name": "NoADLookup",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      },
      "description": "The NoADLookup switch specifies that information is retrieved from the mailbox database, and not from Active Directory. You don't need to specify a value with this switch."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Server": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Server parameter specifies the server from which you want to obtain mailbox statistics. You can use one of the following values:"
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
