import type { CommandInfo, CmdletMetadata } from '../../src/engine/cmdlet';
import type { CompletionProviders, PathEntry } from '../../src/completion';

const getBatch: CmdletMetadata = {
  name: 'Get-MigrationBatch',
  source: 'ExchangeOnlineManagement',
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'MigrationBatchIdParameter', sets: { Identity: { position: 0 } } },
    { name: 'Endpoint', type: 'MigrationEndpointIdParameter', sets: { BatchesFromEndpoint: {} } },
    { name: 'Status', type: 'MigrationBatchStatus', enumValues: ['Created', 'Syncing', 'Stopped', 'Completed', 'Failed'] },
    { name: 'IncludeReport', type: 'SwitchParameter' },
    { name: 'DiagnosticInfo', type: 'String' },
  ],
  outputType: ['Microsoft.Exchange.Migration.MigrationBatch'],
  help: { synopsis: '' },
};
const newBatch: CmdletMetadata = {
  name: 'New-MigrationBatch',
  source: 'ExchangeOnlineManagement',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'String', sets: { Onboarding: { mandatory: true }, Local: { mandatory: true } } },
    { name: 'CSVData', type: 'Byte[]', sets: { Onboarding: {}, Local: {} } },
    { name: 'SourceEndpoint', type: 'MigrationEndpointIdParameter', sets: { Onboarding: {} } },
    { name: 'Local', type: 'SwitchParameter', sets: { Local: { mandatory: true } } },
    { name: 'AutoStart', type: 'SwitchParameter' },
    { name: 'Language', type: 'String', validateSet: ['en-US', 'fr-FR'] },
    { name: 'AllowIncrementalSyncs', type: 'Boolean' },
  ],
  help: { synopsis: '' },
};
const getContent: CmdletMetadata = {
  name: 'Get-Content',
  source: 'Microsoft.PowerShell.Management',
  parameters: [{ name: 'Path', type: 'String[]', sets: { Path: { position: 0 } } }],
  help: { synopsis: '' },
};

export const COMMANDS: CommandInfo[] = [
  { name: 'Get-MigrationBatch', commandType: 'Cmdlet', source: 'ExchangeOnlineManagement', metadata: getBatch },
  { name: 'New-MigrationBatch', commandType: 'Cmdlet', source: 'ExchangeOnlineManagement', metadata: newBatch },
  { name: 'Get-MigrationUser', commandType: 'Cmdlet', source: 'ExchangeOnlineManagement', metadata: { ...getBatch, name: 'Get-MigrationUser', parameters: [] } },
  { name: 'Get-MigrationEndpoint', commandType: 'Cmdlet', source: 'ExchangeOnlineManagement', metadata: { ...getBatch, name: 'Get-MigrationEndpoint', parameters: [] } },
  { name: 'Get-Content', commandType: 'Cmdlet', source: 'Microsoft.PowerShell.Management', metadata: getContent },
  { name: 'gc', commandType: 'Alias', source: '', definition: 'Get-Content' },
  { name: 'Format-List', commandType: 'Cmdlet', source: 'Microsoft.PowerShell.Utility', metadata: { name: 'Format-List', source: '', parameters: [], help: { synopsis: '' } } },
  { name: 'fl', commandType: 'Alias', source: '', definition: 'Format-List' },
  {
    name: 'Format-Table',
    commandType: 'Cmdlet',
    source: 'Microsoft.PowerShell.Utility',
    metadata: { name: 'Format-Table', source: '', parameters: [{ name: 'Property', type: 'Object[]', sets: { Default: { position: 0 } } }, { name: 'GroupBy', type: 'Object' }], help: { synopsis: '' } },
  },
  {
    name: 'Sort-Object',
    commandType: 'Cmdlet',
    source: 'Microsoft.PowerShell.Utility',
    metadata: { name: 'Sort-Object', source: '', parameters: [{ name: 'Property', type: 'Object[]', sets: { Default: { position: 0 } } }], help: { synopsis: '' } },
  },
];

const FILES: Record<string, PathEntry[]> = {
  '': [
    { name: 'users.csv', isDirectory: false },
    { name: 'Users Backup', isDirectory: true },
    { name: 'report.txt', isDirectory: false },
  ],
  'C:\\': [
    { name: 'Migration', isDirectory: true },
    { name: 'Users', isDirectory: true },
  ],
};

export const PROVIDERS: CompletionProviders = {
  commands: () => COMMANDS,
  variables: () => ['Error', 'ErrorActionPreference', 'ErrorView', 'Host', 'true', 'false', 'null'],
  identities: (cmdlet, parameter) => {
    if (parameter === 'Identity' && cmdlet === 'Get-MigrationBatch') return ['CutoverBatch', 'Staged Batch 1'];
    if (/Endpoint$/.test(parameter)) return ['OnPremEndpoint'];
    return [];
  },
  properties: (types) => (types.includes('Microsoft.Exchange.Migration.MigrationBatch') ? ['Identity', 'Status', 'TotalCount', 'Last Sync'] : []),
  listPaths: (folder) => FILES[folder === '.\\' ? '' : folder] ?? [],
};
