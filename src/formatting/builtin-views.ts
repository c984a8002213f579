/**
 * Views pwsh ships for core .NET types that the emulator's values stand for
 * (DotNetTypes.format.ps1xml): a hashtable's entries as the `Name  Value` table, Name 30 wide.
 */
import { DICTIONARY_ENTRY } from './properties';
import { registerDefaultDisplayProperties, registerView } from './views';

registerView(DICTIONARY_ENTRY, { kind: 'table', properties: [{ label: 'Name', width: 30 }, 'Value'] });
registerDefaultDisplayProperties(DICTIONARY_ENTRY, ['Name', 'Value']);
