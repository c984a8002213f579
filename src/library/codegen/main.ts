/** Entry point bundled by scripts/gen-cmdlet-types.mjs: the generated file's text. */
import { renderCmdletTypes } from './emit';
import { libraryCmdlets, sampleOutputs } from './samples';

export function generateCmdletTypes(): string {
  return renderCmdletTypes(libraryCmdlets(), sampleOutputs());
}
