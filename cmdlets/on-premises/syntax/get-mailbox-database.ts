/**
 * Get-MailboxDatabase: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxDatabase.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Server": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "DumpsterStatistics",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "IncludeCorrupted",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "IncludePreExchange2010",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "IncludePreExchange2013",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "Status",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxDatabase cmdlet to retrieve one or more mailbox database objects from a server or organization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxdatabase",
    "referencePage": "Get-MailboxDatabase"
  }
};
