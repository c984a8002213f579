/** The virtual file system's data: a flat map keyed by the normalised (lower-case) full path. */

export interface FileNode {
  /** Full path as created (keeps its case): `C:\Users\Administrator\Desktop\users.csv`. */
  path: string;
  kind: 'file' | 'directory';
  /** File content, base64 of the bytes (empty for directories). */
  base64: string;
  length: number;
  lastWriteTime: number;
}

export interface FilesState {
  /** Current location, e.g. `C:\Users\Administrator`. */
  location: string;
  /** Key: the path lower-cased (`c:\users\administrator`). Drive roots exist as directories. */
  nodes: Record<string, FileNode>;
}
