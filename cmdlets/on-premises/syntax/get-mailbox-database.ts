/**
 * Get-MailboxDatabase: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxDatabase.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX_DATABASE: CmdletMetadata = {
  "name": "Get-MailboxDatabase",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "DatabaseIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the mailbox database that you want to view. You can use any value that uniquely identifies the database. For example:"
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
      "description": "The Server parameter filters the results by the specified Mailbox server. You can use any value that uniquely identifies the server. For example:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "DumpsterStatistics",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The DumpsterStatistics switch specifies that transport dumpster statistics be returned with the database status. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeCorrupted",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "IncludePreExchange2010",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The IncludePreExchange2010 switch specifies whether to return information about Exchange 2007 ore earlier mailbox databases. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludePreExchange2013",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The IncludePreExchange2013 switch specifies whether to return information about Exchange 2010 or earlier mailbox databases. You don't need to specify a value with this switch."
    },
    {
      "name": "Status",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The Status switch specifies whether to retrieve the available free space in the database root and information about the following attributes:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxDatabase cmdlet to retrieve one or more mailbox database objects from a server or organization.",
    "description": "If you use the Get-MailboxDatabase cmdlet with no parameters, it retrieves information about all mailbox databases in the Exchange organization. If you use the Get-MailboxDatabase cmdlet with the Server parameter, it retrieves information about all mailbox databases on the server that you specify.\n\nThe following list describes the properties that are returned in the results.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MailboxDatabase",
        "remarks": ""
      },
      {
        "title": "Example 2",
        "code": "Get-MailboxDatabase -Identity MailboxDatabase01 -Status | Format-List",
        "remarks": "This example returns detailed information about the mailbox database named MailboxDatabase01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxdatabase"
  }
};
