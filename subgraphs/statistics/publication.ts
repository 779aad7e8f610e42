import { Knex } from 'knex';
import { buildHierarchy, Category, Cell, FLANDERS, figureKey, keptUnknownWith, Kind } from './hierarchy';
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

  /**
   * The one-year figures of a kind in the scope's years that a query lists: of its Safe Home or else of all Flanders (or, perSafeHome, of
   * each Safe Home). A count of 0 is left out (the reader knows it is 0), unless it is withheld.
   */
  figures(kind: Kind, scope: Scope, perSafeHome = false): Published[] {
    const where = scope.safeHomeId || FLANDERS;
    return [...this.byKey.values()].filter(
      (cell) => cell.kind === kind && (cell.value > 0 || cell.suppressed) && inYears(scope, cell.year) && (perSafeHome && !scope.safeHomeId ? cell.where !== FLANDERS : cell.where === where),
    );
  }

  /** One figure of a year (of a year, place and category the hierarchy has; else undefined). */
  figure(kind: Kind, year: number, where: string, category: Category): Published | undefined {
    return this.byKey.get(figureKey(kind, year, where, category));
  }

  /**
   * A kind and category over the scope's years, undefined when none of its years is listed: the sum of the years' counts, withheld when
   * any of them is (a sum of published figures tells nothing new).
   */
  over(kind: Kind, scope: Scope, category: Category): OverYears | undefined {
    const years = this.figures(kind, scope).filter((cell) => cell.category === category);
    if (!years.length) return undefined;
    const suppressed = years.some((year) => year.suppressed);
    const value = years.reduce((sum, year) => sum + year.value, 0);
    return { value, days: years.reduce((sum, year) => sum + year.days, 0), count: suppressed ? null : value, suppressed };
  }

  /** The categories a kind lists, over the scope's years. */
  categories(kind: Kind, scope: Scope): Category[] {
    return [...new Set(this.figures(kind, scope).map((cell) => cell.category))];
  }
}

/**
 * Which figures to withhold. A withheld group keeps its empty categories unknown too (listed as
 * withheld, see keptUnknownWith), which may withhold more groups; so it is decided again, from what
 * is withheld so far, until nothing more is kept unknown (the withheld figures only grow).
 */
function decide(snapshot: Snapshot, k: number): Publication {
  const { hierarchy, cells } = buildHierarchy(snapshot);
  for (let kept = new Set<string>(); ; ) {
    const withheld = suppress(hierarchy, k, kept);
    const more = keptUnknownWith(cells, withheld);
    if ([...more].every((key) => kept.has(key))) return new Publication(cells, withheld);
    kept = new Set([...kept, ...more]);
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
