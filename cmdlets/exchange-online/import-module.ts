/**
 * Import-Module for the modules a migration administrator has installed: the emulated modules'
 * commands are always available (module autoloading), so importing a known module succeeds and
 * changes nothing; a module that is not installed fails with pwsh's ModuleNotFound error
 * (reference/powershell about_Modules: autoloading; wording from pwsh's ImportModuleCommand).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSObject, stringOf } from '../../src/engine/values';
import { MODULE_INFO_TYPE } from '../on-premises/remoting';
import { EXO_MODULE } from './connection';
import { errorDetails } from './context';
import { ExchangeCmdletError } from './messages';

/**
 * Installed module names beyond the sources of the registered commands: the Graph SDK's roll-up and
 * users modules (their cmdlets beyond licensing are not emulated) and pwsh's own modules.
 */
const INSTALLED_MODULES = [
  EXO_MODULE,
  'Microsoft.Graph',
  'Microsoft.Graph.Authentication',
  'Microsoft.Graph.Users',
  'Microsoft.Graph.Users.Actions',
  'Microsoft.PowerShell.Management',
  'Microsoft.PowerShell.Utility',
  'Microsoft.PowerShell.Security',
];

/** Versions shown by -PassThru (the module versions the reference pages describe). */
const VERSIONS: Record<string, string> = { [EXO_MODULE.toLowerCase()]: '3.5.0' };

function moduleObject(name: string, commands: string[]): PSObject {
  const o = new PSObject([MODULE_INFO_TYPE, 'System.Object']);
  o.addProperty({ name: 'ModuleType', value: name.startsWith('Microsoft.PowerShell.') ? 'Manifest' : 'Script', memberType: 'Property' });
  o.addProperty({ name: 'Version', value: VERSIONS[name.toLowerCase()] ?? '7.0.0.0', memberType: 'Property' });
  o.addProperty({ name: 'PreRelease', value: null, memberType: 'Property' });
  o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
  o.addProperty({ name: 'ExportedCommands', value: [...commands].sort(), memberType: 'Property' });
  o.toStringOverride = () => name;
  return o;
}

export const importModuleCmdlet = defineCmdlet({
  name: 'Import-Module',
  aliases: ['ipmo'],
  source: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'Name',
  parameters: [
    { name: 'Name', type: 'String[]', sets: { Name: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The names of the modules to import.' },
    { name: 'Force', type: 'SwitchParameter', description: 'Re-imports a module already imported.', noEffect: 'the emulated modules are always loaded, so there is nothing to reload' },
    { name: 'Global', type: 'SwitchParameter', description: 'Imports into the global session state.', noEffect: 'the emulated modules are always global' },
    { name: 'Prefix', type: 'String', description: 'A prefix for the imported nouns.', noEffect: 'the emulated modules keep their command names (Connect-ExchangeOnline -Prefix applies a prefix)' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the module object.' },
    { name: 'DisableNameChecking', type: 'SwitchParameter', description: 'Suppresses the unapproved-verb warning.', noEffect: 'the emulated modules use approved verbs only, so there is no warning to suppress' },
    { name: 'Scope', type: 'String', enumValues: ['Local', 'Global'], description: 'The scope to import into.', noEffect: 'the emulated modules are always global' },
    { name: 'MinimumVersion', type: 'Version', description: 'The lowest acceptable version.', noEffect: 'one version of each module is installed' },
    { name: 'RequiredVersion', type: 'Version', description: 'The exact version to import.', noEffect: 'one version of each module is installed' },
  ],
  outputType: [MODULE_INFO_TYPE],
  help: {
    synopsis: 'Adds modules to the current session.',
    examples: [{ code: 'Import-Module ExchangeOnlineManagement', remarks: 'Loads the Exchange Online module before Connect-ExchangeOnline.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/import-module',
  },
  process(ctx) {
    const names = (Array.isArray(ctx.params.Name) ? ctx.params.Name : [ctx.params.Name]).map((n) => stringOf(n));
    const commands = ctx.session.listCommands();
    const known = new Map<string, string>();
    for (const m of INSTALLED_MODULES) known.set(m.toLowerCase(), m);
    for (const c of commands) if (c.source) known.set(c.source.toLowerCase(), known.get(c.source.toLowerCase()) ?? c.source);
    for (const raw of names) {
      // A path to a module file names the module by its file name.
      const name = raw.replace(/^.*[\\/]/, '').replace(/\.(psd1|psm1|dll)$/i, '');
      const found = known.get(name.toLowerCase());
      if (!found) {
        ctx.writeError(errorDetails(new ExchangeCmdletError('ModuleNotFound', [raw], raw)));
        continue;
      }
      if (ctx.bound('PassThru') && ctx.params.PassThru === true) {
        const exported = commands.filter((c) => (c.source ?? '').toLowerCase() === found.toLowerCase()).map((c) => c.name);
        ctx.writeObject(moduleObject(found, exported));
      }
    }
  },
});
