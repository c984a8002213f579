/**
 * Add-ADPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Add-ADPermission.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const ADD_ADPERMISSION: CmdletMetadata = {
  "name": "Add-ADPermission",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "AccessRights",
  "parameters": [
    {
      "name": "Identity",
      "type": "ADRawEntryIdParameter",
      "sets": {
        "AccessRights": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "Owner": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "Instance": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Instance",
      "type": "ADAcePresentationObject",
      "sets": {
        "Instance": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Owner",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "Owner": {
          "mandatory": true
        }
      }
    },
    {
      "name": "User",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "AccessRights": {
          "mandatory": true
        },
        "Instance": {}
      }
    },
    {
      "name": "AccessRights",
      "type": "ActiveDirectoryRights[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "ChildObjectTypes",
      "type": "ADSchemaObjectIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "Deny",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AccessRights": {},
        "Owner": {},
        "Instance": {}
      }
    },
    {
      "name": "ExtendedRights",
      "type": "ExtendedRightIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "InheritanceType",
      "type": "ActiveDirectorySecurityInheritance",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "InheritedObjectType",
      "type": "ADSchemaObjectIdParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    },
    {
      "name": "Properties",
      "type": "ADSchemaObjectIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Add-ADPermission cmdlet to add permissions to an Active Directory object.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/add-adpermission",
    "referencePage": "Add-ADPermission"
  }
};
