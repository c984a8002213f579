/**
 * Get-User: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-User.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_USER: CmdletMetadata = {
  "name": "Get-User",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "UserIdParameter",
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
        "Identity": {}
      }
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "Sortby",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    },
    {
      "name": "SupervisoryReviewPolicy",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.User"
  ],
  "help": {
    "synopsis": "Use the Get-User cmdlet to view existing user objects in your organization. This cmdlet returns all objects that have user accounts (for example, user mailboxes, mail users, and user accounts).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-user",
    "referencePage": "Get-User"
  }
};
