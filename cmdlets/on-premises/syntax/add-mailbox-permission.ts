/**
 * Add-MailboxPermission: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Add-MailboxPermission.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      "name": "AutoMapping",
      "type": "Boolean",
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
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "AccessRights": {},
        "Owner": {},
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
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject"
  ],
  "help": {
    "synopsis": "Use the Add-MailboxPermission cmdlet to add permissions to a mailbox or to an Exchange Server 2016, Exchange Server 2019, or Exchange Online mail user.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxpermission",
    "referencePage": "Add-MailboxPermission"
  }
};
