/**
 * Get-ADPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ADPermission.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_ADPERMISSION: CmdletMetadata = {
  "name": "Get-ADPermission",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "AccessRights",
  "parameters": [
    {
      "name": "Identity",
      "type": "ADRawEntryIdParameter",
      "sets": {
        "Owner": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "AccessRights": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      }
    },
    {
      "name": "Owner",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {}
      }
    },
    {
      "name": "User",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "AccessRights": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Get-ADPermission cmdlet to get permissions on an Active Directory object.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-adpermission",
    "referencePage": "Get-ADPermission"
  }
};
