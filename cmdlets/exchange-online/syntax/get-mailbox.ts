/**
 * Get-Mailbox: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Mailbox.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX: CmdletMetadata = {
  "name": "Get-Mailbox",
  "source": "ExchangeOnlineManagement",
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
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "InactiveMailboxOnly",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeEmailAddressDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeForwardingAddressWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeGrantSendOnBehalfToWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "IncludeInactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "MailboxPlan",
      "type": "MailboxPlanIdParameter",
      "sets": {
        "MailboxPlanSet": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Migration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "SoftDeletedMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      }
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
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
