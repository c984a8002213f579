/**
 * Get-Recipient: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Recipient.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the recipient object that you want to view. You can use any value that uniquely identifies the recipient. For example:"
    },
    {
      "name": "Anr",
      "type": "String",
      "sets": {
        "AnrSet": {}
      },
      "description": "The Anr parameter specifies a string on which to perform an ambiguous name resolution (ANR) search. You can specify a partial string and search for objects with an attribute that matches that string. The default attributes searched are:"
    },
    {
      "name": "AuthenticationType",
      "type": "AuthenticationType",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The AuthenticationType parameter specifies the recipient by authentication type. Use one of the following values:"
    },
    {
      "name": "BookmarkDisplayName",
      "type": "String",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Capabilities",
      "type": "MultiValuedProperty",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "IncludeBookmarkObject",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "IncludeManagerWithDisplayName",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "{{ Fill IncludeManagerWithDisplayName Description }}"
    },
    {
      "name": "IncludeSoftDeletedRecipients",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The IncludeSoftDeletedRecipients switch specifies whether to include soft deleted recipients in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The OrganizationalUnit parameter filters the results based on the object's location in Active Directory. Only objects that exist in the specified location are returned. Valid input for this parameter is an organizational unit (OU) or domain that's returned by the Get-OrganizationalUnit cmdlet. You can use any value that uniquely identifies the OU or domain. For example:"
    },
    {
      "name": "Properties",
      "type": "String[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PropertySet",
      "type": "PropertySet",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RecipientPreviewFilter",
      "type": "String",
      "sets": {
        "RecipientPreviewFilterSet": {}
      },
      "description": "The RecipientPreviewFilter parameter tests a recipient filter that you would use in a dynamic distribution group, address list, or email address policy. This parameter uses the LDAP filter syntax."
    },
    {
      "name": "RecipientType",
      "type": "RecipientType[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The RecipientType parameter filters the results by the specified recipient type. Valid values are:"
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The RecipientTypeDetails parameter filters the results by the specified recipient subtype. Valid values are:"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "RecipientPreviewFilterSet": {}
      },
      "description": "The SortBy parameter specifies the property to sort the results by. You can sort by only one property at a time. The results are sorted in ascending order."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
  ],
  "help": {
    "synopsis": "Use the Get-Recipient cmdlet to view existing recipient objects in your organization. This cmdlet returns all mail-enabled objects (for example, mailboxes, mail users, mail contacts, and distribution groups).",
    "description": "The Get-Recipient cmdlet might not return all object-specific properties for a recipient. To view the object-specific properties for a recipient, you need to use the corresponding cmdlet based on the object type (for example, Get-Mailbox, Get-MailUser, or Get-DistributionGroup).",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-Recipient -ResultSize unlimited",
        "remarks": "This example retrieves as summary list of all recipients in your organization."
      },
      {
        "title": "Example 2",
        "code": "Get-Recipient -Identity \"Marketing Department\" | Format-List",
        "remarks": "This example returns detailed information for the recipient named Marketing Department."
      },
      {
        "title": "Example 3",
        "code": "Get-Recipient -RecipientType MailContact -SortBy Office | Format-Table -Auto Office,Name",
        "remarks": "This example retrieves information about all the mail contacts in your organization and sorts them by office."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-recipient"
  }
};
