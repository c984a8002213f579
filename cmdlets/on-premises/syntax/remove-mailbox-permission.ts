/**
 * Remove-MailboxPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MailboxPermission.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const REMOVE_MAILBOX_PERMISSION: CmdletMetadata = {
  "name": "Remove-MailboxPermission",
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
        "Instance": {
          "position": 0,
          "valueFromPipeline": true
        },
        "Owner": {
          "position": 0,
          "valueFromPipeline": true
        },
        "ClearAutoMapping": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ResetDefault": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the mailbox where you are removing permissions. You can use any value that uniquely identifies the mailbox: For example:"
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
      "description": "The AccessRights parameter specifies the permission that you want to remove from the user on the mailbox. Valid values are:"
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
      "description": "The User parameter specifies whose permissions are being removed from the specified mailbox. You can specify the following types of users or groups (security principals) for this parameter:"
    },
    {
      "name": "ClearAutoMapping",
      "type": "SwitchParameter",
      "sets": {
        "ClearAutoMapping": {}
      },
      "description": "The ClearAutoMapping parameter excludes the mailbox from the auto-mapping feature in Microsoft Outlook. You don't need to specify a value with this switch."
    },
    {
      "name": "ResetDefault",
      "type": "SwitchParameter",
      "sets": {
        "ResetDefault": {}
      },
      "description": "The ResetDefault switch resets the default security descriptor of the mailbox. You don't need to specify a value with this switch."
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
        "Instance": {},
        "Owner": {},
        "ClearAutoMapping": {},
        "ResetDefault": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Instance": {},
        "Owner": {},
        "ClearAutoMapping": {},
        "ResetDefault": {}
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
      "description": "The InheritanceType parameter specifies whether permissions are inherited to folders within the mailbox. Valid values are:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-MailboxPermission cmdlet to remove permissions from a user's mailbox or from an Exchange Server 2016, Exchange Server 2019 or Exchange Online mail user.",
    "description": "The Remove-MailboxPermission cmdlet allows you to remove permissions from a user's mailbox, for example, removing full access to another user's mailbox.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Remove-MailboxPermission -Identity \"Yuuto Sasaki\" -User \"Pedro Pizarro\" -AccessRights FullAccess -InheritanceType All",
        "remarks": "This example removes Pedro Pizarro's full access permission to Yuuto Sasaki's mailbox."
      },
      {
        "title": "Example 2",
        "code": "Remove-MailboxPermission -Identity \"HR Project\" -ClearAutoMapping",
        "remarks": "In Exchange Online, this example excludes the HR Project mailbox from auto-mapping in Outlook for all users who have Full Access permission to the mailbox."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-mailboxpermission"
  }
};
