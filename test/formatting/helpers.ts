import { PSObject, type PSValue } from '../../src/engine/values';

/** `[pscustomobject]@{...}` */
export const obj = (r: Record<string, PSValue>): PSObject => PSObject.fromRecord(r);

/** An object with a specific type name (for views). */
export const typed = (typeName: string, r: Record<string, PSValue>): PSObject => PSObject.fromRecord(r, [typeName, 'System.Object']);
