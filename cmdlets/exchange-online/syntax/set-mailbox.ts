/**
 * Set-Mailbox: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-Mailbox.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MAILBOX: CmdletMetadata = {
  "name": "Set-Mailbox",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ExcludeFromAllHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ExcludeFromAllOrgHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ExcludeFromOrgHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "IsExchangeCloudManaged": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "ProvideConsent": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RecalculateInactiveMailbox": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveComplianceTagHoldApplied": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDelayHoldApplied": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDelayReleaseHoldApplied": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveDisabledArchive": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "RemoveOrphanedHolds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the mailbox that you want to modify. You can use any value that uniquely identifies the mailbox. For example:"
    },
    {
      "name": "AcceptMessagesOnlyFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AcceptMessagesOnlyFrom parameter specifies who is allowed to send messages to this recipient. Messages from other senders are rejected."
    },
    {
      "name": "AcceptMessagesOnlyFromDLMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AcceptMessagesOnlyFromDLMembers parameter specifies who is allowed to send messages to this recipient. Messages from other senders are rejected."
    },
    {
      "name": "AcceptMessagesOnlyFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AcceptMessagesOnlyFromSendersOrMembers parameter specifies who is allowed to send messages to this recipient. Messages from other senders are rejected."
    },
    {
      "name": "AccountDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AccountDisabled parameter specifies whether to disable the account that's associated with the mailbox. Valid values are:"
    },
    {
      "name": "AddressBookPolicy",
      "type": "AddressBookMailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AddressBookPolicy parameter specifies the address book policy that's applied to the mailbox. You can use any value that uniquely identifies the address book policy. For example:"
    },
    {
      "name": "Alias",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Alias parameter specifies the Exchange alias (also known as the mail nickname) for the recipient. This value identifies the recipient as a mail-enabled object, and shouldn't be confused with multiple email addresses for the same recipient (also known as proxy addresses). A recipient can have only one Alias value. The maximum length is 64 characters."
    },
    {
      "name": "ApplyMandatoryProperties",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ApplyMandatoryProperties switch specifies whether to update the msExchVersion attribute of the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "ArchiveName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ArchiveName parameter specifies the name of the archive mailbox. This is the name displayed to users in Outlook on the web (formerly known as Outlook Web App). If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "AuditAdmin",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditAdmin parameter specifies the mailbox operations to log for administrators as part of mailbox audit logging. Valid values are:"
    },
    {
      "name": "AuditDelegate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditDelegate parameter specifies the mailbox operations to log for delegate users as part of mailbox audit logging. Valid values are:"
    },
    {
      "name": "AuditEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditEnabled parameter specifies whether to enable or disable mailbox audit logging for the mailbox. If auditing is enabled, actions specified in the AuditAdmin, AuditDelegate, and AuditOwner parameters are logged. Valid values are:"
    },
    {
      "name": "AuditLogAgeLimit",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditLogAgeLimit parameter specifies the maximum age of audit log entries for the mailbox. Log entries older than the specified value are removed. The default value is 90 days."
    },
    {
      "name": "AuditOwner",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditOwner parameter specifies the mailbox operations to log for mailbox owners as part of mailbox audit logging. Valid values include:"
    },
    {
      "name": "AutoArchivingEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill AutoArchivingEnabled Description }}"
    },
    {
      "name": "BypassModerationFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The BypassModerationFromSendersOrMembers parameter specifies who is allowed to send messages to this moderated recipient without approval from a moderator. Valid values for this parameter are individual senders and groups in your organization. Specifying a group means all members of the group are allowed to send messages to this recipient without approval from a moderator."
    },
    {
      "name": "CalendarRepairDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The CalendarRepairDisabled parameter specifies whether to prevent calendar items in the mailbox from being repaired by the Calendar Repair Assistant. Valid values are:"
    },
    {
      "name": "CalendarVersionStoreDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The CalendarVersionStoreDisabled parameter specifies whether to prevent calendar changes in the mailbox from being logged. Valid values are:"
    },
    {
      "name": "ClearThrottlingPolicyAssignment",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ClearThrottlingPolicyAssignment switch specifies whether to clear any throttling policy assignments for the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "CustomAttribute1",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute1 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute10",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute10 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute11",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute11 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute12",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute12 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute13",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute13 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute14",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute14 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute15",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute15 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute2",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute2 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute3",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute3 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute4",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute4 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute5",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute5 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute6",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute6 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute7",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute7 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute8",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute8 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "CustomAttribute9",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute9 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "DataEncryptionPolicy",
      "type": "DataEncryptionPolicyIdParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DataEncryptionPolicy parameter specifies the data encryption policy that's applied to the mailbox. You can use any value that uniquely identifies the policy. For example:"
    },
    {
      "name": "DefaultAuditSet",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DefaultAuditSet parameter specifies whether to revert the mailbox operations that are logged in the mailbox audit log back to the set of default operations for the specified logon type. Valid values are:"
    },
    {
      "name": "DefaultPublicFolderMailbox",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DefaultPublicFolderMailbox parameter assigns a specific public folder mailbox to the user. You can use any value that uniquely identifies the public folder mailbox. For example:"
    },
    {
      "name": "DeliverToMailboxAndForward",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DeliverToMailboxAndForward parameter specifies the message delivery behavior when a forwarding address is specified by the ForwardingAddress or ForwardingSmtpAddress parameters. Valid values are:"
    },
    {
      "name": "DisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DisplayName parameter specifies the display name of the mailbox. The display name is visible in the Exchange admin center, in address lists, and in Outlook. The maximum length is 256 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "ElcProcessingDisabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ElcProcessingDisabled parameter specifies whether to prevent the Managed Folder Assistant from processing the mailbox. Valid values are:"
    },
    {
      "name": "EmailAddressDisplayNames",
      "type": "MultiValuedProperty",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill EmailAddressDisplayNames Description }}"
    },
    {
      "name": "EmailAddresses",
      "type": "ProxyAddressCollection",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The EmailAddresses parameter specifies all email addresses (proxy addresses) for the recipient, including the primary SMTP address. In on-premises Exchange organizations, the primary SMTP address and other proxy addresses are typically set by email address policies. However, you can use this parameter to configure other proxy addresses for the recipient. For more information, see Email address policies in Exchange Server."
    },
    {
      "name": "EnableRoomMailboxAccount",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The EnableRoomMailboxAccount parameter specifies whether to enable the disabled user account that's associated with this room mailbox. Valid values are:"
    },
    {
      "name": "EndDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The EndDateForRetentionHold parameter specifies the end date for retention hold for messaging records management (MRM). To use this parameter, you need to set the RetentionHoldEnabled parameter to the value $true."
    },
    {
      "name": "EnforcedTimestamps",
      "type": "String",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill EnforcedTimestamps Description }}"
    },
    {
      "name": "ExcludeFromAllHolds",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {}
      },
      "description": "The ExcludeFromAllHolds switch allow admins to permanently delete inactive mailboxes and group mailboxes by removing certain types of holds while preserving compliance requirements. You don't need to specify a value with this switch."
    },
    {
      "name": "ExcludeFromAllOrgHolds",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllOrgHolds": {}
      },
      "description": "The ExcludeFromAllOrgHolds switch excludes the mailbox from all organization-wide Microsoft 365 Exchange retention policies. This switch can only be used for inactive mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "ExcludeFromOrgHolds",
      "type": "String[]",
      "sets": {
        "ExcludeFromOrgHolds": {}
      },
      "description": "The ExcludeFromOrgHolds parameter excludes the mailbox from one or more organization-wide Microsoft 365 retention policies. This parameter can only be used for inactive mailboxes. A valid value for this parameter is the GUID of the organization-wide Microsoft 365 retention policy that the inactive mailbox is excluded from. To find the GUID values of organization-wide Microsoft 365 retention policies, run the command Get-OrganizationConfig | Format-List InplaceHolds. Retention policies assigned to mailboxes are prefaced by 'mbx'."
    },
    {
      "name": "ExtensionCustomAttribute1",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the ExtensionCustomAttribute1 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. You can specify up to 1300 values separated by commas."
    },
    {
      "name": "ExtensionCustomAttribute2",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the ExtensionCustomAttribute2 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. You can specify up to 1300 values separated by commas."
    },
    {
      "name": "ExtensionCustomAttribute3",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the ExtensionCustomAttribute3 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. You can specify up to 1300 values separated by commas."
    },
    {
      "name": "ExtensionCustomAttribute4",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the ExtensionCustomAttribute4 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. You can specify up to 1300 values separated by commas."
    },
    {
      "name": "ExtensionCustomAttribute5",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the ExtensionCustomAttribute5 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. You can specify up to 1300 values separated by commas."
    },
    {
      "name": "ExternalOofOptions",
      "type": "ExternalOofOptions",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ExternalOofOptions parameter specifies the automatic replies or Out of Office (also known OOF) message options that are available for the mailbox. Valid values are:"
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Force switch hides warning or confirmation messages. You don't need to specify a value with this switch."
    },
    {
      "name": "ForwardingAddress",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ForwardingAddress parameter specifies a forwarding address in your organization for messages that are sent to this mailbox. You can use any value that uniquely identifies the internal recipient. For example:"
    },
    {
      "name": "ForwardingSmtpAddress",
      "type": "ProxyAddress",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ForwardingSmtpAddress parameter specifies a forwarding SMTP address for messages that are sent to this mailbox. Typically, you use this parameter to specify external email addresses that aren't validated."
    },
    {
      "name": "GrantSendOnBehalfTo",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The GrantSendOnBehalfTo parameter specifies who can send on behalf of this mailbox. Although messages send on behalf of the mailbox clearly show the sender in the From field (<Sender> on behalf of <Mailbox>), replies to these messages are delivered to the mailbox, not the sender."
    },
    {
      "name": "GroupMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The GroupMailbox switch is required to modify Microsoft 365 Groups. You don't need to specify a value with this switch."
    },
    {
      "name": "HiddenFromAddressListsEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The HiddenFromAddressListsEnabled parameter specifies whether this recipient is visible in address lists. Valid values are:"
    },
    {
      "name": "ImmutableId",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ImmutableId parameter is used by GAL synchronization (GALSync) and specifies a unique and immutable identifier in the form of an SMTP address for an Exchange mailbox used for federated delegation when requesting Security Assertion Markup Language (SAML) tokens. If federation is configured for this mailbox and you don't set this parameter when you create the mailbox, Exchange creates the value for the immutable ID based upon the mailbox's ExchangeGUID and the federated account namespace, for example, 7a78e7c8-620e-4d85-99d3-c90d90f29699@mail.contoso.com."
    },
    {
      "name": "InactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The InactiveMailbox switch specifies that the mailbox is an inactive mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "IsExchangeCloudManaged",
      "type": "Boolean",
      "sets": {
        "IsExchangeCloudManaged": {
          "mandatory": true
        }
      },
      "description": "{{ Fill IsExchangeCloudManaged Description }}"
    },
    {
      "name": "IsExcludedFromServingHierarchy",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The IsExcludedFromServingHierarchy parameter prevents users from accessing the public folder hierarchy on this public folder mailbox. For load-balancing purposes, users are equally distributed across public folder mailboxes by default. When this parameter is set on a public folder mailbox, that mailbox isn't included in this automatic load-balancing and can't be accessed by users to retrieve the public folder hierarchy. However, if an administrator has set the DefaultPublicFolderMailbox property on a user mailbox to a specific public folder mailbox, the user can still access the specified public folder mailbox even if the IsExcludedFromServingHierarchy parameter is set for that public folder mailbox."
    },
    {
      "name": "IssueWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The IssueWarningQuota parameter specifies the warning threshold for the size of the mailbox. If the mailbox reaches or exceeds this size, the user receives a descriptive warning message."
    },
    {
      "name": "JournalArchiveAddress",
      "type": "SmtpAddress",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Languages",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Languages parameter specifies the language preferences for this mailbox, in order of preference. Several Exchange components display information to a mailbox user in the preferred language, if that language is supported. Some of those components include quota messages, non-delivery reports (NDRs), the Outlook on the web user interface, and Unified Messaging (UM) voice prompts."
    },
    {
      "name": "LitigationHoldDate",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The LitigationHoldDate parameter specifies the date that the mailbox is placed on litigation hold. The parameter is populated automatically when you place a mailbox on litigation hold. The date you specify can be used for informational or reporting purposes."
    },
    {
      "name": "LitigationHoldDuration",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The LitigationHoldDuration parameter specifies how long mailbox items are held if the mailbox is placed on litigation hold. The duration is calculated from the date a mailbox item is received or created."
    },
    {
      "name": "LitigationHoldEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The LitigationHoldEnabled parameter specifies whether to place the mailbox on litigation hold. Valid values are:"
    },
    {
      "name": "LitigationHoldOwner",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The LitigationHoldOwner parameter specifies the user who placed the mailbox on litigation hold. If you don't use this parameter when you place the mailbox on litigation hold, the value is populated automatically. If you use this parameter when you place the mailbox on litigation hold, you can specify a text value. If the value contains spaces, include the value in quotation marks (\"). You can use this value for informational and reporting purposes."
    },
    {
      "name": "MailboxRegion",
      "type": "String",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MailboxRegion parameter specifies the geo location for the mailbox in multi-geo environments."
    },
    {
      "name": "MailTip",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MailTip parameter specifies the custom MailTip text for this recipient. The MailTip is shown to senders when they start drafting an email message to this recipient. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "MailTipTranslations",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MailTipTranslations parameter specifies additional languages for the custom MailTip text that's defined by the MailTip parameter. HTML tags are automatically added to the MailTip translation, additional HTML tags aren't supported, and the length of the MailTip translation can't exceed 175 displayed characters."
    },
    {
      "name": "MaxReceiveSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MaxReceiveSize parameter specifies the maximum size of a message that can be sent to the mailbox. Messages larger than the maximum size are rejected."
    },
    {
      "name": "MaxSendSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MaxSendSize parameter specifies the maximum size of a message that can be sent by the mailbox."
    },
    {
      "name": "MessageCopyForSendOnBehalfEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageCopyForSendOnBehalfEnabled parameter specifies whether to copy the sender for messages that are sent from a mailbox by users that have the \"send on behalf of\" permission. Valid values are:"
    },
    {
      "name": "MessageCopyForSentAsEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageCopyForSentAsEnabled parameter specifies whether to copy the sender for messages that are sent from a mailbox by users that have the \"send as\" permission. Valid values are:"
    },
    {
      "name": "MessageCopyForSMTPClientSubmissionEnabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageCopyForSMTPClientSubmissionEnabled parameter specifies whether to copy the sender for messages that are sent using SMTP client submission (SMTP AUTH). Valid values are:"
    },
    {
      "name": "MessageTrackingReadStatusEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageTrackingReadStatusEnabled parameter specifies whether to include detailed information in delivery reports for messages sent to the mailbox. Valid values are:"
    },
    {
      "name": "MicrosoftOnlineServicesID",
      "type": "SmtpAddress",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MicrosoftOnlineServicesID parameter specifies the Microsoft work or school account for the mailbox (for example, lila@contoso.onmicrosoft.com)."
    },
    {
      "name": "ModeratedBy",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ModeratedBy parameter specifies one or more moderators for this recipient. A moderator approves messages sent to the recipient before the messages are delivered. A moderator must be a mailbox, mail user, or mail contact in your organization. You can use any value that uniquely identifies the moderator. For example:"
    },
    {
      "name": "ModerationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ModerationEnabled parameter specifies whether moderation is enabled for this recipient. Valid value are:"
    },
    {
      "name": "Name",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Name parameter specifies the unique name of the mailbox. The maximum length is 64 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "NonCompliantDevices",
      "type": "MultiValuedProperty",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill NonCompliantDevices Description }}"
    },
    {
      "name": "Office",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Office parameter specifies the user's physical office name or number."
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Password parameter resets the password of the user account that's associated with the mailbox to the value you specify. To use this parameter on a mailbox other than your own, consider the following options:"
    },
    {
      "name": "ProhibitSendQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ProhibitSendQuota parameter specifies a size limit for the mailbox. If the mailbox reaches or exceeds this size, the mailbox can't send new messages, and the user receives a descriptive warning message."
    },
    {
      "name": "ProhibitSendReceiveQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ProhibitSendReceiveQuota parameter specifies a size limit for the mailbox. If the mailbox reaches or exceeds this size, the mailbox can't send or receive new messages. Messages sent to the mailbox are returned to the sender with a descriptive error message. This value effectively determines the maximum size of the mailbox."
    },
    {
      "name": "ProvideConsent",
      "type": "SwitchParameter",
      "sets": {
        "ProvideConsent": {},
        "RemoveComplianceTagHoldApplied": {}
      },
      "description": "The ProvideConsent switch acknowledges that you understand the implications of removing compliance tag holds from an active mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "ProvisionedForOfficeGraph",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The PublicFolder switch is required to modify public folder mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "RecalculateInactiveMailbox",
      "type": "SwitchParameter",
      "sets": {
        "RecalculateInactiveMailbox": {}
      },
      "description": "The RecalculateInactiveMailbox switch specifies whether to recalculate the hold status of an inactive mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RecipientLimits",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RecipientLimits parameter specifies the maximum number of recipients allowed in messages sent by the mailbox."
    },
    {
      "name": "RejectMessagesFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RejectMessagesFrom parameter specifies who isn't allowed to send messages to this recipient. Messages from these senders are rejected."
    },
    {
      "name": "RejectMessagesFromDLMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RejectMessagesFromDLMembers parameter specifies who isn't allowed to send messages to this recipient. Messages from these senders are rejected."
    },
    {
      "name": "RejectMessagesFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RejectMessagesFromSendersOrMembers parameter specifies who isn't allowed to send messages to this recipient. Messages from these senders are rejected."
    },
    {
      "name": "RemoveComplianceTagHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveComplianceTagHoldApplied": {}
      },
      "description": "The RemoveComplianceTagHoldApplied switch specifies whether to remove compliance tag holds from the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveDelayHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDelayHoldApplied": {}
      },
      "description": "The RemoveDelayHoldApplied switch specifies whether to remove delay holds on email-related data (generated by Outlook or Outlook on the web) from the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveDelayReleaseHoldApplied",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDelayReleaseHoldApplied": {}
      },
      "description": "The RemoveDelayReleaseHoldApplied switch specifies whether to remove delay holds on cloud data generated by non-Exchange apps (such as Teams, Forms, and Viva Engage) from the mailbox. Data generated by a non-Exchange cloud-based app is typically stored in a hidden folder in the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveDisabledArchive",
      "type": "SwitchParameter",
      "sets": {
        "RemoveDisabledArchive": {}
      },
      "description": "The RemoveDisabledArchive switch specifies whether to remove the disabled archive that's associated with the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveMailboxProvisioningConstraint",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill RemoveMailboxProvisioningConstraint Description }}"
    },
    {
      "name": "RemoveOrphanedHolds",
      "type": "String[]",
      "sets": {
        "RemoveOrphanedHolds": {}
      },
      "description": "The RemoveOrphanedHolds parameter is used to remove the mailbox (typically, an inactive mailbox) from In-Place Holds that no longer exist, but are still applied to the mailbox. You identify the In-Place Hold by using its GUID value. You can specify multiple GUID values separated by commas."
    },
    {
      "name": "RequireSenderAuthenticationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RequireSenderAuthenticationEnabled parameter specifies whether to accept messages only from authenticated (internal) senders. Valid values are:"
    },
    {
      "name": "ResourceCapacity",
      "type": "Int32",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ResourceCapacity parameter specifies the capacity of the resource mailbox. For example, you can use this parameter to identify the number of seats in a conference room (room mailbox) or in a vehicle (equipment mailbox). A valid value is an integer."
    },
    {
      "name": "ResourceCustom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ResourceCustom parameter specifies one or more custom resource properties to add to the resource mailbox. You can use this parameter only on resource mailboxes."
    },
    {
      "name": "RetainDeletedItemsFor",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetainDeletedItemsFor parameter specifies the length of time to keep soft-deleted items for the mailbox. Soft-deleted items are items that have been deleted by using any of these methods:"
    },
    {
      "name": "RetentionComment",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetentionComment parameter specifies a comment that's displayed in Outlook regarding the user's retention hold status."
    },
    {
      "name": "RetentionHoldEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetentionHoldEnabled parameter specifies whether the mailbox is placed on retention hold. Placing the mailbox on retention hold temporarily suspends the processing of retention policies or managed folder mailbox policies for the mailbox (for example, when the user is on vacation). Valid values are:"
    },
    {
      "name": "RetentionPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetentionPolicy parameter specifies the retention policy that you want applied to this mailbox. You can use any value that uniquely identifies the policy. For example:"
    },
    {
      "name": "RetentionUrl",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetentionUrl parameter specifies the URL or an external web page with additional details about the organization's messaging retention policies."
    },
    {
      "name": "RoleAssignmentPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RoleAssignmentPolicy parameter specifies the role assignment policy that's assigned to the mailbox. You can use any value that uniquely identifies the role assignment policy. For example:"
    },
    {
      "name": "RoomMailboxPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "Use the RoomMailboxPassword parameter to configure the password for the account that's associated with the room mailbox when that account is enabled and able to log in (the EnableRoomMailboxAccount parameter is set to the value $true)."
    },
    {
      "name": "RulesQuota",
      "type": "ByteQuantifiedSize",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RulesQuota parameter specifies the limit for the size of Inbox rules for the mailbox. When you enter a value, qualify the value with one of the following:"
    },
    {
      "name": "SchedulerAssistant",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill SchedulerAssistant Description }}"
    },
    {
      "name": "SendModerationNotifications",
      "type": "TransportModerationNotificationFlags",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SendModerationNotifications parameter specifies when moderation notification messages are sent. Valid values are:"
    },
    {
      "name": "SharingPolicy",
      "type": "SharingPolicyIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SharingPolicy parameter specifies the sharing policy that's assigned to the mailbox. You can use any value that uniquely identifies the sharing policy. For example:"
    },
    {
      "name": "SimpleDisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SimpleDisplayName parameter is used to display an alternative description of the object when only a limited set of characters is permitted. Valid characters are:"
    },
    {
      "name": "SingleItemRecoveryEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SingleItemRecoveryEnabled parameter specifies whether to prevent the Recoverable Items folder from being purged. Valid values are:"
    },
    {
      "name": "StartDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The StartDateForRetentionHold parameter specifies the start date for the retention hold that's placed on the mailbox."
    },
    {
      "name": "StsRefreshTokensValidFrom",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "Type",
      "type": "ConvertibleMailboxSubType",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Type parameter specifies the mailbox type for the mailbox. Valid values are:"
    },
    {
      "name": "UniqueRecipientsCountLimitLevel",
      "type": "UniqueRecipientsCountLimitLevelType",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill UniqueRecipientsCountLimitLevel Description }}"
    },
    {
      "name": "UniqueUnrestrictedGroupsLimitEnabled",
      "type": "Boolean",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill UniqueUnrestrictedGroupsLimitEnabled Description }}"
    },
    {
      "name": "UpdateEnforcedTimestamp",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "{{ Fill UpdateEnforcedTimestamp Description }}"
    },
    {
      "name": "UseDatabaseQuotaDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The UseDatabaseQuotaDefaults parameter specifies whether applicable quotas for the mailbox are determined by the quota values on the mailbox or the corresponding quota values on the mailbox database (not all mailbox quotas are configurable on the mailbox database). Valid values are:"
    },
    {
      "name": "UseDatabaseRetentionDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {}
      },
      "description": "The UseDatabaseRetentionDefaults parameter specifies whether the retention settings for items in the Recoverable Items folder in the mailbox are determined by the settings on the mailbox or the corresponding settings on the mailbox database. Valid values are:"
    },
    {
      "name": "UserCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The UserCertificate parameter specifies the digital certificate used to sign a user's email messages."
    },
    {
      "name": "UserSMimeCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The UserSMimeCertificate parameter specifies the S/MIME certificate that's used to sign a user's email messages."
    },
    {
      "name": "WindowsEmailAddress",
      "type": "SmtpAddress",
      "sets": {
        "Identity": {},
        "ExcludeFromAllHolds": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "IsExchangeCloudManaged": {},
        "ProvideConsent": {},
        "RecalculateInactiveMailbox": {},
        "RemoveComplianceTagHoldApplied": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The WindowsEmailAddress parameter specifies the Windows email address for this recipient. This is a common Active Directory attribute that's present in all environments, including environments without Exchange. Using the WindowsEmailAddress parameter on a recipient has one of the following results:"
    },
    {
      "name": "MessageRecallProcessingEnabled",
      "type": "Boolean",
      "sets": {
        "RemoveOrphanedHolds": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-Mailbox cmdlet to modify the settings of existing mailboxes.",
    "description": "You can use this cmdlet for one mailbox at a time. To perform bulk management, you can pipeline the output of various Get- cmdlets (for example, the Get-Mailbox or Get-User cmdlets) and configure several mailboxes in a single-line command. You can also use the Set-Mailbox cmdlet in scripts.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-Mailbox -Identity \"John Woods\" -DeliverToMailboxAndForward $true -ForwardingSMTPAddress manuel@contoso.com",
        "remarks": "This example delivers John Woods's email messages to John's mailbox and also forwards them to Manuel Oliveira's (manuel@contoso.com) mailbox."
      },
      {
        "title": "Example 2",
        "code": "Get-Mailbox -OrganizationalUnit \"Marketing\" | Set-Mailbox -UseDatabaseQuotaDefaults $false -IssueWarningQuota 200MB -ProhibitSendQuota 250MB -ProhibitSendReceiveQuota 280MB",
        "remarks": "This example uses the Get-Mailbox cmdlet to find all the mailboxes in the Marketing organizational unit, and then uses the Set-Mailbox cmdlet to configure these mailboxes. The custom warning, prohibit send, and prohibit send and receive limits are set to 200 megabytes (MB), 250 MB, and 280 MB respectively, and the mailbox database's default limits are ignored."
      },
      {
        "title": "Example 3",
        "code": "Get-User -Filter \"Department -eq 'Customer Service'\" | Set-Mailbox -MaxSendSize 2MB",
        "remarks": "This example uses the Get-User command to find all users in the Customer Service department, and then uses the Set-Mailbox command to change the maximum message size for sending messages to 2 MB."
      },
      {
        "title": "Example 4",
        "code": "Set-Mailbox John@contoso.com -MailTipTranslations (\"FR: C'est la langue française\", \"CHT: 這是漢語語言\")",
        "remarks": "This example sets the MailTip translation in French and Chinese."
      },
      {
        "title": "Example 5",
        "code": "$password = Read-Host \"Enter password\" -AsSecureString\n\nSet-Mailbox florencef -Password $password -ResetPasswordOnNextLogon $true",
        "remarks": "In on-premises Exchange, this example resets the password for Florence Flipo's mailbox. The next time she signs in to her mailbox, she'll have to change her password."
      },
      {
        "title": "Example 6",
        "code": "Set-Mailbox -Arbitration -Identity \"SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}\" -MessageTracking $false\n\nSet-Mailbox -Arbitration -Identity \"SystemMailbox{1f05a927-b864-48a7-984d-95b1adfbfe2d}\" -MessageTracking $true",
        "remarks": "This example removes the message tracking organization capability from the arbitration mailbox named SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c} and assigns it to an arbitration mailbox named SystemMailbox{1f05a927-b864-48a7-984d-95b1adfbfe2d}."
      },
      {
        "title": "Example 7",
        "code": "Set-Mailbox -Identity \"John Woods\" -EmailAddresses @{add=\"Jwoods@contoso.com\"}",
        "remarks": "This example adds a secondary email address to John's mailbox."
      },
      {
        "title": "Example 8",
        "code": "Set-Mailbox -Identity asraf@contoso.com -RemoveDelayReleaseHoldApplied",
        "remarks": "In Exchange Online, this example removes the delay hold that's applied to Asraf's mailbox so an offboarding migration (that is, a mailbox migration from Exchange Online back to on-premises Exchange) can continue successfully. For more information about delay holds, see Managing mailboxes on delay hold."
      },
      {
        "title": "Example 9",
        "code": "Set-Mailbox -Identity akia@contoso.com -InactiveMailbox -RemoveComplianceTagHoldApplied",
        "remarks": "In Exchange Online, this example removes compliance tag holds from the specified inactive mailbox. Because the mailbox is inactive, the ProvideConsent switch isn't required."
      },
      {
        "title": "Example 10",
        "code": "Set-Mailbox -Identity valeria@contoso.com -RemoveComplianceTagHoldApplied -ProvideConsent",
        "remarks": "In Exchange Online, this example removes compliance tag holds from the specified active mailbox. The ProvideConsent switch is required to acknowledge you understand the implications of removing the hold from an active mailbox, which might result in the permanent deletion of content that was previously protected."
      },
      {
        "title": "Example 11",
        "code": "Set-Mailbox -Identity \"Sales Team\" -GroupMailbox -ExcludeFromAllHolds",
        "remarks": "In Exchange Online, this example removes all eligible holds from the Microsoft 365 Group mailbox named Sales Team. This removal includes organization-level retention policies, user-level retention policies, compliance tag holds, delay holds, and delay release holds. The switch doesn't remove eDiscovery holds, litigation holds, or restrictive retention policies."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox"
  }
};
