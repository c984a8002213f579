/**
 * New-MigrationBatch: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-MigrationBatch.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
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
      }
    },
    {
      "name": "Analyze",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      }
    },
    {
      "name": "ConnectionLogicalId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {
          "mandatory": true
        }
      }
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
      }
    },
    {
      "name": "ManagedGmailTeams",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {}
      }
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
      }
    },
    {
      "name": "SlackPublicDataConnector",
      "type": "SwitchParameter",
      "sets": {
        "SlackPublicDataConnector": {}
      }
    },
    {
      "name": "SlackWorkspaceId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {
          "mandatory": true
        }
      }
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
      }
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
      }
    },
    {
      "name": "ArchiveDomain",
      "type": "String",
      "sets": {
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "ArchiveOnly",
      "type": "SwitchParameter",
      "sets": {
        "Local": {}
      }
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
      }
    },
    {
      "name": "AutoProvisioning",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "AvoidMergeOverlap",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "ContentFilter",
      "type": "String",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "ContentFilterLanguage",
      "type": "CultureInfo",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "DataFusion",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "Daily",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      }
    },
    {
      "name": "DisableOnCopy",
      "type": "SwitchParameter",
      "sets": {
        "Preexisting": {},
        "PreexistingUserIds": {},
        "PreexistingUsers": {}
      }
    },
    {
      "name": "ExcludeDumpsters",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "ExcludeFolders",
      "type": "MultiValuedProperty",
      "sets": {
        "Analysis": {},
        "LocalMailboxRestore": {},
        "Onboarding": {}
      }
    },
    {
      "name": "ForwardingDisposition",
      "type": "GmailForwardingDisposition",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "GoogleResource",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {}
      }
    },
    {
      "name": "IncludeFolders",
      "type": "MultiValuedProperty",
      "sets": {
        "Analysis": {},
        "LocalMailboxRestore": {},
        "Onboarding": {}
      }
    },
    {
      "name": "IncludeOtherContacts",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "MigrateTasks",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "MoveOptions",
      "type": "MultiValuedProperty",
      "sets": {
        "FolderMove": {},
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      }
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
      }
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
      }
    },
    {
      "name": "PrimaryOnly",
      "type": "SwitchParameter",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "PublicFolderToUnifiedGroup",
      "type": "SwitchParameter",
      "sets": {
        "PublicFolderToUnifiedGroup": {}
      }
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
      }
    },
    {
      "name": "RenamePrimaryCalendar",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "Restore",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "SimplifiedSwitchOver",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "SkipCalendar",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {},
        "Onboarding": {}
      }
    },
    {
      "name": "SkipContacts",
      "type": "SwitchParameter",
      "sets": {
        "ManagedGmailTeams": {},
        "Onboarding": {}
      }
    },
    {
      "name": "SkipDelegates",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "SkipDetails",
      "type": "SwitchParameter",
      "sets": {
        "Analysis": {}
      }
    },
    {
      "name": "SkipMail",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "SkipMoving",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "SkipProvisioning",
      "type": "SwitchParameter",
      "sets": {
        "GoogleResourceOnboarding": {},
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "SkipRules",
      "type": "SwitchParameter",
      "sets": {
        "Onboarding": {}
      }
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
      }
    },
    {
      "name": "SourcePFPrimaryMailboxGuid",
      "type": "Guid",
      "sets": {
        "Onboarding": {}
      }
    },
    {
      "name": "StagedRollOutGroupId",
      "type": "String",
      "sets": {
        "SlackPublicDataConnector": {}
      }
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
      }
    },
    {
      "name": "TargetArchiveDatabases",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "TargetDatabases",
      "type": "MultiValuedProperty",
      "sets": {
        "Local": {},
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "TargetDeliveryDomain",
      "type": "String",
      "sets": {
        "Offboarding": {},
        "Onboarding": {}
      }
    },
    {
      "name": "TargetEndpoint",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "Offboarding": {}
      }
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
      }
    },
    {
      "name": "WorkflowControlFlags",
      "type": "MigrationWorkflowControlFlags",
      "sets": {
        "Local": {},
        "Onboarding": {}
      }
    },
    {
      "name": "WorkflowTemplate",
      "type": "String",
      "sets": {
        "WorkflowTemplate": {}
      }
    },
    {
      "name": "XMLData",
      "type": "Byte[]",
      "sets": {
        "Onboarding": {}
      }
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Migration.MigrationBatch"
  ],
  "help": {
    "synopsis": "Use the New-MigrationBatch cmdlet to submit a new migration request for a batch of users.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationbatch",
    "referencePage": "New-MigrationBatch"
  }
};
