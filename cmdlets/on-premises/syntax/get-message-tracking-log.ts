/**
 * Get-MessageTrackingLog: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTrackingLog.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MESSAGE_TRACKING_LOG: CmdletMetadata = {
  "name": "Get-MessageTrackingLog",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "End",
      "type": "DateTime"
    },
    {
      "name": "EventId",
      "type": "String"
    },
    {
      "name": "InternalMessageId",
      "type": "String"
    },
    {
      "name": "MessageId",
      "type": "String"
    },
    {
      "name": "MessageSubject",
      "type": "String"
    },
    {
      "name": "Recipients",
      "type": "String[]"
    },
    {
      "name": "Reference",
      "type": "String"
    },
    {
      "name": "ResultSize",
      "type": "Unlimited"
    },
    {
      "name": "Sender",
      "type": "String"
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "__AllParameterSets": {
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Start",
      "type": "DateTime"
    },
    {
      "name": "NetworkMessageId",
      "type": "String"
    },
    {
      "name": "Source",
      "type": "String"
    },
    {
      "name": "TransportTrafficType",
      "type": "String"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTrackingLog cmdlet to search for message delivery information stored in the message tracking log.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetrackinglog",
    "referencePage": "Get-MessageTrackingLog"
  }
};
