/** The core cmdlets every runspace registers (the engine's own; other core cmdlets are added by the session). */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { writeDebug, writeError, writeHost, writeInformation, writeOutput, writeProgress, writeVerbose, writeWarning } from './write';
import { forEachObject } from './foreach-object';
import { whereObject } from './where-object';
import { getAlias, getCommand, getHelp } from './commands-help';
import { getVariable, newVariable, removeVariable, setVariable } from './variables';
import { clearHost, readHost, getDate, invokeCommand, newObject, outNull, setStrictMode, startSleep } from './utility';
import { convertFromSecureString, convertToSecureString, getCredential } from './security';
import { dataCmdlets } from './data-cmdlets';
import { formatCustom, formatList, formatTable, formatWide } from './format';
import { outDefault, outHost, outString } from './out';
import { startTranscript, stopTranscript } from './transcript';
import { utilityCmdlets } from './utility-cmdlets';

export const coreCmdlets: CmdletDefinition[] = [
  writeOutput, writeHost, writeWarning, writeError, writeVerbose, writeDebug, writeInformation, writeProgress,
  forEachObject, whereObject, getCommand, getHelp, getAlias,
  getVariable, setVariable, newVariable, removeVariable,
  newObject, startSleep, getDate, outNull, setStrictMode, invokeCommand, clearHost, readHost,
  convertToSecureString, convertFromSecureString, getCredential,
  ...dataCmdlets,
  formatList, formatTable, formatWide, formatCustom, outString, outDefault, outHost,
  startTranscript, stopTranscript,
  ...utilityCmdlets,
];
