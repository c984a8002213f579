/**
 * Get-Recipient: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Recipient.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_RECIPIENT: CmdletMetadata = {
  "name": "Get-Recipient",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "RecipientIdParameter",
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
      "name": "AuthenticationType",
      "type": "AuthenticationType",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "BookmarkDisplayName",
      "type": "String",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "Capabilities",
      "type": "MultiValuedProperty",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "IncludeBookmarkObject",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IncludeManagerWithDisplayName",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "IncludeSoftDeletedRecipients",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "Properties",
      "type": "String[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "PropertySet",
      "type": "PropertySet",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "RecipientPreviewFilter",
      "type": "String",
      "sets": {
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "RecipientType",
      "type": "RecipientType[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
  ],
  "help": {
    "synopsis": "Use the Get-Recipient cmdlet to view existing recipient objects in your organization. This cmdlet returns all mail-enabled objects (for example, mailboxes, mail users, mail contacts, and distribution groups).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-recipient",
    "referencePage": "Get-Recipient"
  }
};
