/**
 * Whether two values are the same as JSON: objects with the same fields whatever their order,
 * lists item by item, and a field holding `undefined` (which JSON leaves out) as absent. Used
 * where an item is compared with what it would become (`import`) and where the stamp's quick
 * way is compared with the check (`feed-stamping.ts`).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const fields = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const aFields = fields(a);
  return aFields.length === fields(b).length && aFields.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
