/**
 * ../shared (the articles, the reference pages, the corpus) sits beside the project on the
 * maintainers' machines and in CI, not in a fresh clone. The checks that compare the project's data
 * with it are maintenance checks: they run where the folder is and are skipped elsewhere; the global
 * setup (test/shared-folder-setup.ts) says so once per run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder, or an override for trying the fresh-clone path (`EXO_SHARED_DIR=/nonexistent`). */
export const SHARED_DIR = process.env.EXO_SHARED_DIR ?? join(process.cwd(), '../shared');

/** The path of `sub` inside ../shared, or null where it is absent. */
export function sharedPath(sub: string): string | null {
  const p = join(SHARED_DIR, sub);
  return existsSync(p) ? p : null;
}
