/** The learner's lab in IndexedDB: the world file, the command history, the panel's results and hints shown. */

export interface SavedLab {
  name: string;
  /** The world file's text (the same JSON as exo-shell -State), or null before the first save. */
  world: string | null;
  history: string[];
  results: Record<string, { status: string; missing: string[] }>;
  hintsShown: Record<string, number>;
}

const DB = 'exo-emulator-labs';
const STORE = 'labs';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function request<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = run(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error);
        };
      }),
  );
}

export async function loadSaved(name: string): Promise<SavedLab | null> {
  return ((await request('readonly', (s) => s.get(name))) as SavedLab | undefined) ?? null;
}

/** Saves are chained: the newest world always lands last. */
let chain: Promise<unknown> = Promise.resolve();

export function saveLab(lab: SavedLab): Promise<void> {
  const copy: SavedLab = { ...lab, history: [...lab.history], results: { ...lab.results }, hintsShown: { ...lab.hintsShown } };
  const next = chain.then(() => request('readwrite', (s) => s.put(copy)));
  chain = next.catch(() => undefined);
  return next.then(() => undefined);
}

export function clearLab(name: string): Promise<void> {
  const next = chain.then(() => request('readwrite', (s) => s.delete(name)));
  chain = next.catch(() => undefined);
  return next.then(() => undefined);
}
