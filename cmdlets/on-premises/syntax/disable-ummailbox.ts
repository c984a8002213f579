/**
 * Disable-UMMailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Disable-UMMailbox.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const DISABLE_UMMAILBOX: CmdletMetadata = {
  "name": "Disable-UMMailbox",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the mailbox that you want to disable for Unified Messaging. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
    },
    {
      "name": "KeepProperties",
      "type": "Boolean",
      "description": "The KeepProperties parameter specifies whether to keep or remove the UM properties for the mailbox. Valid values are:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.UMMailbox"
  ],
  "help": {
    "synopsis": "Use the Disable-UMMailbox cmdlet to disable Unified Messaging (UM) for UM-enabled mailboxes.",
    "description": "After the mailbox is disabled for Unified Messaging, the user can no longer use the UM features that are included in Microsoft Exchange and the Microsoft Exchange Unified Messaging service no longer handle calls for the associated extension number. The mailbox continues to function normally for all other operations that are unrelated to Unified Messaging.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Disable-UMMailbox -Identity tonysmith@contoso.com",
        "remarks": "This example disables Unified Messaging on the mailbox for tonysmith@contoso.com."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/disable-ummailbox"
  }
};
