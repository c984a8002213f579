/**
 * Disconnect-ExchangeOnline: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Disconnect-ExchangeOnline.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const DISCONNECT_EXCHANGE_ONLINE: CmdletMetadata = {
  "name": "Disconnect-ExchangeOnline",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "DefaultParameterSet",
  "parameters": [
    {
      "name": "ConnectionId",
      "type": "String[]",
      "sets": {
        "ConnectionId": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "ModulePrefix",
      "type": "String[]",
      "sets": {
        "ModulePrefix": {
          "mandatory": true
        }
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Disconnect-ExchangeOnline cmdlet in the Exchange Online PowerShell module to disconnect the connections that you created using the Connect-ExchangeOnline or Connect-IPPSSession cmdlets.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/disconnect-exchangeonline",
    "referencePage": "Disconnect-ExchangeOnline"
  }
};
