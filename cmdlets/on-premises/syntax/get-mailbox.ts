/**
 * Get-Mailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Mailbox.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX: CmdletMetadata = {
  "name": "Get-Mailbox",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Anr",
      "type": "String",
      "sets": {
        "AnrSet": {}
      }
    },
    {
      "name": "Arbitration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "DatabaseSet": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Migration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Monitoring",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "RemoteArchive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "ServerSet": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    },
    {
      "name": "SupervisoryReviewPolicy",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.Mailbox"
  ],
  "help": {
    "synopsis": "Use the Get-Mailbox cmdlet to view mailbox objects and attributes, populate property pages, or supply mailbox information to other tasks.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox",
    "referencePage": "Get-Mailbox"
  }
};
