/** The data cmdlets (objects, text files, CSV, JSON, CliXml) and the file system's (items, locations, paths), registered with the engine's core cmdlets. */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import selectObject from './select';
import sortObject from './sort';
import groupObject from './group';
import measureObject from './measure';
import getMember from './member';
import { teeCmdlets } from './tee';
import { csvCmdlets } from './csv';
import { jsonCmdlets } from './json';
import { clixmlCmdlets } from './clixml';
import { contentCmdlets } from './content';
import { locationCmdlets } from './location';
import { pathCmdlets } from './path';
import { childItemCmdlets } from './child-item';
import { itemCmdlets } from './item';

export const dataCmdlets: CmdletDefinition[] = [
  selectObject,
  sortObject,
  groupObject,
  measureObject,
  getMember,
  ...teeCmdlets,
  ...csvCmdlets,
  ...jsonCmdlets,
  ...clixmlCmdlets,
  ...contentCmdlets,
  ...locationCmdlets,
  ...pathCmdlets,
  ...childItemCmdlets,
  ...itemCmdlets,
];
