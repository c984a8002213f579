/**
 * Get-ADPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ADPermission.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the identity of the object for which you're retrieving permissions. You can retrieve the permissions for any Active Directory object using its distinguished name (DN). If the object is an Exchange object, you might be able to use the object's name. If the DN or the object's name contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Owner",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {}
      },
      "description": "The Owner switch returns the owner of the Active Directory object. You don't need to specify a value with this switch."
    },
    {
      "name": "User",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "AccessRights": {}
      },
      "description": "The user parameter filters the results who has permissions on the Active Directory object. You can specify the following types of users or groups (security principals) for this parameter:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Get-ADPermission cmdlet to get permissions on an Active Directory object.",
    "description": "The ADPermission cmdlets can be used to directly modify Active Directory access control lists (ACLs). Although some Microsoft Exchange features might continue to use the ADPermission cmdlets to manage permissions (for example Send and Receive connectors), Exchange 2013 and later versions no longer use customized ACLs to manage administrative permissions. If you want to grant or deny administrative permissions in Exchange 2013 or later, you need to use Role Based Access Control (RBAC). For more information about RBAC, see Permissions in Exchange Server.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-ADPermission -Identity Ed",
        "remarks": "This example returns the permissions that have been applied to the user Ed."
      },
      {
        "title": "Example 2",
        "code": "Get-ADPermission \"Contoso.com\" -User Chris",
        "remarks": "This example returns the permissions that have been granted to the user Chris on the Contoso.com Receive connector."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-adpermission"
  }
};
