// Month labels on a chart's time axis that never overlap: every k-th month,
// with the smallest k at which each label's estimated box keeps a gap to the
// next one and stays inside the plot. Used by the timeline and the burndown
// chart, so a long span ("2020–2026") thins its labels instead of piling
// "2020年9月" onto "4月".

/** Rough rendered width of a label in ems: CJK full width, digits and Latin about half. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u0000-\u00ff]/u.test(ch) ? 0.56 : 1;
  return em;
}

/** The first day of each month from `from`'s month through `to` (YYYY-MM-DD), keeping those on or after `from` when `inside`. */
export function monthStarts(from: string, to: string, inside = false): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); ; m === 12 ? ((m = 1), y++) : m++) {
    const day = `${y}-${String(m).padStart(2, '0')}-01`;
    if (day > to) break;
    if (!inside || day >= from) out.push(day);
  }
  return out;
}

export interface AxisLabel {
  /** The tick's month (YYYY-MM-01). */
  readonly month: string;
  /** Where the tick is. */
  readonly x: number;
  readonly text: string;
  /** The text starts just right of the tick, or ends just left of it where it would leave the plot. */
  readonly anchor: 'start' | 'end';
  /** Where the text is drawn (x of its anchor). */
  readonly textX: number;
  /** Its estimated box. */
  readonly left: number;
  readonly right: number;
}

export interface MonthLabelOptions {
  readonly fontSize: number;
  /** The plot's edges: no label leaves them. */
  readonly left: number;
  readonly right: number;
  /** Space between the tick and its text. */
  readonly offset?: number;
  /** Least space between two labels. */
  readonly gap?: number;
  /** The text of a labelled month, given the previous labelled month (undefined for the first). */
  readonly text: (month: string, previous: string | undefined) => string;
}

function place(month: string, x: number, text: string, o: MonthLabelOptions): AxisLabel {
  const offset = o.offset ?? 3;
  const width = textWidthEm(text) * o.fontSize;
  if (x + offset + width <= o.right) return { month, x, text, anchor: 'start', textX: x + offset, left: x + offset, right: x + offset + width };
  return { month, x, text, anchor: 'end', textX: x - offset, left: x - offset - width, right: x - offset };
}

/** Whether no two labels overlap (with `gap` between them) and each is inside [left, right]. */
export function labelsFit(labels: readonly AxisLabel[], o: Pick<MonthLabelOptions, 'left' | 'right' | 'gap'>): boolean {
  const gap = o.gap ?? 4;
  return labels.every((l, i) => l.left >= o.left - 0.5 && l.right <= o.right + 0.5 && (i === 0 || labels[i - 1]!.right + gap <= l.left));
}

/**
 * Labels for every k-th of `months` (from the first), with the smallest k at
 * which they fit; a single label when even that is all there is room for.
 */
export function monthLabels(months: readonly string[], x: (day: string) => number, o: MonthLabelOptions): AxisLabel[] {
  for (let k = 1; k <= Math.max(1, months.length); k++) {
    const chosen = months.filter((_, i) => i % k === 0);
    const labels = chosen.map((m, i) => place(m, x(m), o.text(m, chosen[i - 1]), o));
    if (labelsFit(labels, o)) return labels;
  }
  const first = months[0];
  return first === undefined ? [] : [place(first, x(first), o.text(first, undefined), o)];
}
