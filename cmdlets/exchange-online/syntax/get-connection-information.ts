/**
 * Get-ConnectionInformation: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ConnectionInformation.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The ConnectionId parameter filters the connections by ConnectionId. ConnectionId is a GUID value in the output of the Get-ConnectionInformation cmdlet that uniquely identifies a connection, even if you have multiple connections open. You can specify multiple ConnectionId values separated by commas."
    },
    {
      "name": "ModulePrefix",
      "type": "String[]",
      "sets": {
        "ModulePrefix": {
          "mandatory": true
        }
      },
      "description": "The ModulePrefix parameter filters the connections by ModulePrefix. When you use the Prefix parameter with the Connect-ExchangeOnline cmdlet, the specified text is added to the names of all Exchange Online cmdlets (for example, Get-InboundConnector becomes Get-ContosoInboundConnector). The ModulePrefix value is visible in the output of the Get-ConnectionInformation cmdlet. You can specify multiple ModulePrefix values separated by commas."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation"
  ],
  "help": {
    "synopsis": "Use the Get-ConnectionInformation cmdlet to get information about all REST-based connections in the current PowerShell instance with Exchange Online.",
    "description": "The Get-ConnectionInformation cmdlet returns the information about all active REST-based connections with Exchange Online in the current PowerShell instance. This cmdlet is equivalent to the Get-PSSession cmdlet that's used with remote PowerShell sessions.\n\nThe output of the cmdlet contains the following properties:",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-ConnectionInformation",
        "remarks": "This example returns a list of all active REST-based connections with Exchange Online in the current PowerShell instance."
      },
      {
        "title": "Example 2",
        "code": "Get-ConnectionInformation -ConnectionId 1a9e45e8-e7ec-498f-9ac3-0504e987fa85",
        "remarks": "This example returns the active REST-based connection with the specified ConnectionId value."
      },
      {
        "title": "Example 3",
        "code": "Get-ConnectionInformation -ModulePrefix Contoso,Fabrikam",
        "remarks": "This example returns a list of active REST-based connections that are using the specified prefix values."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-connectioninformation"
  }
};
