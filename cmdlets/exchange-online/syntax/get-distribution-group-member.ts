/**
 * Get-DistributionGroupMember: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-DistributionGroupMember.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_DISTRIBUTION_GROUP_MEMBER: CmdletMetadata = {
  "name": "Get-DistributionGroupMember",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "DistributionGroupMemberIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the distribution group or mail-enabled security group. You can use any value that uniquely identifies the group. For example:"
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "description": "The Credential parameter specifies the username and password that's used to run this command. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions."
    },
    {
      "name": "IncludeSoftDeletedObjects",
      "type": "SwitchParameter",
      "description": "The IncludeSoftDeletedGroups switch specifies whether to include soft-deleted group members in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
  ],
  "help": {
    "synopsis": "Use the Get-DistributionGroupMember cmdlet to view the members of distribution groups and mail-enabled security groups.",
    "description": "If your organization has multiple Active Directory domains, you might need to run the Set-ADServerSettings cmdlet with the ViewEntireForest parameter set to $true before running the Get-DistributionGroupMember cmdlet to view the entire forest. For more information, see Example 2.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-DistributionGroupMember -Identity \"Marketing USA\"",
        "remarks": "This example returns the existing distribution group members for the distribution group named Marketing USA."
      },
      {
        "title": "Example 2",
        "code": "Set-ADServerSettings -ViewEntireForest $true\n\nGet-DistributionGroupMember -Identity \"Marketing Worldwide\"",
        "remarks": "This example sets the scope of the search to the entire forest by running the Set-ADServerSettings cmdlet, then the Get-DistributionGroupMember cmdlet searches the entire forest for the distribution group members in the Marketing Worldwide distribution group."
      },
      {
        "title": "Example 3",
        "code": "$Groups = Get-UnifiedGroup -ResultSize Unlimited\n\n$Groups | ForEach-Object {\n$group = $_\nGet-UnifiedGroupLinks -Identity $group.Name -LinkType Members -ResultSize Unlimited | ForEach-Object {\n      New-Object -TypeName PSObject -Property @{\n       Group = $group.DisplayName\n       Member = $_.Name\n       EmailAddress = $_.PrimarySMTPAddress\n       RecipientType= $_.RecipientType\n}}} | Export-CSV \"$env:USERPROFILE\\Desktop\\Office365GroupMembers.csv\" -NoTypeInformation -Encoding UTF8",
        "remarks": "In the cloud-based service, this example downloads a comma-separated value (CSV) file named Office365GroupMembers.csv that contains all Microsoft 365 Groups and members to the current user's Desktop."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroupmember"
  }
};
