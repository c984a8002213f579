/**
 * Remove-MailboxPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Remove-MailboxPermission.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "AccessRights",
      "type": "MailboxRights[]",
      "sets": {
        "AccessRights": {
          "mandatory": true
        },
        "Instance": {}
      }
    },
    {
      "name": "Instance",
      "type": "MailboxAcePresentationObject",
      "sets": {
        "Instance": {
          "mandatory": true,
          "valueFromPipeline": true
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
      "name": "ClearAutoMapping",
      "type": "SwitchParameter",
      "sets": {
        "ClearAutoMapping": {}
      }
    },
    {
      "name": "ResetDefault",
      "type": "SwitchParameter",
      "sets": {
        "ResetDefault": {}
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
        "Instance": {},
        "Owner": {},
        "ClearAutoMapping": {},
        "ResetDefault": {}
      }
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
      }
    },
    {
      "name": "InheritanceType",
      "type": "ActiveDirectorySecurityInheritance",
      "sets": {
        "AccessRights": {},
        "Instance": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Remove-MailboxPermission cmdlet to remove permissions from a user's mailbox or from an Exchange Server 2016, Exchange Server 2019 or Exchange Online mail user.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-mailboxpermission",
    "referencePage": "Remove-MailboxPermission"
  }
};
