/**
 * New-MailboxRepairRequest: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MailboxRepairRequest.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Database parameter repairs or detects corruption in all mailboxes in the specified database. You can use any value that uniquely identifies the database. For example:"
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
      },
      "description": "The Mailbox parameter specifies the mailbox that you want to repair or detect corruption in. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "StoreMailbox",
      "type": "StoreMailboxIdParameter",
      "sets": {
        "Database": {
          "position": 1,
          "valueFromPipeline": true
        }
      },
      "description": "The StoreMailbox parameter specifies the mailbox GUID of the mailbox you want to repair or detect corruption in. Use this parameter with the Database parameter."
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
      },
      "description": "The CorruptionType parameter specifies the type of corruption that you want to detect and repair. You can use the following values:"
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "Mailbox": {}
      },
      "description": "The Archive switch specifies whether to repair or detect corruption the archive mailbox that's associated with the specified mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "DetectOnly",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Mailbox": {}
      },
      "description": "The DetectOnly switch specifies that you want to report errors, but not fix them. You don't need to specify a value with this switch."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Database": {},
        "Mailbox": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Database": {},
        "Mailbox": {}
      },
      "description": "The Force switch hides warning or confirmation messages. You don't need to specify a value with this switch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the New-MailboxRepairRequest cmdlet to detect and fix mailbox corruption issues.",
    "description": "You can use this cmdlet on a specific mailbox or all mailboxes in a database. While this task is running, mailbox access is disrupted only for the mailbox that's currently being repaired.\n\nAfter you begin a repair request, you can't stop it unless you dismount the database.",
    "examples": [
      {
        "title": "Example 1",
        "code": "New-MailboxRepairRequest -Mailbox tony@contoso.com -CorruptionType FolderView",
        "remarks": "This example detects and repairs all folder views for the mailbox tony@contoso.com."
      },
      {
        "title": "Example 2",
        "code": "New-MailboxRepairRequest -Mailbox ayla -CorruptionType ProvisionedFolder,SearchFolder -DetectOnly",
        "remarks": "This example only detects and reports on ProvisionedFolder and SearchFolder corruption issues to Ayla Kol's mailbox. This command doesn't repair the mailbox."
      },
      {
        "title": "Example 3",
        "code": "New-MailboxRepairRequest -Database MBX-DB01 -CorruptionType AggregateCounts",
        "remarks": "This example detects and repairs AggregateCounts for all mailboxes on mailbox database MBX-DB01."
      },
      {
        "title": "Example 4",
        "code": "New-MailboxRepairRequest -Mailbox ayla -CorruptionType ProvisionedFolder,SearchFolder,AggregateCounts,Folderview -Archive",
        "remarks": "This example detects and repairs all corruption types for Ayla Kol's mailbox and archive."
      },
      {
        "title": "Example 5",
        "code": "$Mailbox = Get-MailboxStatistics annb\n\nNew-MailboxRepairRequest -Database $Mailbox.Database -StoreMailbox $Mailbox.MailboxGuid -CorruptionType ProvisionedFolder,SearchFolder,AggregateCounts,Folderview",
        "remarks": "This example creates a variable that identifies Ann Beebe's mailbox and then uses the variable to specify the values for the Database and StoreMailbox parameters to create a request to detect and repair all corruption types."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-mailboxrepairrequest"
  }
};
