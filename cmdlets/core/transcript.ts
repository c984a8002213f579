/**
 * Start-Transcript / Stop-Transcript (Microsoft.PowerShell.Host) over the session's transcriber
 * (src/transcript.ts), writing to the virtual file system or a mounted host folder.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { Transcriber, TranscriptError } from '../../src/transcript';

function transcriberOf(ctx: CmdletContext): Transcriber {
  const t = ctx.services.get<Transcriber>('transcriber');
  if (!t) throw ctx.terminatingError({ message: 'This host does not support transcription.', errorId: 'HostDoesNotSupportTranscript', category: 'InvalidOperation' });
  return t;
}

export const startTranscript = defineCmdlet({
  name: 'Start-Transcript',
  source: 'Microsoft.PowerShell.Host',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'String', sets: { ByPath: { position: 0 } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true } } },
    { name: 'OutputDirectory', type: 'String', sets: { ByOutputDirectory: { mandatory: true } } },
    { name: 'Append', type: 'SwitchParameter' },
    { name: 'Force', type: 'SwitchParameter', noEffect: 'read-only files are not modelled' },
    { name: 'NoClobber', type: 'SwitchParameter', aliases: ['NoOverwrite'] },
    { name: 'IncludeInvocationHeader', type: 'SwitchParameter', noEffect: 'each command is always recorded after its prompt' },
    { name: 'UseMinimalHeader', type: 'SwitchParameter' },
  ],
  outputType: ['System.String'],
  help: {
    synopsis: 'Creates a record of all or part of a PowerShell session to a text file.',
    examples: [{ code: 'Start-Transcript -Path "C:\\transcripts\\transcript0.txt" -NoClobber' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.host/start-transcript',
  },
  process(ctx) {
    const t = transcriberOf(ctx);
    let path = (ctx.params['Path'] ?? ctx.params['LiteralPath'] ?? null) as string | null;
    if (ctx.params['OutputDirectory']) path = null;
    const target = path ?? String(ctx.params['OutputDirectory'] ?? '~\\Documents');
    if (!ctx.shouldProcess(target)) return;
    try {
      const file = t.start({
        path: path ?? undefined,
        append: !!ctx.params['Append'],
        noClobber: !!ctx.params['NoClobber'],
        minimalHeader: !!ctx.params['UseMinimalHeader'],
      });
      ctx.writeObject(`Transcript started, output file is ${file}`);
    } catch (e) {
      if (e instanceof TranscriptError) {
        throw ctx.terminatingError({ message: e.message, errorId: e.errorId, category: e.errorId === 'NoClobber' ? 'ResourceExists' : 'InvalidOperation', targetObject: path });
      }
      throw e;
    }
  },
});

export const stopTranscript = defineCmdlet({
  name: 'Stop-Transcript',
  source: 'Microsoft.PowerShell.Host',
  parameters: [],
  outputType: ['System.String'],
  help: {
    synopsis: 'Stops a transcript.',
    examples: [{ code: 'Stop-Transcript' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.host/stop-transcript',
  },
  process(ctx) {
    const t = transcriberOf(ctx);
    try {
      const file = t.stop();
      ctx.writeObject(`Transcript stopped, output file is ${file}`);
    } catch (e) {
      if (e instanceof TranscriptError) throw ctx.terminatingError({ message: e.message, errorId: 'InvalidOperation', category: 'InvalidOperation' });
      throw e;
    }
  },
});
