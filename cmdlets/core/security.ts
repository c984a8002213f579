/**
 * ConvertTo-SecureString, ConvertFrom-SecureString, Get-Credential (about_Credentials; reference Get-Credential.md).
 * The "encrypted" standard string is a reversible encoding: the emulator has no DPAPI.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSCredential, SecureString } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { formatMessage } from '../../src/engine/messages';

const SECURITY = 'Microsoft.PowerShell.Security';
const MARKER = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000';

function encode(plain: string): string {
  let hex = '';
  for (const b of new TextEncoder().encode(plain)) hex += b.toString(16).padStart(2, '0');
  return MARKER + hex;
}

function decode(text: string): string | null {
  if (!text.startsWith(MARKER) || !/^[0-9a-f]*$/i.test(text) || text.length % 2) return null;
  const hex = text.slice(MARKER.length);
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return new TextDecoder().decode(bytes);
}

export const convertToSecureString = defineCmdlet({
  name: 'ConvertTo-SecureString',
  source: SECURITY,
  defaultParameterSet: 'Secure',
  parameters: [
    { name: 'String', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } },
    { name: 'AsPlainText', type: 'SwitchParameter', sets: { PlainText: { position: 1 } } },
    { name: 'Force', type: 'SwitchParameter', sets: { PlainText: { position: 2 } } },
    { name: 'SecureKey', type: 'SecureString', sets: { Secure: { position: 1 } } },
    { name: 'Key', type: 'Byte[]', sets: { Open: {} } },
  ],
  help: { synopsis: 'Converts plain text or encrypted strings to secure strings.' },
  process(ctx) {
    const s = toStr(ctx.params['String'] ?? null);
    if (ctx.parameterSetName === 'PlainText') {
      if (!ctx.params['Force']) {
        throw ctx.terminatingError({ message: formatMessage('SecureStringNeedsForce'), errorId: 'ImportSecureString_InvalidArgument', category: 'InvalidArgument', exceptionType: 'System.ArgumentException' });
      }
      ctx.writeObject(new SecureString(s));
      return;
    }
    const plain = decode(s);
    if (plain === null) {
      ctx.writeError({ message: formatMessage('SecureStringBadFormat'), errorId: 'ImportSecureString_InvalidArgument_CryptographicError', category: 'InvalidArgument', targetObject: s, exceptionType: 'System.FormatException' });
      return;
    }
    ctx.writeObject(new SecureString(plain));
  },
});

export const convertFromSecureString = defineCmdlet({
  name: 'ConvertFrom-SecureString',
  source: SECURITY,
  parameters: [
    { name: 'SecureString', type: 'SecureString', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } },
    { name: 'AsPlainText', type: 'SwitchParameter' },
    { name: 'Key', type: 'Byte[]' },
  ],
  help: { synopsis: 'Converts a secure string to an encrypted standard string.' },
  process(ctx) {
    const ss = ctx.params['SecureString'];
    if (!(ss instanceof SecureString)) return;
    ctx.writeObject(ctx.params['AsPlainText'] ? ss.reveal() : encode(ss.reveal()));
  },
});

export const getCredential = defineCmdlet({
  name: 'Get-Credential',
  source: SECURITY,
  defaultParameterSet: 'CredentialSet',
  parameters: [
    { name: 'Credential', type: 'PSCredential', sets: { CredentialSet: { position: 0 } } },
    { name: 'Message', type: 'String', sets: { MessageSet: {} } },
    { name: 'UserName', type: 'String', sets: { MessageSet: { position: 0 } } },
    { name: 'Title', type: 'String', sets: { MessageSet: {} } },
  ],
  help: { synopsis: 'Gets a credential object based on a user name and password.' },
  process(ctx) {
    const given = ctx.params['Credential'];
    if (given instanceof PSCredential) {
      ctx.writeObject(given);
      return;
    }
    const host = ctx.host;
    const cancelled = () =>
      ctx.terminatingError({ message: formatMessage('CredentialInputEnded'), errorId: 'CouldNotPromptForCredential', category: 'InvalidOperation', exceptionType: 'System.Management.Automation.Host.PromptingException' });
    if (!host.interactive) throw ctx.terminatingError({ message: formatMessage('NonInteractivePrompt'), errorId: 'System.Management.Automation.PSInvalidOperationException', category: 'InvalidOperation', exceptionType: 'System.Management.Automation.PSInvalidOperationException' });
    const title = ctx.bound('Title') ? toStr(ctx.params['Title'] ?? null) : 'PowerShell credential request';
    const message = ctx.bound('Message') ? toStr(ctx.params['Message'] ?? null) : 'Enter your credentials.';
    host.write('host', `${title}\n${message}\n`);
    let user = ctx.bound('UserName') ? toStr(ctx.params['UserName'] ?? null) : typeof given === 'string' ? given : '';
    if (!user) {
      const line = host.readLine('User: ');
      if (line === null) throw cancelled();
      user = line;
    }
    const pw = host.readSecret(`Password for user ${user}: `);
    if (pw === null) throw cancelled();
    ctx.writeObject(new PSCredential(user, new SecureString(pw)));
  },
});
