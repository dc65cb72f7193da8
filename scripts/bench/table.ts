/** The bench's one table, and the small statistics it needs. */

export interface Row {
  readonly metric: string;
  readonly measured: string;
  /** Shown as is, e.g. "≤ 110 KB"; "(info)" for rows without a budget. */
  readonly budget: string;
  /** undefined: informational row, no budget to meet. */
  readonly ok?: boolean;
}

export function printTable(rows: readonly Row[]): void {
  const cells = [
    ['metric', 'measured', 'budget', 'within budget'],
    ...rows.map((r) => [
      r.metric,
      r.measured,
      r.budget,
      r.ok === undefined ? '—' : r.ok ? 'yes' : 'no',
    ]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((s, i) => s.padEnd(widths[i]!)).join(' | ');
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const c of cells.slice(1)) console.log(line(c));
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile: always one of the measured values, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
