/**
 * Get-MailboxPermission: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxPermission.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX_PERMISSION: CmdletMetadata = {
  "name": "Get-MailboxPermission",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "AccessRights",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
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
      "description": "The Identity parameter specifies the mailbox you want to view. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "The Credential parameter specifies the username and password that's used to run this command. Typically, you use this parameter in scripts or when you need to provide different credentials that have the required permissions."
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "The GroupMailbox switch is required to return Microsoft 365 Groups in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeSoftDeletedUserPermissions",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      },
      "description": "The IncludeSoftDeletedUserPermissions switch returns permissions from soft-deleted mailbox users in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeUnresolvedPermissions",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      },
      "description": "The IncludeUnresolvedPermissions switch returns unresolved permissions in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeUserWithDisplayName",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "{{ Fill IncludeUserWithDisplayName Description }}"
    },
    {
      "name": "Owner",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {}
      },
      "description": "The Owner switch returns the owner information for the mailbox that's specified by the Identity parameter. You don't need to specify a value with this switch."
    },
    {
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "The ReadFromDomainController switch specifies that information should be read from a domain controller in the user's domain. You don't need to specify a value with this switch."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    },
    {
      "name": "SoftDeletedMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      },
      "description": "The SoftDeletedMailbox switch is required to return soft-deleted mailboxes in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "UseCustomRouting",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      },
      "description": "{{ Fill UseCustomRouting Description }}"
    },
    {
      "name": "User",
      "type": "SecurityPrincipalIdParameter",
      "sets": {
        "AccessRights": {}
      },
      "description": "The User parameter filters the results by who has permissions to the mailbox that's specified by the Identity parameter. You can specify the following types of users or groups (security principals) for this parameter:"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxPermission cmdlet to retrieve permissions on a mailbox.",
    "description": "The output of this cmdlet shows the following information:\n\n- Identity: The mailbox in question. - User: The security principal (user, security group, Exchange management role group, etc.) that has permission to the mailbox. - AccessRights: The permission that the security principal has on the mailbox. The available values are ChangeOwner (change the owner of the mailbox), ChangePermission (change the permissions on the mailbox), DeleteItem (delete the mailbox), ExternalAccount (indicates the account isn't in the same domain), FullAccess (open the mailbox, access its contents, but can't send mail) and ReadPermission (read the permissions on the mailbox). Whether the permissions are allowed or denied is indicated in the Deny column. - IsInherited: Whether the permission is inherited (True) or directly assigned to the mailbox (False). Permissions are inherited from the mailbox database and/or Active Directory. Typically, directly assigned permissions override inherited permissions. - Deny: Whether the permission is allowed (False) or denied (True). Typically, deny permissions override allow permissions.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MailboxPermission -Identity john@contoso.com | Format-List",
        "remarks": "This example returns permissions on the mailbox by its SMTP address john@contoso.com."
      },
      {
        "title": "Example 2",
        "code": "Get-MailboxPermission -Identity john@contoso.com -User \"Ayla\"",
        "remarks": "This example returns permissions that the user Ayla has on John's mailbox."
      },
      {
        "title": "Example 3",
        "code": "Get-MailboxPermission -Identity Room222 -Owner",
        "remarks": "This example returns the owner information for the resource mailbox Room222."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission"
  }
};
