/**
 * Remove-ADPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-ADPermission.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_ADPERMISSION: CmdletMetadata = {
  "name": "Remove-ADPermission",
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
      },
      "description": "The Identity parameter specifies the object from which the permission should be removed."
    },
    {
      "name": "Instance",
      "type": "ADAcePresentationObject",
      "sets": {
        "Instance": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Instance parameter enables you to pass an entire object to the command to be processed. It's mainly used in scripts where an entire object must be passed to the command."
    },
    {
      "name": "User",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "AccessRights": {
          "mandatory": true
        },
        "Instance": {}
      },
      "description": "The User parameter specifies whose permissions are being removed from the Active Directory object. You can specify the following types of users or groups:"
    },
    {
      "name": "AccessRights",
      "type": "ActiveDirectoryRights[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The AccessRights parameter specifies the rights that you want to remove from the user on the Active Directory object. Valid values include:"
    },
    {
      "name": "ChildObjectTypes",
      "type": "ADSchemaObjectIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The ChildObjectTypes parameter specifies what type of object the permission should be removed from."
    },
    {
      "name": "Deny",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The Deny switch specifies that the permissions you're removing are Deny permissions. You don't need to specify a value with this switch."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AccessRights": {},
        "Owner": {},
        "Instance": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "ExtendedRights",
      "type": "ExtendedRightIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The ExtendedRights parameter specifies the extended rights to remove."
    },
    {
      "name": "InheritanceType",
      "type": "ActiveDirectorySecurityInheritance",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The InheritanceType parameter specifies how permissions are inherited. Valid values are:"
    },
    {
      "name": "InheritedObjectType",
      "type": "ADSchemaObjectIdParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The InheritedObjectType parameter specifies what kind of object inherits this access control entry (ACE)."
    },
    {
      "name": "Properties",
      "type": "ADSchemaObjectIdParameter[]",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The Properties parameter specifies what properties the object contains."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-ADPermission cmdlet to remove permissions from an Active Directory object.",
    "description": "The ADPermission cmdlets can be used to directly modify Active Directory access control lists (ACLs). Although some Microsoft Exchange features might continue to use the ADPermission cmdlets to manage permissions (for example Send and Receive connectors), Exchange 2013 and later versions no longer use customized ACLs to manage administrative permissions. If you want to grant or deny administrative permissions in Exchange 2013 or later, you need to use Role Based Access Control (RBAC). For more information about RBAC, see Permissions in Exchange Server.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-ADPermission -Identity Administrator -User Kim -ExtendedRights \"Send As\"",
        "remarks": "This example removes the Send As permissions from user Kim on the user Administrator."
      },
      {
        "title": "Example 2",
        "code": "Remove-ADPermission \"IP Secured Inbound\" -User \"NT AUTHORITY\\ANONYMOUS LOGON\" -ExtendedRights ms-Exch-SMTP-Submit,ms-Exch-SMTP-Accept-Any-Recipient,ms-Exch-Bypass-Anti-Spam",
        "remarks": "This example removes the ability for anonymous users to send messages through the Receive connector IP Secured Inbound."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-adpermission"
  }
};
