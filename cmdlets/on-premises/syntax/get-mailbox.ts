/**
 * Get-Mailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-Mailbox.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      "name": "Arbitration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Arbitration switch specifies whether to return only arbitration mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Archive switch specifies whether to return only mailboxes that have an archive enabled in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The AuditLog switch specifies whether to return only audit log mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The AuxAuditLog switch specifies whether to return only auxiliary audit log mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Credential parameter specifies the username and password that's used to run this command. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions."
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "DatabaseSet": {
          "valueFromPipeline": true
        }
      },
      "description": "The Database parameter filters the results by mailbox database. When you use this parameter, only mailboxes on the specified database are included in the results. You can any value that uniquely identifies the database. For example:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The GroupMailbox switch specifies whether to return only Microsoft 365 Groups in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
    },
    {
      "name": "Migration",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Migration switch specifies whether to return only migration mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "Monitoring",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The Monitoring switch specifies whether to return only monitoring mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The OrganizationalUnit parameter filters the results based on the object's location in Active Directory. Only objects that exist in the specified location are returned. Valid input for this parameter is an organizational unit (OU) or domain that's returned by the Get-OrganizationalUnit cmdlet. You can use any value that uniquely identifies the OU or domain. For example:"
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The PublicFolder switch specifies whether to return only public folder mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The ReadFromDomainController switch specifies that information should be read from a domain controller in the user's domain. You don't need to specify a value with this switch."
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The RecipientTypeDetails parameter filters the results by the specified mailbox subtype. Valid values are:"
    },
    {
      "name": "RemoteArchive",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The RemoteArchive switch specifies whether to return only remote archive mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "ServerSet": {
          "valueFromPipeline": true
        }
      },
      "description": "The Server parameter filters the results by Exchange server. When you use this parameter, only mailboxes on the specified Exchange server are included in the results."
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "The SortBy parameter specifies the property to sort the results by. You can sort by only one property at a time. The results are sorted in ascending order."
    },
    {
      "name": "SupervisoryReviewPolicy",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "DatabaseSet": {},
        "Identity": {},
        "ServerSet": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
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
