/** The data cmdlets (objects, text files, CSV, JSON, CliXml), registered with the engine's core cmdlets. */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import selectObject from './select';
import sortObject from './sort';
import getUnique from './get-unique';
import groupObject from './group';
import measureObject from './measure';
import getMember from './member';
import { teeCmdlets } from './tee';
import { csvCmdlets } from './csv';
import { jsonCmdlets } from './json';
import { clixmlCmdlets } from './clixml';
import { contentCmdlets } from './content';

export const dataCmdlets: CmdletDefinition[] = [
  selectObject,
  sortObject,
  getUnique,
  groupObject,
  measureObject,
  getMember,
  ...teeCmdlets,
  ...csvCmdlets,
  ...jsonCmdlets,
  ...clixmlCmdlets,
  ...contentCmdlets,
];
