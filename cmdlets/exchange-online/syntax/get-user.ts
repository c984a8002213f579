/**
 * Get-User: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-User.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_USER: CmdletMetadata = {
  "name": "Get-User",
  "source": "ExchangeOnlineManagement",
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
      },
      "description": "The Identity parameter specifies the user that you want to view. You can use any value that uniquely identifies the user. For example:"
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
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "IncludeDirectReportsWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "{{ Fill IncludeDirectReportsWithDisplayNames Description }}"
    },
    {
      "name": "IncludeManagerWithDisplayName",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "{{ Fill IncludeManagerWithDisplayName Description }}"
    },
    {
      "name": "IsVIP",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The IsVIP switch filters the results by priority accounts. You don't need to specify a value with this switch."
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The OrganizationalUnit parameter filters the results based on the object's location in Active Directory. Only objects that exist in the specified location are returned. Valid input for this parameter is an organizational unit (OU) or domain that's returned by the Get-OrganizationalUnit cmdlet. You can use any value that uniquely identifies the OU or domain. For example:"
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The PublicFolder switch is required to return public folder mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The RecipientTypeDetails parameter filters the results by the specified user subtype. Valid values are:"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "Sortby",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The SortBy parameter specifies the property to sort the results by. You can sort by only one property at a time. The results are sorted in ascending order."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.User"
  ],
  "help": {
    "synopsis": "Use the Get-User cmdlet to view existing user objects in your organization. This cmdlet returns all objects that have user accounts (for example, user mailboxes, mail users, and user accounts).",
    "description": "The Get-User cmdlet returns no mail-related properties for mailboxes or mail users. To view the mail-related properties for a user, you need to use the corresponding cmdlet based on the object type (for example, Get-Mailbox or Get-MailUser).",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-User -ResultSize unlimited",
        "remarks": "This example returns a summary list of all users in your organization."
      },
      {
        "title": "Example 2",
        "code": "Get-User -Identity \"Coy Damon\" | Format-List",
        "remarks": "This example returns detailed information for the user named Coy Damon."
      },
      {
        "title": "Example 3",
        "code": "Get-User -OrganizationalUnit \"Marketing\"",
        "remarks": "This example retrieves information about users in the Marketing OU."
      },
      {
        "title": "Example 4",
        "code": "Get-User -Filter \"Title -like 'Manager*'\"",
        "remarks": "This example uses the Filter parameter to retrieve information about all users that have the word Manager at the end of their title."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-user"
  }
};
