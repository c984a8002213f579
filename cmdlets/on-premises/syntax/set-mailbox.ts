/**
 * Set-Mailbox: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-Mailbox.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MAILBOX: CmdletMetadata = {
  "name": "Set-Mailbox",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
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
        "RecalculateInactiveMailbox": {
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Alias parameter specifies the Exchange alias (also known as the mail nickname) for the recipient. This value identifies the recipient as a mail-enabled object, and shouldn't be confused with multiple email addresses for the same recipient (also known as proxy addresses). A recipient can have only one Alias value. The maximum length is 64 characters."
    },
    {
      "name": "AntispamBypassEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The AntispamBypassEnabled parameter specifies whether to skip anti-spam processing on the mailbox. Valid values are:"
    },
    {
      "name": "ApplyMandatoryProperties",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ApplyMandatoryProperties switch specifies whether to update the msExchVersion attribute of the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "Arbitration",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The Arbitration switch is required to modify arbitration mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "ArbitrationMailbox",
      "type": "MailboxIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The ArbitrationMailbox parameter specifies the arbitration mailbox that's used to manage the moderation process for this recipient. You can use any value that uniquely identifies the arbitration mailbox. For example:"
    },
    {
      "name": "ArchiveDatabase",
      "type": "DatabaseIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The ArchiveDatabase parameter specifies the Exchange database that contains the archive that's associated with this mailbox. You can use any value that uniquely identifies the database. For example:"
    },
    {
      "name": "ArchiveDomain",
      "type": "SmtpDomain",
      "sets": {
        "Identity": {}
      },
      "description": "The ArchiveDomain parameter specifies the domain in the cloud-based service where the archive that's associated with this mailbox exists. For example, if the SMTP email address of the user is tony@contoso.com, the SMTP domain could be archive.contoso.com."
    },
    {
      "name": "ArchiveName",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ArchiveName parameter specifies the name of the archive mailbox. This is the name displayed to users in Outlook on the web (formerly known as Outlook Web App). If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "ArchiveQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      },
      "description": "The ArchiveQuota parameter specifies the maximum size for the user's archive mailbox. If the archive mailbox reaches or exceeds this size, it no longer accepts messages."
    },
    {
      "name": "ArchiveStatus",
      "type": "ArchiveStatusFlags",
      "sets": {
        "Identity": {}
      },
      "description": "This cmdlet is available only in on-premises Exchange."
    },
    {
      "name": "ArchiveWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      },
      "description": "The ArchiveWarningQuota parameter specifies the warning threshold for the size of the user's archive mailbox. If the archive mailbox reaches or exceeds this size, the user receives a descriptive warning message."
    },
    {
      "name": "AttributesToClear",
      "type": "SetMailbox+ClearableADAttributes[]",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "AuditAdmin",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditEnabled parameter specifies whether to enable or disable mailbox audit logging for the mailbox. If auditing is enabled, actions specified in the AuditAdmin, AuditDelegate, and AuditOwner parameters are logged. Valid values are:"
    },
    {
      "name": "AuditLog",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The AuditLog switch is required to modify audit log mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "AuditLogAgeLimit",
      "type": "EnhancedTimeSpan",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The AuditOwner parameter specifies the mailbox operations to log for mailbox owners as part of mailbox audit logging. Valid values include:"
    },
    {
      "name": "AuxAuditLog",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {}
      },
      "description": "The AuxAuditLog switch is required to modify auxiliary audit log mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "BypassModerationFromSendersOrMembers",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The BypassModerationFromSendersOrMembers parameter specifies who is allowed to send messages to this moderated recipient without approval from a moderator. Valid values for this parameter are individual senders and groups in your organization. Specifying a group means all members of the group are allowed to send messages to this recipient without approval from a moderator."
    },
    {
      "name": "CalendarLoggingQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      },
      "description": "The CalendarLoggingQuota parameter specifies the maximum size of the log in the Recoverable Items folder of the mailbox that stores changes to calendar items. When the log exceeds this size, calendar logging is disabled until messaging records management (MRM) removes older calendar logs to free up more space."
    },
    {
      "name": "CalendarRepairDisabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The CalendarVersionStoreDisabled parameter specifies whether to prevent calendar changes in the mailbox from being logged. Valid values are:"
    },
    {
      "name": "ClientExtensions",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The ClientExtensions parameter specifies whether the organization-wide client extensions (also called Apps for Outlook) are installed in the arbitration mailbox (also called the organization mailbox). Only one arbitration mailbox in the organization can be configured to store client extensions. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "CreateDTMFMap",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The CreateDTMFMap parameter specifies whether to create a dual-tone multiple-frequency (DTMF) map for the recipient. This allows the recipient to be identified by using a telephone keypad in Unified Messaging (UM) environments. Valid values are:"
    },
    {
      "name": "CustomAttribute1",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter specifies a value for the CustomAttribute9 property on the recipient. You can use this property to store custom information about the recipient, and to identify the recipient in filters. The maximum length is 1024 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "Database",
      "type": "DatabaseIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The Database parameter specifies the mailbox database that contains the mailbox. You can use any value that uniquely identifies the database. For example:"
    },
    {
      "name": "DefaultPublicFolderMailbox",
      "type": "RecipientIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DeliverToMailboxAndForward parameter specifies the message delivery behavior when a forwarding address is specified by the ForwardingAddress or ForwardingSmtpAddress parameters. Valid values are:"
    },
    {
      "name": "DisableThrottling",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The DisableThrottling parameter enables or disables sender rate throttling for the mailbox. Valid values are:"
    },
    {
      "name": "DisplayName",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The DisplayName parameter specifies the display name of the mailbox. The display name is visible in the Exchange admin center, in address lists, and in Outlook. The maximum length is 256 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "DowngradeHighPriorityMessagesEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The DowngradeHighPriorityMessagesEnabled parameter specifies whether to prevent the mailbox from sending high priority messages to an X.400 mail system. Valid values are:"
    },
    {
      "name": "DumpsterMessagesPerFolderCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The DumpsterMessagesPerFolderCountReceiveQuota parameter specifies the maximum number of messages that can be contained in each folder in the Recoverable Items folder (called the dumpster in previous versions of Exchange). When a folder exceeds this limit, it can't store new messages. For example, if the Deletions folder in the Recoverable Items folder has exceeded the message count limit and the mailbox owner attempts to permanently delete items from their mailbox, the deletion will fail."
    },
    {
      "name": "DumpsterMessagesPerFolderCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The DumpsterMessagesPerFolderCountWarningQuota parameters specifies the number of messages that each folder in the Recoverable Items folder (called the dumpster in previous versions of Exchange) can hold before Exchange sends a warning message to the mailbox owner and logs an event to the application event log. When this quota is reached, warning messages and logged events occur once a day."
    },
    {
      "name": "EmailAddresses",
      "type": "ProxyAddressCollection",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The EmailAddresses parameter specifies all email addresses (proxy addresses) for the recipient, including the primary SMTP address. In on-premises Exchange organizations, the primary SMTP address and other proxy addresses are typically set by email address policies. However, you can use this parameter to configure other proxy addresses for the recipient. For more information, see Email address policies in Exchange Server."
    },
    {
      "name": "EmailAddressPolicyEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The EmailAddressPolicyEnabled parameter specifies whether to apply email address policies to this recipient. Valid values are:"
    },
    {
      "name": "EnableRoomMailboxAccount",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The EndDateForRetentionHold parameter specifies the end date for retention hold for messaging records management (MRM). To use this parameter, you need to set the RetentionHoldEnabled parameter to the value $true."
    },
    {
      "name": "ExtendedPropertiesCountQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The ExtendedPropertiesCountQuota property is used to configure the Named Properties and NonMAPI Named Properties quotas for a mailbox. This should typically only be done if you are experiencing QuotaExceededException or MapiExceptionNamedPropsQuotaExceeded errors."
    },
    {
      "name": "ExtensionCustomAttribute1",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ExternalOofOptions parameter specifies the automatic replies or Out of Office (also known OOF) message options that are available for the mailbox. Valid values are:"
    },
    {
      "name": "FolderHierarchyChildrenCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FolderHierarchyChildrenCountReceiveQuota parameter specifies the maximum number of subfolders that can be created in a mailbox folder. The mailbox owner can't create a new subfolder when this limit is reached."
    },
    {
      "name": "FolderHierarchyChildrenCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FolderHierarchyChildrenCountWarningQuota parameter specifies the number of subfolders that can be created in a mailbox folder before Exchange sends a warning message to the mailbox owner and logs an event to the application event log. When this quota is reached, warning messages and logged events occur once a day."
    },
    {
      "name": "FolderHierarchyDepthReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FolderHierarchyDepthReceiveQuota parameter specifies the maximum number of levels in the folder hierarchy of a mailbox folder. The mailbox owner can't create another level in the folder hierarchy of the mailbox folder when this limit is reached."
    },
    {
      "name": "FolderHierarchyDepthWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FolderHierarchyDepthWarningQuota parameter specifies the number of levels in the folder hierarchy of a mailbox folder that can be created before Exchange sends a warning message to the mailbox owner and logs an event to the application event log. When this quota is reached, warning messages and logged events occur once a day."
    },
    {
      "name": "FoldersCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FoldersCountReceiveQuota parameter is used to specify a maximum number of folders within a mailbox, typically a public folder mailbox. If this value is configured and the limit is reached, you can't create new folders in the mailbox."
    },
    {
      "name": "FoldersCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The FoldersCountWarningQuota parameter is used to display a warning message that the folder hierarchy is full when the value specified for this parameter is reached. This parameter is typically used for public folder mailboxes."
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ForwardingSmtpAddress parameter specifies a forwarding SMTP address for messages that are sent to this mailbox. Typically, you use this parameter to specify external email addresses that aren't validated."
    },
    {
      "name": "GMGen",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The GMGen parameter specifies whether the arbitration mailbox (also called an organization mailbox) is used for group metrics generation for the organization. In MailTips, group metrics information is used to indicate the number of recipients in a message or whether recipients are outside your organization. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "GrantSendOnBehalfTo",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The GrantSendOnBehalfTo parameter specifies who can send on behalf of this mailbox. Although messages send on behalf of the mailbox clearly show the sender in the From field (<Sender> on behalf of <Mailbox>), replies to these messages are delivered to the mailbox, not the sender."
    },
    {
      "name": "HiddenFromAddressListsEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The HiddenFromAddressListsEnabled parameter specifies whether this recipient is visible in address lists. Valid values are:"
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
    },
    {
      "name": "ImListMigrationCompleted",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ImListMigrationCompleted parameter specifies whether a user's Lync or Skype for Business contact list is stored in their mailbox."
    },
    {
      "name": "ImmutableId",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ImmutableId parameter is used by GAL synchronization (GALSync) and specifies a unique and immutable identifier in the form of an SMTP address for an Exchange mailbox used for federated delegation when requesting Security Assertion Markup Language (SAML) tokens. If federation is configured for this mailbox and you don't set this parameter when you create the mailbox, Exchange creates the value for the immutable ID based upon the mailbox's ExchangeGUID and the federated account namespace, for example, 7a78e7c8-620e-4d85-99d3-c90d90f29699@mail.contoso.com."
    },
    {
      "name": "IsExcludedFromServingHierarchy",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The IsExcludedFromServingHierarchy parameter prevents users from accessing the public folder hierarchy on this public folder mailbox. For load-balancing purposes, users are equally distributed across public folder mailboxes by default. When this parameter is set on a public folder mailbox, that mailbox isn't included in this automatic load-balancing and can't be accessed by users to retrieve the public folder hierarchy. However, if an administrator has set the DefaultPublicFolderMailbox property on a user mailbox to a specific public folder mailbox, the user can still access the specified public folder mailbox even if the IsExcludedFromServingHierarchy parameter is set for that public folder mailbox."
    },
    {
      "name": "IsHierarchyReady",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "IsHierarchySyncEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "IssueWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The IssueWarningQuota parameter specifies the warning threshold for the size of the mailbox. If the mailbox reaches or exceeds this size, the user receives a descriptive warning message."
    },
    {
      "name": "Languages",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Languages parameter specifies the language preferences for this mailbox, in order of preference. Several Exchange components display information to a mailbox user in the preferred language, if that language is supported. Some of those components include quota messages, non-delivery reports (NDRs), the Outlook on the web user interface, and Unified Messaging (UM) voice prompts."
    },
    {
      "name": "LinkedCredential",
      "type": "PSCredential",
      "sets": {
        "Identity": {}
      },
      "description": "The LinkedCredential parameter specifies the credentials used to access the domain controller specified by the LinkedDomainController parameter."
    },
    {
      "name": "LinkedDomainController",
      "type": "String",
      "sets": {
        "Identity": {}
      },
      "description": "The LinkedDomainController parameter specifies the domain controller in the forest where the user account resides, if the mailbox is a linked mailbox. The domain controller in the forest where the user account resides is used to get security information for the account specified by the LinkedMasterAccount parameter. Use the fully qualified domain name (FQDN) of the domain controller that you want to use as the value for this parameter."
    },
    {
      "name": "LinkedMasterAccount",
      "type": "UserIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The LinkedMasterAccount parameter specifies the master account in the forest where the user account resides, if the mailbox is a linked mailbox. The master account is the account that the mailbox is linked to. The master account grants access to the mailbox. You can use any value that uniquely identifies the master account. For example:"
    },
    {
      "name": "LitigationHoldDate",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The LitigationHoldOwner parameter specifies the user who placed the mailbox on litigation hold. If you don't use this parameter when you place the mailbox on litigation hold, the value is populated automatically. If you use this parameter when you place the mailbox on litigation hold, you can specify a text value. If the value contains spaces, include the value in quotation marks (\"). You can use this value for informational and reporting purposes."
    },
    {
      "name": "MailboxMessagesPerFolderCountReceiveQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is an available only in on-premises Exchange."
    },
    {
      "name": "MailboxMessagesPerFolderCountWarningQuota",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is an available only in on-premises Exchange."
    },
    {
      "name": "MailTip",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MailTipTranslations parameter specifies additional languages for the custom MailTip text that's defined by the MailTip parameter. HTML tags are automatically added to the MailTip translation, additional HTML tags aren't supported, and the length of the MailTip translation can't exceed 175 displayed characters."
    },
    {
      "name": "ManagedFolderMailboxPolicy",
      "type": "MailboxPolicyIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The ManagedFolderMailboxPolicy parameter specifies a managed folder mailbox policy that controls MRM for the mailbox. If the parameter is set to $null, Exchange removes the managed folder mailbox policy from the mailbox but any managed folders in the mailbox remain."
    },
    {
      "name": "ManagedFolderMailboxPolicyAllowed",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The ManagedFolderMailboxPolicyAllowed switch bypasses the warning that MRM features aren't supported for clients running versions of Outlook earlier than Outlook 2007. You don't need to specify a value with this switch."
    },
    {
      "name": "Management",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The Management parameter specifies whether the arbitration mailbox (also call an organization mailbox) is used to manage mailbox moves and mailbox migrations. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "MaxBlockedSenders",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The MaxBlockedSenders parameter specifies the maximum number of senders that can be included in the blocked senders list. Blocked senders are senders that are considered junk senders by the mailbox and are used in junk email rules. This parameter is validated only when the junk email rules are updated using Outlook on the web or Exchange Web Services."
    },
    {
      "name": "MaxReceiveSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MaxReceiveSize parameter specifies the maximum size of a message that can be sent to the mailbox. Messages larger than the maximum size are rejected."
    },
    {
      "name": "MaxSafeSenders",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The MaxSafeSenders parameter specifies the maximum number of senders that can be included in the safe senders list. Safe senders are senders that are trusted by the mailbox and are used in junk email rules. This parameter is validated only when the junk email rules are updated using cloud-based organizations or services."
    },
    {
      "name": "MaxSendSize",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageCopyForSentAsEnabled parameter specifies whether to copy the sender for messages that are sent from a mailbox by users that have the \"send as\" permission. Valid values are:"
    },
    {
      "name": "MessageTracking",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {}
      },
      "description": "The MessageTracking parameter specifies whether the arbitration mailbox (also called an organization mailbox) is the anchor mailbox that's used for cross-organizational message tracking scenarios. By default, the message tracking organizational capability is assigned to the arbitration mailbox named SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "MessageTrackingReadStatusEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The MessageTrackingReadStatusEnabled parameter specifies whether to include detailed information in delivery reports for messages sent to the mailbox. Valid values are:"
    },
    {
      "name": "Migration",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The Migration switch is required to modify migration mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "ModeratedBy",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Name parameter specifies the unique name of the mailbox. The maximum length is 64 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "NewPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {}
      },
      "description": "The NewPassword parameter is used with the OldPassword parameter when a user changes their own password in Outlook on the web. By default, the NewPassword and OldPassword parameters are also available to members of the Help Desk and Organization Management role groups via the User Options role. However, administrators use the Password parameter to reset a user's password, because that parameter doesn't require the user's current password."
    },
    {
      "name": "OABGen",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The OABGen parameter specifies whether the arbitration mailbox (also called an organization mailbox) is used for offline address book (OAB) file generation and storage for the organization. OAB requests are sent to the server where this arbitration mailbox is located. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "Office",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Office parameter specifies the user's physical office name or number."
    },
    {
      "name": "OfflineAddressBook",
      "type": "OfflineAddressBookIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The OfflineAddressBook parameter specifies the offline address book (OAB) that's associated with the mailbox. You can use any value that uniquely identifies the OAB. For example:"
    },
    {
      "name": "OldPassword",
      "type": "SecureString",
      "sets": {
        "Identity": {}
      },
      "description": "The OldPassword parameter is used with the NewPassword parameter when a user changes their own password in Outlook on the web. By default, the NewPassword and OldPassword parameters are also available to members of the Help Desk and Organization Management role groups via the User Options role. However, administrators typically use the Password parameter to reset a user's password, because that parameter doesn't require the user's current password."
    },
    {
      "name": "OMEncryption",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "OMEncryptionStore",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "PARAMVALUE: Boolean"
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Password parameter resets the password of the user account that's associated with the mailbox to the value you specify. To use this parameter on a mailbox other than your own, consider the following options:"
    },
    {
      "name": "PrimarySmtpAddress",
      "type": "SmtpAddress",
      "sets": {
        "Identity": {}
      },
      "description": "The PrimarySmtpAddress parameter specifies the primary return email address that's used for the recipient. You can't use the EmailAddresses and PrimarySmtpAddress parameters in the same command."
    },
    {
      "name": "ProhibitSendQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The ProhibitSendReceiveQuota parameter specifies a size limit for the mailbox. If the mailbox reaches or exceeds this size, the mailbox can't send or receive new messages. Messages sent to the mailbox are returned to the sender with a descriptive error message. This value effectively determines the maximum size of the mailbox."
    },
    {
      "name": "PstProvider",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The PublicFolder switch is required to modify public folder mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "QueryBaseDN",
      "type": "OrganizationalUnitIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RecipientLimits",
      "type": "Unlimited",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RecipientLimits parameter specifies the maximum number of recipients allowed in messages sent by the mailbox."
    },
    {
      "name": "RecoverableItemsQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      },
      "description": "The RecoverableItemsQuota parameter specifies the maximum size for the Recoverable Items folder of the mailbox. If the Recoverable Items folder reaches or exceeds this size, it no longer accepts messages."
    },
    {
      "name": "RecoverableItemsWarningQuota",
      "type": "Unlimited",
      "sets": {
        "Identity": {}
      },
      "description": "The RecoverableItemsWarningQuota parameter specifies the warning threshold for the size of the Recoverable Items folder for the mailbox. If the Recoverable Items folder reaches or exceeds this size, Exchange logs an event to the application event log."
    },
    {
      "name": "RejectMessagesFrom",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RejectMessagesFromSendersOrMembers parameter specifies who isn't allowed to send messages to this recipient. Messages from these senders are rejected."
    },
    {
      "name": "RemoteRecipientType",
      "type": "RemoteRecipientType",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RemoveManagedFolderAndPolicy",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The RemoveManagedFolderAndPolicy switch specifies whether to remove all MRM policies and attributes from a mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemovePicture",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The RemovePicture switch specifies whether to remove the picture from the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveSpokenName",
      "type": "SwitchParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The RemoveSpokenName parameter specifies whether to remove the spoken name from the mailbox. You don't need to specify a value with this switch."
    },
    {
      "name": "RequireSenderAuthenticationEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RequireSenderAuthenticationEnabled parameter specifies whether to accept messages only from authenticated (internal) senders. Valid values are:"
    },
    {
      "name": "ResetPasswordOnNextLogon",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The ResetPasswordOnNextLogon parameter specifies whether the user is required to change their password the next time they log on to their mailbox. Valid values are:"
    },
    {
      "name": "ResourceCapacity",
      "type": "Int32",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RetainDeletedItemsFor parameter specifies the length of time to keep soft-deleted items for the mailbox. Soft-deleted items are items that have been deleted by using any of these methods:"
    },
    {
      "name": "RetainDeletedItemsUntilBackup",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The RetainDeletedItemsUntilBackup parameter specifies whether to keep items in the Recoverable Items\\\\Deletions folder of the mailbox until the next database backup occurs. Valid values are:"
    },
    {
      "name": "RetentionComment",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The RulesQuota parameter specifies the limit for the size of Inbox rules for the mailbox. When you enter a value, qualify the value with one of the following:"
    },
    {
      "name": "SamAccountName",
      "type": "String",
      "sets": {
        "Identity": {}
      },
      "description": "The SamAccountName parameter (also known as the pre-Windows 2000 user account or group name) specifies an object identifier that's compatible with older versions of Microsoft Windows client and server operating systems. The value can contain letters, numbers, spaces, periods (.), and the following characters: !, #, $, %, ^, &, -, \\_, {, }, and ~. The last character can't be a period. Unicode characters are allowed, but accented characters might generate collisions (for example, o and ö match). The maximum length is 20 characters."
    },
    {
      "name": "SCLDeleteEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLDeleteEnabled parameter specifies whether to silently delete messages that meet or exceed the spam confidence level (SCL) specified by the SCLDeleteThreshold parameter. Valid values are:"
    },
    {
      "name": "SCLDeleteThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLDeleteThreshold parameter specifies the SCL delete threshold. When the SCLDeleteEnabled parameter is set to $true, messages with an SCL greater than or equal to the specified value are silently deleted."
    },
    {
      "name": "SCLJunkEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLJunkEnabled parameter specifies whether messages that exceed(not meet) the SCL specified by the SCLJunkThreshold parameter are moved to the Junk Email folder. Valid values are:"
    },
    {
      "name": "SCLJunkThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLJunkThreshold parameter specifies the SCL Junk Email folder threshold. When the SCLJunkEnabled parameter is set to $true, messages with an SCL greater than (not equal to) the specified value are moved to the Junk Email folder."
    },
    {
      "name": "SCLQuarantineEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLQuarantineEnabled parameter specifies whether messages that meet or exceed the SCL specified by the SCLQuarantineThreshold parameter are quarantined. If a message is quarantined, it's sent to the quarantine mailbox where administrators can review it. Valid values are:"
    },
    {
      "name": "SCLQuarantineThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLQuarantineThreshold parameter specifies the SCL quarantine threshold. When the SCLQuarantineEnabled parameter is set to $true, messages with an SCL greater than or equal to the specified value are quarantined."
    },
    {
      "name": "SCLRejectEnabled",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLRejectEnabled parameter specifies whether messages that meet or exceed the SCL specified by the SCLRejectThreshold parameter are rejected. Valid values are:"
    },
    {
      "name": "SCLRejectThreshold",
      "type": "Int32",
      "sets": {
        "Identity": {}
      },
      "description": "The SCLRejectThreshold parameter specifies the SCL reject threshold. When the SCLRejectEnabled parameter is set to $true, messages with an SCL greater than or equal to the specified value are rejected, and an NDR is sent to the sender."
    },
    {
      "name": "SecondaryAddress",
      "type": "String",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SecondaryAddress parameter specifies the secondary address used by the UM-enabled user."
    },
    {
      "name": "SecondaryDialPlan",
      "type": "UMDialPlanIdParameter",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SecondaryDialPlan parameter specifies a secondary UM dial plan to use. This parameter is provided to create a secondary proxy address."
    },
    {
      "name": "SendModerationNotifications",
      "type": "TransportModerationNotificationFlags",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The SingleItemRecoveryEnabled parameter specifies whether to prevent the Recoverable Items folder from being purged. Valid values are:"
    },
    {
      "name": "SkipDualWrite",
      "type": "SwitchParameter",
      "sets": {
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "StartDateForRetentionHold",
      "type": "DateTime",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "SystemMessageSizeShutoffQuota",
      "type": "Int64",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "SystemMessageSizeWarningQuota",
      "type": "Int64",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "ThrottlingPolicy",
      "type": "ThrottlingPolicyIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "The ThrottlingPolicy parameter specifies the throttling policy that's assigned to the mailbox. You can use any value that uniquely identifies the throttling policy. For example:"
    },
    {
      "name": "Type",
      "type": "ConvertibleMailboxSubType",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The Type parameter specifies the mailbox type for the mailbox. Valid values are:"
    },
    {
      "name": "UMDataStorage",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The UMDataStorage parameter specifies whether the arbitration mailbox (also called an organization mailbox) is used to store UM call data records and UM custom prompts. This capability can be assigned to only one arbitration mailbox for the organization. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "UMDtmfMap",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The UMDtmfMap parameter specifies the dual-tone multiple-frequency (DTMF) map values for the recipient. This allows the recipient to be identified by using a telephone keypad in Unified Messaging (UM) environments. Typically, these DTMF values are automatically created and updated, but you can use this parameter to make changes manually. This parameter uses the following syntax:"
    },
    {
      "name": "UMGrammar",
      "type": "Boolean",
      "sets": {
        "Identity": {}
      },
      "description": "The UMGrammar parameter specifies whether the arbitration mailbox (also called an organization mailbox) is used for UM directory speech grammar generation for the organization. UM directory speech grammars are generated and used on the Mailbox server of this arbitration mailbox. UM directory speech grammars are used in speech-enabled directory search features, such as UM auto attendants. You can use this parameter only on an arbitration mailbox."
    },
    {
      "name": "UseDatabaseQuotaDefaults",
      "type": "Boolean",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
        "RemoveDelayHoldApplied": {},
        "RemoveDelayReleaseHoldApplied": {},
        "RemoveDisabledArchive": {},
        "RemoveOrphanedHolds": {}
      },
      "description": "The UserCertificate parameter specifies the digital certificate used to sign a user's email messages."
    },
    {
      "name": "UserPrincipalName",
      "type": "String",
      "sets": {
        "Identity": {}
      },
      "description": "The UserPrincipalName parameter specifies the logon name for the user account. The UPN uses an email address format: username@domain. Typically, the domain value is the domain where the user account resides."
    },
    {
      "name": "UserSMimeCertificate",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {},
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
        "ExcludeFromAllOrgHolds": {},
        "ExcludeFromOrgHolds": {},
        "RecalculateInactiveMailbox": {},
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
