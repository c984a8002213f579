/**
 * Disconnect-ExchangeOnline: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Disconnect-ExchangeOnline.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The ConnectionId parameter specifies the REST API connections to disconnect by ConnectionId. ConnectionId is a GUID value in the output of the Get-ConnectionInformation cmdlet that uniquely identifies a connection, even if you have multiple connections open. You can specify multiple ConnectionId values separated by commas."
    },
    {
      "name": "ModulePrefix",
      "type": "String[]",
      "sets": {
        "ModulePrefix": {
          "mandatory": true
        }
      },
      "description": "The ModulePrefix parameter specifies the REST API connections to disconnect by ModulePrefix. When you use the Prefix parameter with the Connect-ExchangeOnline cmdlet, the specified text is added to the names of all Exchange Online cmdlets (for example, Get-InboundConnector becomes Get-ContosoInboundConnector). The ModulePrefix value is visible in the output of the Get-ConnectionInformation cmdlet. You can specify multiple ModulePrefix values separated by commas."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "High",
  "help": {
    "synopsis": "Use the Disconnect-ExchangeOnline cmdlet in the Exchange Online PowerShell module to disconnect the connections that you created using the Connect-ExchangeOnline or Connect-IPPSSession cmdlets.",
    "description": "This cmdlet is the counterpart to the Connect-ExchangeOnline and Connect-IPPSSession cmdlets.\n\nThis cmdlet disconnects any connections and clears the cache. After a successful disconnect, you can't successfully run any cmdlets for your organization.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Disconnect-ExchangeOnline",
        "remarks": "This example asks for confirmation before disconnecting from Exchange Online PowerShell or Security & Compliance PowerShell."
      },
      {
        "title": "Example 2",
        "code": "Disconnect-ExchangeOnline -Confirm:$false",
        "remarks": "This example silently disconnects from Exchange Online PowerShell or Security & Compliance PowerShell without a confirmation prompt or any notification text."
      },
      {
        "title": "Example 3",
        "code": "Disconnect-ExchangeOnline -ConnectionId 1a9e45e8-e7ec-498f-9ac3-0504e987fa85",
        "remarks": "This example disconnects the REST-based Exchange Online PowerShell connection with the specified ConnectionId value. Any other remote PowerShell connections to Exchange Online PowerShell or Security & Compliance PowerShell in the same Windows PowerShell window are also disconnected."
      },
      {
        "title": "Example 4",
        "code": "Disconnect-ExchangeOnline -ModulePrefix Contoso,Fabrikam",
        "remarks": "This example disconnects the REST-based Exchange Online PowerShell connections that are using the specified prefix values. Any other remote PowerShell connections to Exchange Online PowerShell or Security & Compliance PowerShell in the same Windows PowerShell window are also disconnected."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/disconnect-exchangeonline"
  }
};
