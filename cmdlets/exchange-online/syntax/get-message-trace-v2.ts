/**
 * Get-MessageTraceV2: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-MessageTraceV2.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The EndDate parameter specifies the end date of the date range."
    },
    {
      "name": "FromIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 1,
          "valueFromPipeline": true
        }
      },
      "description": "The FromIP parameter filters the results by the source IP address. For incoming messages, the value of FromIP is the public IP address of the SMTP email server that sent the message."
    },
    {
      "name": "MessageId",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 2,
          "valueFromPipeline": true
        }
      },
      "description": "The MessageId parameter filters the results by the Message-ID header field of the message. This value is also known as the Client ID. The format of the Message-ID depends on the messaging server that sent the message. The value should be unique for each message. However, not all messaging servers create values for the Message-ID in the same way. Be sure to include the full Message ID string (which might include angle brackets) and enclose the value in quotation marks (for example, \"<d9683b4c-127b-413a-ae2e-fa7dfb32c69d@DM3NAM06BG401.Eop-nam06.prod.protection.outlook.com>\")."
    },
    {
      "name": "MessageTraceId",
      "type": "Guid",
      "sets": {
        "__AllParameterSets": {
          "position": 3,
          "valueFromPipeline": true
        }
      },
      "description": "The MessageTraceId parameter filters the results by the message trace ID value of the message. This GUID value is generated for every message that's processed by the system (for example, c20e0f7a-f06b-41df-fe33-08d9da155ac1)."
    },
    {
      "name": "RecipientAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 4,
          "valueFromPipeline": true
        }
      },
      "description": "The RecipientAddress parameter filters the results by the recipient's email address. You can specify multiple values separated by commas."
    },
    {
      "name": "ResultSize",
      "type": "Int32",
      "sets": {
        "__AllParameterSets": {
          "position": 5,
          "valueFromPipeline": true
        }
      },
      "description": "The ResultSize parameter specifies the maximum number of results to return. A valid value is from 1 to 5000. The default value is 1000."
    },
    {
      "name": "SenderAddress",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 6,
          "valueFromPipeline": true
        }
      },
      "description": "The SenderAddress parameter filters the results by the sender's email address. You can specify multiple values separated by commas."
    },
    {
      "name": "StartDate",
      "type": "DateTime",
      "sets": {
        "__AllParameterSets": {
          "position": 7,
          "valueFromPipeline": true
        }
      },
      "description": "The StartDate parameter specifies the start date of the date range."
    },
    {
      "name": "StartingRecipientAddress",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 8,
          "valueFromPipeline": true
        }
      },
      "description": "The StartingRecipientAddress parameter is used with the EndDate parameter to query subsequent data for partial results while avoiding duplication. Query subsequent data by taking the Recipient address and Received Time values of the last record of the partial results and using them as the values for the StartingRecipientAddress and EndDate parameters respectively in the next query."
    },
    {
      "name": "Status",
      "type": "MultiValuedProperty",
      "sets": {
        "__AllParameterSets": {
          "position": 9
        }
      },
      "description": "The Status parameter filters the results by the delivery status of the message. Valid values are:"
    },
    {
      "name": "Subject",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 11,
          "valueFromPipeline": true
        }
      },
      "description": "The Subject parameter filters the results by the subject of the message. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "SubjectFilterType",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 10,
          "valueFromPipeline": true
        }
      },
      "description": "The SubjectFilterType parameter specifies how the value of the Subject parameter is evaluated. Valid values are:"
    },
    {
      "name": "ToIP",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 12,
          "valueFromPipeline": true
        }
      },
      "description": "The ToIP parameter filters the results by the destination IP address. For outgoing messages, the value of ToIP is the public IP address in the resolved MX record for the destination domain. For incoming messages to Exchange Online, the value is blank."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Management.FfoReporting.MessageTrace"
  ],
  "help": {
    "synopsis": "Use the Get-MessageTraceV2 cmdlet to trace messages as they pass through the cloud-based organization.",
    "description": "You can use this cmdlet to search message data for the last 90 days. If you run this cmdlet without any parameters, only data from the last 48 hours is returned. You can only return 10 days worth of data per query.\n\nBy default, this cmdlet returns up to 1000 results, with a maximum of 5000 results. If your data exceeds the result size, query in multiple rounds or use smaller StartDate and EndDate intervals.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-MessageTraceV2 -SenderAddress john@contoso.com -StartDate 06/13/2025 -EndDate 06/15/2025",
        "remarks": "This example retrieves message trace information for messages sent by john@contoso.com between June 13, 2025 and June 15, 2025."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetracev2"
  }
};
