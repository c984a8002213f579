/**
 * Get-DistributionGroup: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-DistributionGroup.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_DISTRIBUTION_GROUP: CmdletMetadata = {
  "name": "Get-DistributionGroup",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "DistributionGroupIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the distribution group or mail-enabled security group that you want to view. You can use any values that uniquely identifies the group. For example:"
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
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The Credential parameter specifies the username and password that's used to run this command. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions."
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The Filter parameter uses OPATH syntax to filter the results by the specified properties and values. The search criteria uses the syntax \"Property -ComparisonOperator 'Value'\"."
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames switch specifies whether to return the SMTP addresses and display names of AcceptMessagesOnlyFromDLMembers recipients in the AcceptMessagesOnlyFromDLMembersWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames switch specifies whether to return the SMTP addresses and display names of AcceptMessagesOnlyFromSendersOrMembers recipients in the AcceptMessagesOnlyFromSendersOrMembersWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAcceptMessagesOnlyFromWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeAcceptMessagesOnlyFromWithDisplayNames switch specifies whether to return the SMTP addresses and display names of AcceptMessagesOnlyFrom recipients in the AcceptMessagesOnlyFromWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeBypassModerationFromSendersOrMembersWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeBypassModerationFromSendersOrMembersWithDisplayNames switch specifies whether to return the SMTP addresses and display names of BypassModerationFromSendersOrMembers recipients in the BypassModerationFromSendersOrMembersWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeGrantSendOnBehalfToWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeGrantSendOnBehalfToWithDisplayNames switch specifies whether to return the SMTP addresses and display names of GrantSendOnBehalfTo recipients in the GrantSendOnBehalfToWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeManagedByWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeManagedByWithDisplayNames switch specifies whether to return the SMTP addresses and display names of group owners in the ManagedByWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeModeratedByWithDisplayNames",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The IncludeModeratedByWithDisplayNames switch specifies whether to return the SMTP addresses and display names of ModeratedBy recipients in the ModeratedByWithDisplayNames property. You don't need to specify a value with this switch."
    },
    {
      "name": "ManagedBy",
      "type": "GeneralRecipientIdParameter",
      "sets": {
        "ManagedBySet": {}
      },
      "description": "The ManagedBy parameter filters the results by the owner of the group. You can use any value that uniquely identifies the owner. For example:"
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The OrganizationalUnit parameter filters the results based on the object's location in Active Directory. Only objects that exist in the specified location are returned. Valid input for this parameter is an organizational unit (OU) or domain that's returned by the Get-OrganizationalUnit cmdlet. You can use any value that uniquely identifies the OU or domain. For example:"
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The RecipientTypeDetails parameter filters the results by the specified distribution group subtype. Valid values are:"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      },
      "description": "The SortBy parameter specifies the property to sort the results by. You can sort by only one property at a time. The results are sorted in ascending order."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.DistributionGroup"
  ],
  "help": {
    "synopsis": "Use the Get-DistributionGroup cmdlet to view existing distribution groups or mail-enabled security groups. To view the members of a group, use the Get-DistributionGroupMember cmdlet.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-DistributionGroup",
        "remarks": "This examples returns a summary list of all distribution groups and mail-enabled security groups in your organization."
      },
      {
        "title": "Example 2",
        "code": "Get-DistributionGroup -Identity \"Marketing Reports\" | Format-List",
        "remarks": "This example returns detailed information about the distribution group named Marketing Reports."
      },
      {
        "title": "Example 3",
        "code": "Get-DistributionGroup -Anr marketing | Format-Table Name, ManagedBy -Auto",
        "remarks": "This example returns all distribution groups and mail-enabled security groups whose names contain the string \"marketing\" and shows the group owners."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroup"
  }
};
