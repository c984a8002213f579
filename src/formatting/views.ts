/**
 * The view registry (pwsh's format.ps1xml database, FormatViewManager): a type name maps to a
 * table or list view, or to a DefaultDisplayPropertySet. Lookup walks the value's type names,
 * most specific first (typeNamesOf).
 */
import { typeNamesOf, type PSValue } from '../engine/values';

export type Alignment = 'left' | 'right' | 'center';

/** One column/row of a view: a property name, or a labelled computed value with layout hints. */
export type ViewProperty =
  | string
  | {
      label: string;
      /** Property read for the value (defaults to `label` when no expression is given). */
      property?: string;
      expression?: (v: PSValue) => PSValue;
      /** The expression in PowerShell (a format.ps1xml ScriptBlock over `$_`), for the module exo-shell export-module writes. */
      psExpression?: string;
      width?: number;
      alignment?: Alignment;
    };

export interface ViewDefinition {
  kind: 'table' | 'list';
  properties: ViewProperty[];
  /** Table views: Format-Table -GroupBy-like grouping every time the view is used (e.g. `Status: Synced`). */
  groupBy?: string;
  /**
   * A group header made by a custom control rather than `<groupBy>: <value>` (the FileSystem views'
   * `    Directory: C:\Users`): the label before the value, the value read, the left indent.
   */
  groupHeader?: { label: string; value: (v: PSValue) => string; indent: number };
}

/** A type's views, the first registered being its default (a type may have a table and a list view). */
const views = new Map<string, ViewDefinition[]>();
const displaySets = new Map<string, string[]>();

export function registerView(typeName: string, view: ViewDefinition): void {
  const list = (views.get(typeName.toLowerCase()) ?? []).filter((v) => v.kind !== view.kind);
  views.set(typeName.toLowerCase(), [...list, view]);
}

/** A type's DefaultDisplayPropertySet: the properties shown when no view exists. */
export function registerDefaultDisplayProperties(typeName: string, names: string[]): void {
  displaySets.set(typeName.toLowerCase(), [...names]);
}

function lookup<T>(map: Map<string, T>, v: PSValue, pick: (hit: T) => T | undefined = (h) => h): T | undefined {
  for (const name of typeNamesOf(v)) {
    // Deserialized objects keep their views: `Deserialized.X` finds X's view as pwsh does.
    for (const candidate of [name, name.replace(/^Deserialized\./i, '')]) {
      const hit = map.get(candidate.toLowerCase());
      const picked = hit === undefined ? undefined : pick(hit);
      if (picked !== undefined) return picked;
    }
  }
  return undefined;
}

/** The view registered for the value's type (optionally of one kind). */
export function findView(v: PSValue, kind?: 'table' | 'list'): ViewDefinition | undefined {
  const found = lookup<ViewDefinition[]>(views, v, (list) => {
    const hit = kind === undefined ? list[0] : list.find((x) => x.kind === kind);
    return hit ? [hit] : undefined;
  });
  return found?.[0];
}

export function findDefaultDisplayProperties(v: PSValue): string[] | undefined {
  return lookup(displaySets, v);
}

/** Every registered view, by the type name it was registered for (the module generator writes them as format.ps1xml). */
export function registeredViews(): { typeName: string; view: ViewDefinition }[] {
  const out: { typeName: string; view: ViewDefinition }[] = [];
  for (const [typeName, list] of views) for (const view of list) out.push({ typeName, view });
  return out;
}

/** Removes a registration (tests and sessions that redefine formats). */
export function unregisterView(typeName: string): void {
  views.delete(typeName.toLowerCase());
  displaySets.delete(typeName.toLowerCase());
}
