/**
 * Disable-UMMailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Disable-UMMailbox.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter"
    },
    {
      "name": "KeepProperties",
      "type": "Boolean"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.UMMailbox"
  ],
  "help": {
    "synopsis": "Use the Disable-UMMailbox cmdlet to disable Unified Messaging (UM) for UM-enabled mailboxes.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/disable-ummailbox",
    "referencePage": "Disable-UMMailbox"
  }
};
