/**
 * Get-MailboxStatistics: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MailboxStatistics.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MAILBOX_STATISTICS: CmdletMetadata = {
  "name": "Get-MailboxStatistics",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "GeneralMailboxOrMailUserIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Archive",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IncludeMoveHistory",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IncludeMoveReport",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "IncludeSoftDeletedRecipients",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    },
    {
      "name": "UseCustomRouting",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Mapi.MailboxStatistics"
  ],
  "help": {
    "synopsis": "Use the Get-MailboxStatistics cmdlet to return information about a mailbox, such as the size of the mailbox, the number of messages it contains, and the last time it was accessed. In addition, you can get the move history or a move report of a completed move request.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxstatistics",
    "referencePage": "Get-MailboxStatistics"
  }
};
