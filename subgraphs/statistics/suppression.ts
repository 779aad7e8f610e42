/**
 * Small-cell suppression. A count under k (STATISTICS_MIN_CELL, default 5) could point at a family,
 * so it is published as null with a flag (primary suppression). Where cells add up to a total that
 * is published elsewhere (a year, a Safe Home, a track), one suppressed cell in such a group could be
 * recovered by subtraction, so the smallest other cell of that group is suppressed too (secondary
 * suppression), until no group has exactly one suppressed cell.
 */
export function minimumCellSize(env: NodeJS.ProcessEnv = process.env): number {
  const k = Number(env.STATISTICS_MIN_CELL ?? 5);
  if (!Number.isInteger(k) || k < 1) throw new Error('STATISTICS_MIN_CELL must be a whole number, at least 1');
  return k;
}

export type Suppressed<T extends { count: number }> = Omit<T, 'count'> & { count: number | null; suppressed: boolean };

export function suppress<T extends { count: number }>(rows: T[], k: number, groupsOf: (row: T) => string[] = () => ['all']): Suppressed<T>[] {
  const hidden = rows.map((row) => row.count < k);
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => groupsOf(row).forEach((group) => groups.set(group, [...(groups.get(group) ?? []), index])));
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of groups.values()) {
      const suppressedHere = members.filter((index) => hidden[index]);
      const open = members.filter((index) => !hidden[index]);
      if (suppressedHere.length === 1 && open.length) {
        const smallest = open.reduce((a, b) => (rows[b].count < rows[a].count ? b : a));
        hidden[smallest] = true;
        changed = true;
      }
    }
  }
  return rows.map((row, index) => ({ ...row, count: hidden[index] ? null : row.count, suppressed: hidden[index] }));
}
