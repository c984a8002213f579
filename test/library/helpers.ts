/** A contoso session with the cutover endpoint in place, as most library tests start. */
import { createSession, PSCredential, SecureString, type Session, type SessionOptions } from '../../src/index';

export const ADMIN = () => new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));

export function cutoverSession(options: SessionOptions = {}): Session {
  const s = createSession({ scenario: 'contoso', realTime: () => 0, ...options });
  s.cmdlets.newMigrationEndpoint({ exchangeOutlookAnywhere: true, name: 'CutoverEndpoint', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN() });
  return s;
}
