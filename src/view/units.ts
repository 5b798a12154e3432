// The one unit lookup of the site: names for an id, and what a unit's kind is
// (政府, 部门 or 乡镇, from content/units.yaml `kinds`). An unknown id reads as
// itself, so a page never shows an empty name.
import type { Unit, UnitRole, UnitsFile } from '../../schemas/unit.ts';

export interface UnitLookup {
  readonly units: readonly Unit[];
  get(id: string): Unit | undefined;
  /** Full name: 某某县财政局. */
  name(id: string): string;
  /** The name the plan uses (简称), else the full name: 财政局. */
  shortName(id: string): string;
  /** The role of a kind of unit, by the kind's name. */
  kindRole(kind: string): UnitRole | undefined;
  /** The role of a unit's kind. */
  role(unit: Pick<Unit, 'kind'>): UnitRole | undefined;
}

const lookups = new WeakMap<UnitsFile, UnitLookup>();

export function unitLookup(file: UnitsFile): UnitLookup {
  let lookup = lookups.get(file);
  if (lookup) return lookup;
  const byId = new Map(file.units.map((u) => [u.id, u]));
  const roles = new Map(file.kinds.map((k) => [k.name, k.role]));
  lookup = {
    units: file.units,
    get: (id) => byId.get(id),
    name: (id) => byId.get(id)?.name ?? id,
    shortName: (id) => {
      const u = byId.get(id);
      return u ? (u.shortName ?? u.name) : id;
    },
    kindRole: (kind) => roles.get(kind),
    role: (unit) => roles.get(unit.kind),
  };
  lookups.set(file, lookup);
  return lookup;
}
