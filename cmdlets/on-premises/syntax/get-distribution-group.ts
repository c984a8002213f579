/**
 * Get-DistributionGroup: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-DistributionGroup.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_DISTRIBUTION_GROUP: CmdletMetadata = {
  "name": "Get-DistributionGroup",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
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
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "Filter",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "ManagedBy",
      "type": "GeneralRecipientIdParameter",
      "sets": {
        "ManagedBySet": {}
      }
    },
    {
      "name": "OrganizationalUnit",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "RecipientTypeDetails",
      "type": "RecipientTypeDetails[]",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    },
    {
      "name": "SortBy",
      "type": "String",
      "sets": {
        "AnrSet": {},
        "Identity": {},
        "ManagedBySet": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.DistributionGroup"
  ],
  "help": {
    "synopsis": "Use the Get-DistributionGroup cmdlet to view existing distribution groups or mail-enabled security groups. To view the members of a group, use the Get-DistributionGroupMember cmdlet.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-distributiongroup",
    "referencePage": "Get-DistributionGroup"
  }
};
