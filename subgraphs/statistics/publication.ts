import { Knex } from 'knex';
import { buildHierarchy, Category, Cell, FLANDERS, figureKey, Kind } from './hierarchy';
import { currentSnapshotId, readSnapshot, Scope, Snapshot } from './repository';
import { minimumCellSize, suppress } from './suppression';

/** A figure as published: its count, or null and withheld. */
export interface Published extends Cell {
  count: number | null;
  suppressed: boolean;
}

/** A count over several years, with what it adds up. */
export type OverYears = Pick<Published, 'value' | 'days' | 'count' | 'suppressed'>;

const inYears = (scope: Scope, year: number) => (scope.fromYear == null || year >= scope.fromYear) && (scope.toYear == null || year <= scope.toYear);

/** The published figures of one snapshot, which ones withheld decided once over all of them. */
export class Publication {
  private readonly byKey = new Map<string, Published>();

  constructor(cells: Map<string, Cell>, withheld: Set<string>) {
    for (const [key, cell] of cells) {
      const suppressed = withheld.has(key);
      this.byKey.set(key, { ...cell, count: suppressed ? null : cell.value, suppressed });
    }
  }

  /** The one-year figures of a kind in the scope's years: of its Safe Home or else of all Flanders (or, perSafeHome, of each Safe Home). */
  figures(kind: Kind, scope: Scope, perSafeHome = false): Published[] {
    const where = scope.safeHomeId || FLANDERS;
    return [...this.byKey.values()].filter(
      (cell) => cell.kind === kind && inYears(scope, cell.year) && (perSafeHome && !scope.safeHomeId ? cell.where !== FLANDERS : cell.where === where),
    );
  }

  /** One figure of a year, or undefined when its count is 0 (and not listed as withheld). */
  figure(kind: Kind, year: number, where: string, category: Category): Published | undefined {
    return this.byKey.get(figureKey(kind, year, where, category));
  }

  /**
   * A kind and category over the scope's years, undefined when its count is 0 (and none of its years listed as withheld): the sum of the
   * years' counts, withheld when any of them is (a sum of published figures tells nothing new).
   */
  over(kind: Kind, scope: Scope, category: Category): OverYears | undefined {
    const years = this.figures(kind, scope).filter((cell) => cell.category === category);
    if (!years.length) return undefined;
    const suppressed = years.some((year) => year.suppressed);
    const value = years.reduce((sum, year) => sum + year.value, 0);
    return { value, days: years.reduce((sum, year) => sum + year.days, 0), count: suppressed ? null : value, suppressed };
  }

  /** The categories a kind has counts in, over the scope's years. */
  categories(kind: Kind, scope: Scope): Category[] {
    return [...new Set(this.figures(kind, scope).map((cell) => cell.category))];
  }
}

/**
 * Which figures to withhold. A withheld total's breakdowns list their empty categories as
 * withheld, which makes them unknowns to protect as well; that may withhold more totals, so it is
 * decided again until the withheld totals settle (they only grow).
 */
function decide(snapshot: Snapshot, k: number): Publication {
  for (let families = new Set<string>(); ; ) {
    const { hierarchy, cells } = buildHierarchy(snapshot, families);
    const withheld = suppress(hierarchy, k);
    const more = [...withheld].map((key) => cells.get(key)!).filter((cell) => cell.kind === 'families' && cell.where !== FLANDERS).map((cell) => `${cell.year}|${cell.where}`);
    if (more.every((group) => families.has(group))) return new Publication(cells, withheld);
    families = new Set([...families, ...more]);
  }
}

const cache = new WeakMap<Knex, { key: string; publication: Promise<Publication> }>();

/** The publication of the current snapshot, decided once per snapshot (and k) and shared by every query. */
export async function currentPublication(db: Knex): Promise<Publication> {
  const k = minimumCellSize();
  const key = `${await currentSnapshotId(db)}|${k}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.publication;
  const publication = readSnapshot(db).then((snapshot) => decide(snapshot, k));
  cache.set(db, { key, publication });
  publication.catch(() => cache.get(db)?.publication === publication && cache.delete(db));
  return publication;
}
