/**
 * Views pwsh ships for core .NET types that the emulator's values stand for
 * (DotNetTypes.format.ps1xml): a hashtable's entries as the `Name  Value` table, Name 30 wide.
 */
import { DICTIONARY_ENTRY } from './properties';
import { registerView } from './views';

registerView(DICTIONARY_ENTRY, { kind: 'table', properties: [{ label: 'Name', width: 30 }, 'Value'] });
// Its list view (DotNetTypes.format.ps1xml has no DefaultDisplayPropertySet for it).
registerView(DICTIONARY_ENTRY, { kind: 'list', properties: ['Name', 'Value'] });

// System.TimeSpan: a list by default, a table of its parts with Format-Table.
registerView('System.TimeSpan', { kind: 'list', properties: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'] });
registerView('System.TimeSpan', { kind: 'table', properties: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'] });
