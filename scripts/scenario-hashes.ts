/**
 * Prints what SCENARIO_HASHES (src/model/passwords.ts) needs: the salt and scrypt hash of each password
 * written in a built-in scenario (a password not in the table is hashed here, for real). Run after
 * changing a built-in scenario's password, then put [password, salt, hash] in the table:
 *   node_modules/.bin/esbuild scripts/scenario-hashes.ts --bundle --platform=node --format=esm --outfile=/tmp/h.mjs && node /tmp/h.mjs
 */
import { listScenarios, loadScenario } from '../src/model/scenarios';

const seen = new Map<string, string>();
for (const { name } of listScenarios()) {
  const w = loadScenario(name);
  for (const a of w.onPrem.accounts) if (a.password) seen.set(a.password.salt, `${a.password.hash}  (account ${a.samAccountName}, ${name})`);
  for (const u of w.tenant.users) if (u.passwordHash) seen.set(u.passwordHash.salt, `${u.passwordHash.hash}  (user ${u.userPrincipalName}, ${name})`);
}
for (const [salt, hash] of [...seen].sort()) console.log(`${salt}  ${hash}`);
