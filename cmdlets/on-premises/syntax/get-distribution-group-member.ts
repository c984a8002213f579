/**
 * Get-DistributionGroupMember: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-DistributionGroupMember.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_DISTRIBUTION_GROUP_MEMBER: CmdletMetadata = {
  "name": "Get-DistributionGroupMember",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
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
      }
    },
    {
      "name": "Credential",
      "type": "PSCredential"
    },
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter"
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
  ],
  "help": {
    "synopsis": "Use the Get-DistributionGroupMember cmdlet to view the members of distribution groups and mail-enabled security groups.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroupmember",
    "referencePage": "Get-DistributionGroupMember"
  }
};
