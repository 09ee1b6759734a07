/** A widget's `heading-level` (plus `offset` for a heading below it) as a valid `aria-level`, 1–6. */
export const headingLevel = (level: number, offset = 0): number => Math.min(6, Math.max(1, Math.round(level + offset) || 1));
