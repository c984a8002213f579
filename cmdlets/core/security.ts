/**
 * ConvertTo-SecureString, ConvertFrom-SecureString, Get-Credential (about_Credentials; reference Get-Credential.md).
 * With -Key / -SecureKey: pwsh's AES format (src/engine/secure-string-crypto.ts), readable by real pwsh with
 * the same key. Without a key: where Windows uses DPAPI, the emulator protects with the world's own key
 * (docs/security.md).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSCredential, SecureString, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { formatMessage } from '../../src/engine/messages';
import { secretKeeperOf, type SecretKeeper } from '../../src/engine/secrets';
import {
  INVALID_KEY_MESSAGE,
  SECURE_STRING_HEADER,
  SecureStringCryptoError,
  decryptWithKey,
  encryptWithKey,
  isValidAesKey,
  isWorldBlob,
  plainHexToString,
  secureKeyBytes,
} from '../../src/engine/secure-string-crypto';

const SECURITY = 'Microsoft.PowerShell.Security';

const keeper = (ctx: CmdletContext): SecretKeeper => secretKeeperOf(ctx.services);

/** -Key as bytes (a byte[] binds as an array of numbers), or -SecureKey's UTF-16LE bytes; null without either. */
function keyOf(ctx: CmdletContext): Uint8Array | null {
  if (ctx.bound('SecureKey')) {
    const sk = ctx.params['SecureKey'];
    return sk instanceof SecureString ? secureKeyBytes(sk.reveal()) : new Uint8Array(0);
  }
  if (!ctx.bound('Key')) return null;
  const k = ctx.params['Key'] as PSValue;
  if (k instanceof Uint8Array) return k;
  const items = Array.isArray(k) ? k : k === null ? [] : [k];
  return Uint8Array.from(items.map((x) => Number(x) & 0xff));
}

// pwsh's Utils.CheckKeyArg: a PSArgumentException whose id is the cmdlet's ("Argument" in ConvertFrom-,
// ImportSecureString_InvalidArgument in ConvertTo-), category InvalidArgument.
function invalidKey(ctx: CmdletContext, errorId: string): Error {
  return ctx.terminatingError({ message: INVALID_KEY_MESSAGE, errorId, category: 'InvalidArgument', exceptionType: 'System.Management.Automation.PSArgumentException' });
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
    const secrets = keeper(ctx);
    if (ctx.parameterSetName === 'PlainText') {
      if (!ctx.params['Force']) {
        throw ctx.terminatingError({ message: formatMessage('SecureStringNeedsForce'), errorId: 'ImportSecureString_InvalidArgument', category: 'InvalidArgument', exceptionType: 'System.ArgumentException' });
      }
      secrets.remember(s);
      ctx.writeObject(new SecureString(s));
      return;
    }
    const cryptoError = (message: string) =>
      ctx.writeError({ message, errorId: 'ImportSecureString_InvalidArgument_CryptographicError', category: 'InvalidArgument', exceptionType: 'System.Security.Cryptography.CryptographicException' });
    const key = keyOf(ctx);
    if (key) {
      if (!isValidAesKey(key)) throw invalidKey(ctx, 'ImportSecureString_InvalidArgument');
      try {
        ctx.writeObject(new SecureString(decryptWithKey(s.trim(), key)));
      } catch (e) {
        if (!(e instanceof SecureStringCryptoError)) throw e;
        cryptoError(e.message);
      }
      return;
    }
    // No key: the world's blob (DPAPI on Windows), or the plain UTF-16LE hex pwsh writes on Linux.
    if (isWorldBlob(s)) {
      try {
        ctx.writeObject(new SecureString(secrets.unprotect(s)));
      } catch (e) {
        if (!(e instanceof SecureStringCryptoError)) throw e;
        cryptoError(e.message);
      }
      return;
    }
    const plain = s.toLowerCase().startsWith(SECURE_STRING_HEADER) ? null : plainHexToString(s);
    if (plain === null) {
      // pwsh words it 'The parameter value "<input>" is not a valid encrypted string.'; the emulator does
      // not repeat the input, which may be a password typed without -AsPlainText (docs/security.md).
      ctx.writeError({ message: 'The parameter value is not a valid encrypted string.', errorId: 'ImportSecureString_InvalidArgument', category: 'InvalidArgument', exceptionType: 'System.Management.Automation.PSArgumentException' });
      return;
    }
    ctx.writeObject(new SecureString(plain));
  },
});

export const convertFromSecureString = defineCmdlet({
  name: 'ConvertFrom-SecureString',
  source: SECURITY,
  defaultParameterSet: 'Secure',
  parameters: [
    { name: 'SecureString', type: 'SecureString', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } },
    { name: 'SecureKey', type: 'SecureString', sets: { Secure: { position: 1 } } },
    { name: 'AsPlainText', type: 'SwitchParameter', sets: { AsPlainText: {} } },
    { name: 'Key', type: 'Byte[]', sets: { Open: {} } },
  ],
  help: { synopsis: 'Converts a secure string to an encrypted standard string.' },
  process(ctx) {
    const ss = ctx.params['SecureString'];
    if (!(ss instanceof SecureString)) return;
    if (ctx.params['AsPlainText']) {
      ctx.writeObject(ss.reveal());
      return;
    }
    const key = keyOf(ctx);
    if (key) {
      if (!isValidAesKey(key)) throw invalidKey(ctx, 'Argument');
      ctx.writeObject(encryptWithKey(ss.reveal(), key));
      return;
    }
    ctx.writeObject(keeper(ctx).protect(ss.reveal()));
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
    keeper(ctx).remember(pw);
    ctx.writeObject(new PSCredential(user, new SecureString(pw)));
  },
});
