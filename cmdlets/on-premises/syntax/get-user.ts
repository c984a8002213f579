/**
 * Get-User: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-User.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      "name": "Arbitration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The Arbitration switch is required to return arbitration mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The AuditLog switch is required to return audit log mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The AuxAuditLog switch is required to return auxiliary audit log mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The Credential parameter specifies the username and password that's used to run this command. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
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
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
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
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "The ReadFromDomainController switch specifies that information should be read from a domain controller in the user's domain. You don't need to specify a value with this switch."
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
    },
    {
      "name": "SupervisoryReviewPolicy",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
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
