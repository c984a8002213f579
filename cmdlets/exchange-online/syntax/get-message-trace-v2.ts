/**
 * Get-MessageTraceV2: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTraceV2.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_MESSAGE_TRACE_V2: CmdletMetadata = {
  "name": "Get-MessageTraceV2",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "EndDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "FromIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 1,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "MessageId",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 2,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "MessageTraceId",
      "type": "Guid",
      "sets": {
        "__AllParameterSets": {
          "position": 3,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "RecipientAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 4,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "ResultSize",
      "type": "Int32",
      "sets": {
        "__AllParameterSets": {
          "position": 5,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "SenderAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 6,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "StartDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "position": 7,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "StartingRecipientAddress",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 8,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Status",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 9
        }
      }
    },
    {
      "name": "Subject",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 11,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "SubjectFilterType",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 10,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "ToIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 12,
          "valueFromPipeline": true
        }
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.FfoReporting.MessageTrace"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTraceV2 cmdlet to trace messages as they pass through the cloud-based organization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetracev2",
    "referencePage": "Get-MessageTraceV2"
  }
};
