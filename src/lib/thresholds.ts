// Comparing a computed figure with a pass line. Figures are ratios of decimal
// data computed in binary floating point, so a value that is exactly on the
// line on paper (3.825 ㎡ against 85 % of 4.5 ㎡) can land a few units in the
// last place either side. A relative tolerance far below any published
// precision (tables show 3 decimals) keeps such values on the line.

const RELATIVE_TOLERANCE = 1e-9;

/** value ≥ line, counting a value on the line (up to binary rounding) as meeting it. */
export function atLeast(value: number, line: number): boolean {
  return value >= line - RELATIVE_TOLERANCE * Math.abs(line);
}

/** value ≤ line, counting a value on the line (up to binary rounding) as meeting it. */
export function atMost(value: number, line: number): boolean {
  return value <= line + RELATIVE_TOLERANCE * Math.abs(line);
}

/**
 * A figure to exactly 3 decimals for display, rounding half away from zero on
 * the decimal the number prints as (so 1.0005 shows as 1.001, which
 * toFixed(3) gets wrong). Computations keep full precision; only pages and
 * the CLI round.
 */
export function round3(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  // Below 1e-6 the number prints in exponent form and rounds to zero anyway.
  if (abs < 1e-6) return '0.000';
  if (abs >= 1e15) return value.toFixed(3);
  const thousandths = Math.round(Number(`${abs}e3`));
  const digits = String(thousandths).padStart(4, '0');
  const sign = value < 0 && thousandths !== 0 ? '-' : '';
  return `${sign}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}
