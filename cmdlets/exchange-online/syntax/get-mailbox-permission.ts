/**
 * Get-MailboxPermission: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxPermission.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "Credential",
      "type": "PSCredential",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      }
    },
    {
      "name": "GroupMailbox",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      }
    },
    {
      "name": "IncludeSoftDeletedUserPermissions",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      }
    },
    {
      "name": "IncludeUnresolvedPermissions",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      }
    },
    {
      "name": "IncludeUserWithDisplayName",
      "type": "SwitchParameter",
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
      "name": "ReadFromDomainController",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "sets": {
        "Owner": {},
        "AccessRights": {}
      }
    },
    {
      "name": "SoftDeletedMailbox",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {}
      }
    },
    {
      "name": "UseCustomRouting",
      "type": "SwitchParameter",
      "sets": {
        "Owner": {},
        "AccessRights": {}
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
    "Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxPermission cmdlet to retrieve permissions on a mailbox.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission",
    "referencePage": "Get-MailboxPermission"
  }
};
