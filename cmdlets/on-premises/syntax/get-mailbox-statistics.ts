/**
 * Get-MailboxStatistics: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxStatistics.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "StoreMailboxIdentity",
      "type": "StoreMailboxIdParameter",
      "sets": {
        "Database": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "CopyOnServer",
      "type": "ServerIdParameter",
      "sets": {
        "Database": {},
        "Identity": {}
      }
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "Database": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "Database": {},
        "Server": {}
      }
    },
    {
      "name": "IncludeMoveHistory",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      }
    },
    {
      "name": "IncludeMoveReport",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      }
    },
    {
      "name": "IncludePassive",
      "type": "SwitchParameter",
      "sets": {
        "Server": {}
      }
    },
    {
      "name": "IncludeQuarantineDetails",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
      }
    },
    {
      "name": "NoADLookup",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Identity": {},
        "Server": {}
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
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Mapi.MailboxStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxStatistics cmdlet to return information about a mailbox, such as the size of the mailbox, the number of messages it contains, and the last time it was accessed. In addition, you can get the move history or a move report of a completed move request.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxstatistics",
    "referencePage": "Get-MailboxStatistics"
  }
};
