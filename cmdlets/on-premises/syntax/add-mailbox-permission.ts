/**
 * Add-MailboxPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Add-MailboxPermission.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const ADD_MAILBOX_PERMISSION: CmdletMetadata = {
  "name": "Add-MailboxPermission",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "AccessRights",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
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
      "description": "The Identity parameter specifies the mailbox where you want to assign permissions to the user. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "AccessRights",
      "type": "MailboxRights[]",
      "sets": {
        "AccessRights": {
          "mandatory": true
        },
        "Instance": {}
      },
      "description": "The AccessRights parameter specifies the permission that you want to add for the user on the mailbox. Valid values are:"
    },
    {
      "name": "Instance",
      "type": "MailboxAcePresentationObject",
      "sets": {
        "Instance": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "This parameter is deprecated and no longer used."
    },
    {
      "name": "Owner",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "Owner": {
          "mandatory": true
        }
      },
      "description": "The Owner parameter specifies the owner of the mailbox object. You can specify the following types of users or groups (security principals) for this parameter:"
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
      "description": "The User parameter specifies who gets the permissions on the mailbox. You can specify the following types of users or groups (security principals) for this parameter:"
    },
    {
      "name": "AutoMapping",
      "type": "Boolean",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The AutoMapping parameter includes or excludes the mailbox from the auto-mapping feature in Microsoft Outlook. Auto-mapping uses Autodiscover to automatically add mailboxes to a user's Outlook profile if the user has Full Access permission to the mailbox. However, Autodiscover doesn't enumerate security groups that have Full Access permission to the mailbox. Valid values are:"
    },
    {
      "name": "Deny",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The Deny switch specifies that the permissions you're adding are Deny permissions. You don't need to specify a value with this switch."
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
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Owner": {},
        "Instance": {}
      },
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
    },
    {
      "name": "InheritanceType",
      "type": "ActiveDirectorySecurityInheritance",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      },
      "description": "The InheritanceType parameter specifies how permissions are inherited by folders in the mailbox. Valid values are:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Add-MailboxPermission cmdlet to add permissions to a mailbox or to an Exchange Server 2016, Exchange Server 2019, or Exchange Online mail user.",
    "description": "> [!NOTE] > You can use this cmdlet to add a maximum of 500 permission entries (ACEs) to a mailbox. To grant permissions to more than 500 users, use security groups instead of individual users for the User parameter. Security groups contain many members, but only count as one entry.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Add-MailboxPermission -Identity \"Terry Adams\" -User \"Kevin Kelly\" -AccessRights FullAccess -InheritanceType All",
        "remarks": "This example assigns the user Kevin Kelly Full Access permission to Terry Adams's mailbox."
      },
      {
        "title": "Example 2",
        "code": "Add-MailboxPermission -Identity \"Room 222\" -Owner \"Tony Smith\"",
        "remarks": "This example sets the user Tony Smith as the owner of the resource mailbox named Room 222."
      },
      {
        "title": "Example 3",
        "code": "Add-MailboxPermission -Identity \"Jeroen Cool\" -User \"Mark Steele\" -AccessRights FullAccess -InheritanceType All -AutoMapping $false",
        "remarks": "This example assigns the user Mark Steele Full Access permission to Jeroen Cool's mailbox, prevents Outlook from opening Jeroen Cool's mailbox when Mark Steele opens Outlook."
      },
      {
        "title": "Example 4",
        "code": "Get-Mailbox -ResultSize unlimited -Filter \"(RecipientTypeDetails -eq 'UserMailbox') -and (Alias -ne 'Admin')\" | Add-MailboxPermission -User admin@contoso.com -AccessRights FullAccess -InheritanceType All",
        "remarks": "In Exchange Online, this example assigns the administrator account admin@contoso.com Full Access permission to all user mailboxes in the contoso.com organization."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxpermission"
  }
};
