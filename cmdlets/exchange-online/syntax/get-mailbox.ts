/**
 * Get-Mailbox: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Mailbox.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the mailbox that you want to view. You can use any value that uniquely identifies the mailbox. For example:"
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
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The Archive switch specifies whether to return only mailboxes that have an archive enabled in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The GroupMailbox switch specifies whether to return only Microsoft 365 Groups in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "InactiveMailboxOnly",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The InactiveMailboxOnly switch specifies whether to return only inactive mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames Description }}"
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames Description }}"
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeAcceptMessagesOnlyFromWithDisplayNames Description }}"
    },
    {
      "name": "IncludeEmailAddressDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeEmailAddressDisplayNames Description }}"
    },
    {
      "name": "IncludeForwardingAddressWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeForwardingAddressWithDisplayNames Description }}"
    },
    {
      "name": "IncludeGrantSendOnBehalfToWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "{{ Fill IncludeGrantSendOnBehalfToWithDisplayNames Description }}"
    },
    {
      "name": "IncludeInactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The IncludeInactiveMailbox switch specifies whether to include inactive mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "MailboxPlan",
      "type": "MailboxPlanIdParameter",
      "sets": {
        "MailboxPlanSet": {
          "valueFromPipeline": true
        }
      },
      "description": "The MailboxPlan parameter filters the results by mailbox plan. When you use this parameter, only mailboxes that are assigned the specified mailbox plan are returned in the results. You can use any value that uniquely identifies the mailbox plan. For example:"
    },
    {
      "name": "Migration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The Migration switch specifies whether to return only migration mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The OrganizationalUnit parameter filters the results based on the object's location in Active Directory. Only objects that exist in the specified location are returned. Valid input for this parameter is an organizational unit (OU) or domain that's returned by the Get-OrganizationalUnit cmdlet. You can use any value that uniquely identifies the OU or domain. For example:"
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The PublicFolder switch specifies whether to return only public folder mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The RecipientTypeDetails parameter filters the results by the specified mailbox subtype. Valid values are:"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "SoftDeletedMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The SoftDeletedMailbox switch specifies whether to return only soft-deleted mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "MailboxPlanSet": {}
      },
      "description": "The SortBy parameter specifies the property to sort the results by. You can sort by only one property at a time. The results are sorted in ascending order."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.Mailbox"
  ],
  "help": {
    "synopsis": "Use the Get-Mailbox cmdlet to view mailbox objects and attributes, populate property pages, or supply mailbox information to other tasks.",
    "description": "When you use the Get-Mailbox cmdlet in on-premises Exchange environments to view the quota settings for a mailbox, you first need to check the value of the UseDatabaseQuotaDefaults property. The value True means per-mailbox quota settings are ignored, and you need to use the Get-MailboxDatabase cmdlet to see the actual values. If the UseDatabaseQuotaDefaults property is False, the per-mailbox quota settings are used, so what you see with the Get-Mailbox cmdlet are the actual quota values for the mailbox.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-Mailbox -ResultSize unlimited",
        "remarks": "This example returns a summary list of all the mailboxes in your organization."
      },
      {
        "title": "Example 2",
        "code": "Get-Mailbox -OrganizationalUnit Users",
        "remarks": "This example returns a list of all the mailboxes in your organization in the Users OU."
      },
      {
        "title": "Example 3",
        "code": "Get-Mailbox -Anr Chr",
        "remarks": "This example returns all the mailboxes that resolve from the ambiguous name resolution search on the string \"Chr\". This example returns mailboxes for users such as Chris Ashton, Christian Hess, and Christa Geller."
      },
      {
        "title": "Example 4",
        "code": "Get-Mailbox -Archive -Database MBXDB01",
        "remarks": "This example returns a summary list of all archive mailboxes in the database named MBXDB01."
      },
      {
        "title": "Example 5",
        "code": "Get-Mailbox -Identity ed@contoso.com -RemoteArchive",
        "remarks": "This example returns information about the remote archive mailbox for the user ed@contoso.com."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox"
  }
};
