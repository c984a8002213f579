/**
 * New-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MigrationBatch.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_MIGRATION_BATCH: CmdletMetadata = {
  "name": "New-MigrationBatch",
  "source": "ExchangeOnlineManagement",
  "defaultParameterSet": "Onboarding",
  "parameters": [
    {
      "name": "UserIds",
      "type": "MultiValuedProperty",
      "sets": {
        "PreexistingUserIds": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The UserIds parameter specifies the users that you want to copy from an existing migration batch (for example, if a previous migration was partially successful). You identify a user by email address or by their Guid property value from the Get-MigrationUser cmdlet. You can specify multiple users separated by commas."
    },
    {
      "name": "Users",
      "type": "MultiValuedProperty",
      "sets": {
        "Preexisting": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "PreexistingUsers": {
          "valueFromPipeline": true
        }
      },
      "description": "The Users parameter specifies the users that you want to copy from an existing migration batch (for example, if a previous migration was partially successful). You identify the users by using the Get-MigrationUser cmdlet. For example:"
    },
    {
      "name": "Analyze",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      },
      "description": "The Analyze switch specifies whether to create a mailbox analysis batch. You don't need to specify a value with this switch."
    },
    {
      "name": "ConnectionLogicalId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {
          "mandatory": true
        }
      },
      "description": "The ConnectionLogicalId parameter specifies the connection logical ID for the Slack connector migration batch."
    },
    {
      "name": "CSVData",
      "type": "Byte[]",
      "sets": {
        "Analysis": {
          "mandatory": true
        },
        "FolderMove": {
          "mandatory": true
        },
        "GoogleResourceOnboarding": {
          "mandatory": true
        },
        "Local": {
          "mandatory": true
        },
        "LocalMailboxRestore": {
          "mandatory": true
        },
        "LocalPublicFolder": {
          "mandatory": true
        },
        "ManagedGmailTeams": {
          "mandatory": true
        },
        "Offboarding": {
          "mandatory": true
        },
        "Onboarding": {},
        "PointInTimeRecovery": {
          "mandatory": true
        },
        "PointInTimeRecoveryProvisionOnly": {
          "mandatory": true
        },
        "PublicFolderToUnifiedGroup": {
          "mandatory": true
        }
      },
      "description": "The CSVData parameter specifies the CSV file that contains information about the user mailboxes to be moved or migrated. The required attributes in the header row of the CSV file vary depending on the type of migration. For more information, see CSV files for mailbox migration."
    },
    {
      "name": "ManagedGmailTeams",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {}
      },
      "description": "The ManagedGmailTeams switch specifies whether to create a Gmail calendar sync to Teams migration batch. You don't need to specify a value with this switch."
    },
    {
      "name": "Name",
      "type": "String",
      "sets": {
        "Analysis": {
          "mandatory": true
        },
        "FolderMove": {
          "mandatory": true
        },
        "GoogleResourceOnboarding": {
          "mandatory": true
        },
        "Local": {
          "mandatory": true
        },
        "LocalMailboxRestore": {
          "mandatory": true
        },
        "LocalPublicFolder": {
          "mandatory": true
        },
        "ManagedGmailTeams": {
          "mandatory": true
        },
        "Offboarding": {
          "mandatory": true
        },
        "Onboarding": {
          "mandatory": true
        },
        "PointInTimeRecovery": {
          "mandatory": true
        },
        "PointInTimeRecoveryProvisionOnly": {
          "mandatory": true
        },
        "Preexisting": {
          "mandatory": true
        },
        "PreexistingUserIds": {
          "mandatory": true
        },
        "PreexistingUsers": {
          "mandatory": true
        },
        "PublicFolderToUnifiedGroup": {
          "mandatory": true
        },
        "SlackPublicDataConnector": {
          "mandatory": true
        },
        "WorkflowTemplate": {
          "mandatory": true
        }
      },
      "description": "The Name parameter specifies an unique name for the migration batch on each system (Exchange On-premises or Exchange Online). The maximum length is 64 characters. If the value contains spaces, enclose the value in quotation marks."
    },
    {
      "name": "SlackPublicDataConnector",
      "type": "SwitchParameter",
      "sets": {
        "SlackPublicDataConnector": {}
      },
      "description": "The SlackPublicDataConnector switch specifies this is a Slack public data connector migration batch. You don't need to specify a value with this switch."
    },
    {
      "name": "SlackWorkspaceId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {
          "mandatory": true
        }
      },
      "description": "The SlackWorkspaceId parameter specifies the Slack workspace ID for the Slack public data connector migration batch."
    },
    {
      "name": "AdoptPreexisting",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Local": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The AdoptPreexisting switch specifies whether to adopt pre-existing migration users from other batches into this new batch. You don't need to specify a value with this switch."
    },
    {
      "name": "AllowUnknownColumnsInCsv",
      "type": "Boolean",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The AllowUnknownColumnsInCsv parameter specifies whether to allow extra columns in the CSV file that aren't used by migration. Valid values are:"
    },
    {
      "name": "ArchiveDomain",
      "type": "String",
      "sets": {
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The ArchiveDomain parameter specifies the archive domain name for onboarding or offboarding migrations."
    },
    {
      "name": "ArchiveOnly",
      "type": "SwitchParameter",
      "sets": {
        "Local": {}
      },
      "description": "The ArchiveOnly switch specifies that only archive mailboxes are migrated for the users in the migration batch (primary mailboxes aren't migrated). You don't need to specify a value with this switch."
    },
    {
      "name": "AutoComplete",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The AutoComplete switch forces the finalization of the individual mailboxes as soon as the mailbox has completed initial synchronization. You don't need to specify a value with this switch."
    },
    {
      "name": "AutoProvisioning",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The AutoProvisioning switch specifies whether to automatically provision mailboxes for Google Workspace migration or analysis batches. You don't need to specify a value with this switch."
    },
    {
      "name": "AutoStart",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The AutoStart switch immediately starts the processing of the new migration batch. You don't need to specify a value with this switch."
    },
    {
      "name": "AvoidMergeOverlap",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The AvoidMergeOverlap switch specifies whether to avoid merge overlap on secondary message identifiers during Google Workspace migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "CompleteAfter",
      "type": "DateTime",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The CompleteAfter parameter specifies a delay before the batch is completed. Data migration for the batch starts, but completion doesn't start until the date/time you specify with this parameter."
    },
    {
      "name": "ContentFilter",
      "type": "String",
      "sets": {
        "Onboarding": {}
      },
      "description": "The ContentFilter parameter uses OPATH filter syntax to filter the messages by Received time. Only content that matches the ContentFilter parameter is moved to Exchange online. For example:"
    },
    {
      "name": "ContentFilterLanguage",
      "type": "CultureInfo",
      "sets": {
        "Onboarding": {}
      },
      "description": "The ContentFilterLanguage parameter specifies the language being used in the ContentFilter parameter for string searches."
    },
    {
      "name": "DataFusion",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The DataFusion switch specifies whether to enable Data Fusion for Google Workspace migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "Daily",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      },
      "description": "{{ Fill Daily Description }}"
    },
    {
      "name": "DisableOnCopy",
      "type": "SwitchParameter",
      "sets": {
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {}
      },
      "description": "The DisableOnCopy switch disables the original migration job item for a user if you're copying users from an existing batch to a new batch by using the UserIds or Users parameters. You don't need to specify a value with this switch."
    },
    {
      "name": "ExcludeDumpsters",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The ExcludeDumpsters switch specifies whether to migrate public folder mailboxes without including the contents of the Recoverable Items folder (formerly known as the dumpster). You don't need to specify a value with this switch."
    },
    {
      "name": "ExcludeFolders",
      "type": "MultiValuedProperty",
      "sets": {
        "Analysis": {},
        "LocalMailboxRestore": {},
        "Onboarding": {}
      },
      "description": "For an IMAP migration or Google Workspace migration, the ExcludeFolders parameter specifies mailbox folders that you don't want to migrate from the source email system to the cloud-based mailboxes. Specify the value as a string array and separate multiple folder names with commas."
    },
    {
      "name": "ForwardingDisposition",
      "type": "GmailForwardingDisposition",
      "sets": {
        "Onboarding": {}
      },
      "description": "The ForwardingDisposition parameter specifies how to handle Gmail messages configured for auto-forwarding during Google Workspace migrations. Valid values are:"
    },
    {
      "name": "GoogleResource",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {}
      },
      "description": "The GoogleResource switch specifies that this is a Google Resource migration batch. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeFolders",
      "type": "MultiValuedProperty",
      "sets": {
        "Analysis": {},
        "LocalMailboxRestore": {},
        "Onboarding": {}
      },
      "description": "For an IMAP migration or Google Workspace migration, the IncludeFolders parameter specifies mailbox folders that you want to migrate from the on-premises email system to the cloud-based mailboxes. Specify the value as a string array and separate multiple folder names with commas."
    },
    {
      "name": "IncludeOtherContacts",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The IncludeOtherContacts switch specifies whether to include other contacts during Google Workspace migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "MigrateTasks",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The MigrateTasks switch specifies whether to migrate Tasks during Google Workspace migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "MoveOptions",
      "type": "MultiValuedProperty",
      "sets": {
        "FolderMove": {},
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The MoveOptions parameter specifies the stages of the migration that you want to skip for debugging purposes. Don't use this parameter unless you're directed to do so by Microsoft Customer Service and Support or specific documentation."
    },
    {
      "name": "NotificationEmails",
      "type": "MultiValuedProperty",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The NotificationEmails parameter specifies one or more email addresses that migration status reports are sent to. Specify the value as a string array, and separate multiple email addresses with commas."
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "PrimaryOnly",
      "type": "SwitchParameter",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The PrimaryOnly switch specifies that only primary mailboxes are migrated for the users in the migration batch that also have archive mailboxes (archive mailboxes aren't migrated). You don't need to specify a value with this switch."
    },
    {
      "name": "PublicFolderToUnifiedGroup",
      "type": "SwitchParameter",
      "sets": {
        "PublicFolderToUnifiedGroup": {}
      },
      "description": "The PublicFolderToUnifiedGroup switch specifies a migration from public folders to Microsoft 365 Groups. You don't need to specify a value with this switch."
    },
    {
      "name": "RemoveOnCopy",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Local": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The RemoveOnCopy switch specifies whether to remove the source migration user from its original batch when it is adopted into this new batch. This switch requires the AdoptPreexisting switch. You don't need to specify a value with this switch."
    },
    {
      "name": "RenamePrimaryCalendar",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The RenamePrimaryCalendar switch specifies whether to rename the primary calendar during Google Workspace migrations. You don't need to specify a value with this switch."
    },
    {
      "name": "ReportInterval",
      "type": "TimeSpan",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The ReportInterval parameter specifies how frequently emailed reports should be sent to the email addresses listed within NotificationEmails."
    },
    {
      "name": "Restore",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The Restore switch specifies whether to create an onboarding restore batch. You don't need to specify a value with this switch."
    },
    {
      "name": "SimplifiedSwitchOver",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The SimplifiedSwitchOver switch specifies whether to use simplified switchover for Google Workspace migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipCalendar",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {},
        "Onboarding": {}
      },
      "description": "The SkipCalendar switch specifies that you want to skip calendar migration during Google Workspace onboarding. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipContacts",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {},
        "Onboarding": {}
      },
      "description": "The SkipContacts switch specifies that you want to skip contact migration during Google Workspace onboarding. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipDelegates",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Onboarding": {}
      },
      "description": "The SkipDelegates switch specifies whether to skip migration of delegate permissions during Google Workspace or Google Resource migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipDetails",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      },
      "description": "The SkipDetails switch specifies whether to skip detailed mailbox analysis in an analysis batch. This switch is used with the Analyze switch. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipMail",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The SkipMail switch specifies that you want to skip mail migration during Google Workspace onboarding. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipMerging",
      "type": "MultiValuedProperty",
      "sets": {
        "GoogleResourceOnboarding": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The SkipMerging parameter specifies the stages of the migration that you want to skip for debugging purposes. Don't use this parameter unless you're directed to do so by Microsoft Customer Service and Support or specific documentation."
    },
    {
      "name": "SkipMoving",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "This parameter is replaced by the MoveOptions parameter."
    },
    {
      "name": "SkipProvisioning",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Onboarding": {}
      },
      "description": "The SkipProvisioning switch specifies whether to skip mailbox provisioning during Google Workspace or Google Resource migration batches. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipReports",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The SkipReports switch specifies that you want to skip automatic reporting for the migration. You don't need to specify a value with this switch."
    },
    {
      "name": "SkipRules",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      },
      "description": "The SkipRules switch specifies that you want to skip rule migration during Google Workspace onboarding. You don't need to specify a value with this switch."
    },
    {
      "name": "SourceEndpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "Analysis": {},
        "GoogleResourceOnboarding": {},
        "ManagedGmailTeams": {},
        "Onboarding": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {}
      },
      "description": "The SourceEndpoint parameter specifies the migration endpoint to use for the source of the migration batch. You create the migration endpoint by using the New-MigrationEndpoint cmdlet. You can use any value that uniquely identifies the migration endpoint. For example:"
    },
    {
      "name": "SourcePFPrimaryMailboxGuid",
      "type": "Guid",
      "sets": {
        "Onboarding": {}
      },
      "description": "The SourcePFPrimaryMailboxGuid parameter specifies the GUID of the source primary mailbox for public folder migration to Exchange Online."
    },
    {
      "name": "StagedRollOutGroupId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {}
      },
      "description": "The StagedRollOutGroupId parameter specifies the group ID for staged rollout of the Slack public data connector migration batch."
    },
    {
      "name": "StartAfter",
      "type": "DateTime",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The StartAfter parameter specifies a delay before the data migration for the users within the batch is started. The migration is prepared, but the actual data migration for the user doesn't start until the date/time you specify with this parameter."
    },
    {
      "name": "TargetArchiveDatabases",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The TargetArchiveDatabases parameter specifies the database where the archive mailboxes specified in the migration batch are migrated to. You can use any value that uniquely identifies the database. For example:"
    },
    {
      "name": "TargetDatabases",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The TargetDatabases parameter specifies the identity of the database that you're moving mailboxes to. You can use any value that uniquely identifies the database. For example:"
    },
    {
      "name": "TargetDeliveryDomain",
      "type": "String",
      "sets": {
        "Offboarding": {},
        "Onboarding": {}
      },
      "description": "The TargetDeliveryDomain parameter specifies the FQDN of the external email address created in the source forest for the mail-enabled user when the migration batch is complete."
    },
    {
      "name": "TargetEndpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "Offboarding": {}
      },
      "description": "The TargetEndpoint parameter specifies the migration endpoint to use for the destination of the migration batch. You create the migration endpoint by using the New-MigrationEndpoint cmdlet. You can use any value that uniquely identifies the migration endpoint. For example:"
    },
    {
      "name": "TimeZone",
      "type": "ExTimeZoneValue",
      "sets": {
        "Analysis": {},
        "FolderMove": {},
        "GoogleResourceOnboarding": {},
        "Local": {},
        "LocalMailboxRestore": {},
        "LocalPublicFolder": {},
        "ManagedGmailTeams": {},
        "Offboarding": {},
        "Onboarding": {},
        "PointInTimeRecovery": {},
        "PointInTimeRecoveryProvisionOnly": {},
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {},
        "PublicFolderToUnifiedGroup": {},
        "SlackPublicDataConnector": {},
        "WorkflowTemplate": {}
      },
      "description": "The TimeZone parameter specifies the time zone of the administrator who submits the migration batch."
    },
    {
      "name": "WorkflowControlFlags",
      "type": "MigrationWorkflowControlFlags",
      "sets": {
        "Local": {},
        "Onboarding": {}
      },
      "description": "The WorkflowControlFlags parameter specifies advanced controls for the steps that are performed in the migration. Valid values are:"
    },
    {
      "name": "WorkflowTemplate",
      "type": "String",
      "sets": {
        "WorkflowTemplate": {}
      },
      "description": "The WorkflowTemplate parameter specifies the name of an expert migration template to use for the migration batch. Don't use this parameter unless you're directed to do so by Microsoft Customer Service and Support or specific documentation."
    },
    {
      "name": "XMLData",
      "type": "Byte[]",
      "sets": {
        "Onboarding": {}
      },
      "description": "The XMLData parameter specifies the XML data file that contains configuration information for a large archive onboarding migration batch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationBatch"
  ],
  "help": {
    "synopsis": "Use the New-MigrationBatch cmdlet to submit a new migration request for a batch of users.",
    "description": "Use the New-MigrationBatch cmdlet to create a migration batch to migrate mailboxes and mailbox data in one of the following migration scenarios.\n\nMoves in on-premises Exchange organizations",
    "examples": [
      {
        "title": "Example 1",
        "code": "New-MigrationBatch -Local -Name LocalMove1 -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\LocalMove1.csv\")) -TargetDatabases MBXDB2\n\nStart-MigrationBatch -Identity LocalMove1",
        "remarks": "This example creates a migration batch for a local move, where the mailboxes in the specified CSV file are moved to a different mailbox database. This CSV file contains a single column with the email address for the mailboxes to be moved. The header for this column must be named EmailAddress. The migration batch in this example must be started manually by using the Start-MigrationBatch cmdlet or the Exchange admin center. Alternatively, you can use the AutoStart parameter to start the migration batch automatically."
      },
      {
        "title": "Example 2",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpointSource = New-MigrationEndpoint -ExchangeRemoteMove -Name Forest1Endpoint -Autodiscover -EmailAddress administrator@forest1.contoso.com -Credentials $Credentials\n\n$CrossForestBatch = New-MigrationBatch -Name CrossForestBatch1 -SourceEndpoint $MigrationEndpointSource.Identity -TargetDeliveryDomain forest2.contoso.com -TargetDatabases MBXDB1 -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\CrossForestBatch1.csv\"))\n\nStart-MigrationBatch -Identity $CrossForestBatch.Identity",
        "remarks": "This example creates a migration batch for a cross-forest enterprise move, where the mailboxes for the mail users specified in the CSV file are moved to a different forest. A new migration endpoint is created, which identifies the domain where the mailboxes are currently located. The endpoint is used to create the migration batch. Then the migration batch is started with the Start-MigrationBatch cmdlet. Cross-forest moves are initiated from the target forest, which is the forest that you want to move the mailboxes to."
      },
      {
        "title": "Example 3",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpointOnPrem = New-MigrationEndpoint -ExchangeRemoteMove -Name OnpremEndpoint -Autodiscover -EmailAddress administrator@onprem.contoso.com -Credentials $Credentials\n\n$OnboardingBatch = New-MigrationBatch -Name RemoteOnBoarding1 -SourceEndpoint $MigrationEndpointOnprem.Identity -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\RemoteOnBoarding1.csv\"))\n\nStart-MigrationBatch -Identity $OnboardingBatch.Identity.Name",
        "remarks": "This example creates a migration batch for an onboarding remote move migration from an on-premises Exchange organization to Exchange Online. The syntax is similar to that of a cross-forest move, but it's initiated from the Exchange Online organization. A new migration endpoint is created, which points to the on-premises organization as the source location of the mailboxes to be migrated. This endpoint is used to create the migration batch. Then the migration batch is started with the Start-MigrationBatch cmdlet."
      },
      {
        "title": "Example 4",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpointOnPrem = New-MigrationEndpoint -ExchangeRemoteMove -Name OnpremEndpoint -Autodiscover -EmailAddress administrator@onprem.contoso.com -Credentials $Credentials\n\n$OffboardingBatch = New-MigrationBatch -Name RemoteOffBoarding1 -TargetEndpoint $MigrationEndpointOnprem.Identity -TargetDeliveryDomain onprem.contoso.com -TargetDatabases @(MBXDB01,MBXDB02,MBXDB03) -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\RemoteOffBoarding1.csv\"))\n\nStart-MigrationBatch -Identity $OffboardingBatch.Identity",
        "remarks": "This example creates a migration batch for an offboarding remote move migration from Exchange Online to an on-premises Exchange organization. Like an onboarding remote move, it's initiated from the Exchange Online organization. First a Migration Endpoint is created that contains information about how to connect to the on-premises organization. The endpoint is used as the TargetEndpoint when creating the migration batch, which is then started with the Start-MigrationBatch cmdlet. The TargetDatabases parameter specifies multiple on-premises databases that the migration service can select as the target database to move the mailbox to."
      },
      {
        "title": "Example 5",
        "code": "$credentials = Get-Credential\n\n$SourceEndpoint = New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name SourceEndpoint -EmailAddress administrator@contoso.com -Credentials $credentials\n\nNew-MigrationBatch -Name CutoverBatch -SourceEndpoint $SourceEndpoint.Identity -TimeZone \"Pacific Standard Time\" -AutoStart",
        "remarks": "This example creates a migration batch for the cutover Exchange migration CutoverBatch that's automatically started. The example obtains the connection settings to the on-premises Exchange server, and then uses those connection settings to create a migration endpoint. The endpoint is then used to create the migration batch. This example also includes the optional TimeZone parameter."
      },
      {
        "title": "Example 6",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpoint = New-MigrationEndpoint -ExchangeOutlookAnywhere -Name ContosoEndpoint -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials\n\n$StagedBatch1 = New-MigrationBatch -Name StagedBatch1 -SourceEndpoint $MigrationEndpoint.Identity -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv\"))\n\nStart-MigrationBatch -Identity $StagedBatch1.Identity",
        "remarks": "This example creates and starts a migration batch for a staged Exchange migration. The example uses the New-MigrationEndpoint cmdlet to create a migration endpoint for the on-premises Exchange server, and then uses that endpoint to create the migration batch. The migration batch is started with the Start-MigrationBatch cmdlet."
      },
      {
        "title": "Example 7",
        "code": "New-MigrationEndpoint -IMAP -Name IMAPEndpoint1 -RemoteServer imap.contoso.com -Port 993\n\nNew-MigrationBatch -Name IMAPbatch1 -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\IMAPmigration_1.csv\")) -SourceEndpoint IMAPEndpoint1 -ExcludeFolders \"Deleted Items\",\"Junk Email\"",
        "remarks": "This example creates a migration endpoint for the connection settings to the IMAP server. Then an IMAP migration batch is created that uses the CSV migration file IMAPmigration\\_1.csv and excludes the contents of the Deleted Items and Junk Email folders. This migration batch is pending until it's started with the Start-MigrationBatch cmdlet."
      },
      {
        "title": "Example 8",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpointOnPrem = New-MigrationEndpoint -ExchangeRemoteMove -Name OnpremEndpoint -Autodiscover -EmailAddress administrator@onprem.contoso.com -Credentials $Credentials\n\n$OnboardingBatch = New-MigrationBatch -Name RemoteOnBoarding1 -SourceEndpoint $MigrationEndpointOnprem.Identity -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\RemoteOnBoarding1.csv\")) -CompleteAfter \"09/01/2018 7:00 PM\"\n\nStart-MigrationBatch -Identity $OnboardingBatch.Identity",
        "remarks": "This example is the same as Example 3, but the CompleteAfter parameter is also used. Data migration for the batch starts but doesn't complete until 09/01/2018 7:00 PM (UTC). This method allows you to start a migration and then leave it to complete after business hours if your time zone is Coordinated Universal Time."
      },
      {
        "title": "Example 9",
        "code": "$Credentials = Get-Credential\n\n$MigrationEndpointOnPrem = New-MigrationEndpoint -ExchangeRemoteMove -Name OnpremEndpoint -Autodiscover -EmailAddress administrator@onprem.contoso.com -Credentials $Credentials\n\n$OnboardingBatch = New-MigrationBatch -Name RemoteOnBoarding1 -SourceEndpoint $MigrationEndpointOnprem.Identity -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\RemoteOnBoarding1.csv\")) -CompleteAfter \"09/01/2018 7:00 PM\" -TimeZone \"Pacific Standard Time\"\n\nStart-MigrationBatch -Identity $OnboardingBatch.Identity",
        "remarks": "This example is the same as Example 8, but the TimeZone parameter is also used. Data migration for the batch starts but doesn't complete until 09/01/2018 7:00 PM (PST). This method allows you to start a migration and then leave it to complete after business hours if your time zone is Pacific Standard Time."
      },
      {
        "title": "Example 10",
        "code": "$MigrationEndpointGmail = New-MigrationEndpoint -Gmail -ServiceAccountKeyFileData $([System.IO.File]::ReadAllBytes(\"C:\\Users\\Administrator\\Desktop\\gmailonboarding.json\")) -EmailAddress admin@contoso.com -Name GmailEndpoint\n\n$OnboardingBatch = New-MigrationBatch -SourceEndpoint $MigrationEndpointGmail.Identity -Name GmailBatch1 -CSVData $([System.IO.File]::ReadAll\nBytes(\"C:\\Users\\Administrator\\Desktop\\gmail.csv\")) -TargetDeliveryDomain \"o365.contoso.com\" -ContentFilter \"Received -ge '2019/4/30'\" -Inc\nludeFolders \"Payment\"\n\nStart-MigrationBatch -Identity $OnboardingBatch.Identity",
        "remarks": "A Google Workspace migration batch is created that uses the CSV migration file gmail.csv and includes the contents of the Payment label and only migrate the mails which were received after the time '2019/4/30 00:00' (local system time). This migration batch is pending until it's started with the Start-MigrationBatch cmdlet."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationbatch"
  }
};
