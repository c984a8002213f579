/**
 * Get-ConnectionInformation: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ConnectionInformation.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_CONNECTION_INFORMATION: CmdletMetadata = {
  "name": "Get-ConnectionInformation",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Default",
  "parameters": [
    {
      "name": "ConnectionId",
      "type": "String[]",
      "sets": {
        "ConnectionId": {
          "mandatory": true
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
  "outputType": [
    "Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation"
  ],
  "help": {
    "synopsis": "Use the Get-ConnectionInformation cmdlet to get information about all REST-based connections in the current PowerShell instance with Exchange Online.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-connectioninformation",
    "referencePage": "Get-ConnectionInformation"
  }
};
