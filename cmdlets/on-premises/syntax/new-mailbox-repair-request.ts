/**
 * New-MailboxRepairRequest: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MailboxRepairRequest.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_MAILBOX_REPAIR_REQUEST: CmdletMetadata = {
  "name": "New-MailboxRepairRequest",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Mailbox",
  "parameters": [
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "Database": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Mailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "Mailbox": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "StoreMailbox",
      "type": "StoreMailboxIdParameter",
      "sets": {
        "Database": {
          "position": 1,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "CorruptionType",
      "type": "MailboxStoreCorruptionType[]",
      "sets": {
        "Database": {
          "mandatory": true
        },
        "Mailbox": {
          "mandatory": true
        }
      }
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "Mailbox": {}
      }
    },
    {
      "name": "DetectOnly",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Mailbox": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Database": {},
        "Mailbox": {}
      }
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Mailbox": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the New-MailboxRepairRequest cmdlet to detect and fix mailbox corruption issues.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-mailboxrepairrequest",
    "referencePage": "New-MailboxRepairRequest"
  }
};
