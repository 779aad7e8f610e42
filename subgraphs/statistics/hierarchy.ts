import { Combination } from './linear-span';
import { Snapshot } from './repository';
import { Figure, Hierarchy, Line } from './suppression';

/**
 * The fixed hierarchy of every figure the statistics can publish, whatever a query filters on: per
 * year, per Safe Home and for all of Flanders (FLANDERS):
 * - families referred (by year of referral), in total and by track, by referral source, with
 *   children involved (without is the rest), by current risk level (not yet assessed is the rest);
 * - dossiers closed (by year of closure), by track (those still open, over all years, are the rest);
 * - anonymous consults.
 * A query shows a selection of these figures. Risk levels and durations are shown over year
 * ranges: a range's count is the sum of its years' published counts, withheld when any of them is,
 * so it tells nothing they do not.
 */
export const FLANDERS = '*';

export type Kind = 'families' | 'track' | 'source' | 'children' | 'level' | 'closed' | 'open' | 'consults';
export type Category = string | number | null;

export const figureKey = (kind: Kind, year: number | string, where: string, category: Category = '') => `${kind}|${year}|${where}|${category ?? 'none'}`;

/** One figure: what it counts, and its true value. */
export interface Cell {
  kind: Kind;
  year: number;
  where: string;
  category: Category;
  value: number;
  /** Summed days, for closed dossiers. */
  days: number;
}

/** The breakdowns of a Safe Home's families of a year: each adds up to the families. */
export const BREAKDOWNS: Kind[] = ['track', 'source', 'children', 'level'];
const REGION_TOTAL = 1e6;
const FLANDERS_TOTAL = 1e9;
const FLANDERS_CELL = 1e3;

/** Figures no query shows, that must not be derivable when small either. */
export function unpublished({ kind, where, category }: Pick<Cell, 'kind' | 'where' | 'category'>): boolean {
  return kind === 'open' || (kind === 'track' && where === FLANDERS) || category === 'without' || (kind === 'level' && category === null);
}

/** Which figures to withhold matters more the more readers rely on them: totals, Flanders' above all. */
function costOf({ kind, where }: Pick<Cell, 'kind' | 'where'>): number {
  const total = kind === 'families' || kind === 'consults';
  if (where === FLANDERS) return total ? FLANDERS_TOTAL : FLANDERS_CELL;
  return total ? REGION_TOTAL : 0;
}

function finestCells(snapshot: Snapshot): Cell[] {
  const cells = new Map<string, Cell>();
  const add = (kind: Kind, year: number, where: string, category: Category, value: number, days = 0) => {
    const key = figureKey(kind, year, where, category);
    const cell = cells.get(key) ?? { kind, year, where, category, value: 0, days: 0 };
    cell.value += value;
    cell.days += days;
    cells.set(key, cell);
  };
  for (const row of snapshot.referrals) {
    add('track', row.year, row.safeHomeId, row.track, row.count);
    add('source', row.year, row.safeHomeId, row.source, row.count);
    add('children', row.year, row.safeHomeId, row.childrenInvolved ? 'with' : 'without', row.count);
    add('level', row.year, row.safeHomeId, row.level, row.count);
    // Still open (year 0: over all years) = referred with the track, less closed with it, below.
    add('open', 0, row.safeHomeId, row.track, row.count);
  }
  for (const row of snapshot.closures) {
    add('closed', row.year, row.safeHomeId, row.track, row.count, row.days);
    add('open', 0, row.safeHomeId, row.track, -row.count);
  }
  for (const row of snapshot.consults) add('consults', row.year, row.safeHomeId, null, row.count);
  return [...cells.values()].filter((cell) => cell.value > 0);
}

/**
 * The empty categories of the breakdowns of these Safe Homes' families of a year (`year|where`):
 * every category of the breakdown that Flanders has that year (one Flanders lacks is known empty
 * everywhere).
 */
function emptyCells(finest: Cell[], groups: Set<string>): Cell[] {
  const present = new Set(finest.map((cell) => figureKey(cell.kind, cell.year, cell.where, cell.category)));
  return [...groups].flatMap((group) => {
    const [year, where] = [Number(group.split('|')[0]), group.split('|')[1]];
    return BREAKDOWNS.flatMap((kind) => [...new Set(finest.filter((cell) => cell.kind === kind && cell.year === year).map((cell) => cell.category))]
      .map((category) => ({ kind, year, where, category, value: 0, days: 0 }))
      .filter((cell) => !unpublished(cell) && !present.has(figureKey(kind, year, where, cell.category))));
  });
}

/** The hierarchy, where the families of these Safe Homes and years (`year|where`) are withheld, with their breakdowns' empty categories. */
export function buildHierarchy(snapshot: Snapshot, withheldFamilies = new Set<string>()): { hierarchy: Hierarchy; cells: Map<string, Cell> } {
  const counted = finestCells(snapshot);
  const empty = emptyCells(counted, withheldFamilies);
  const finest = [...counted, ...empty];
  const unknown = new Map(finest.map((cell, index) => [cell, index]));
  const select = (kind: Kind, where: string, year?: number, category?: Category) =>
    finest.filter((cell) => cell.kind === kind && (where === FLANDERS || cell.where === where) && (year === undefined || cell.year === year) && (category === undefined || cell.category === category));
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const yearsOf = (kind: Kind) => distinct(select(kind, FLANDERS).map((cell) => cell.year)).sort((a, b) => a - b);
  const categoriesOf = (kind: Kind) => distinct(select(kind, FLANDERS).map((cell) => cell.category));
  const homes = distinct(finest.map((cell) => cell.where));

  const cells = new Map<string, Cell>();
  const figures: Figure[] = [];
  const lines: Line[] = [];
  const relations: Combination[] = [];
  /** The figure adding up these finest cells; its key. */
  const figure = (cell: Omit<Cell, 'value' | 'days'>, parts: Cell[]) => {
    const key = figureKey(cell.kind, cell.year, cell.where, cell.category);
    const value = parts.reduce((sum, part) => sum + part.value, 0);
    const listedEmpty = parts.length === 1 && empty.includes(parts[0]);
    if ((value || listedEmpty) && !cells.has(key)) {
      cells.set(key, { ...cell, value, days: parts.reduce((sum, part) => sum + part.days, 0) });
      figures.push({ key, value, terms: parts.map((part) => unknown.get(part)!), published: !unpublished(cell), cost: costOf(cell) + value, ...(listedEmpty ? { listedEmpty } : {}) });
    }
    return key;
  };

  for (const cell of finest) figure(cell, [cell]);
  for (const kind of [...BREAKDOWNS, 'closed', 'open', 'consults'] as Kind[]) {
    for (const year of yearsOf(kind)) {
      for (const category of categoriesOf(kind)) {
        const parts = homes.map((where) => figureKey(kind, year, where, category));
        lines.push({ total: figure({ kind, year, where: FLANDERS, category }, select(kind, FLANDERS, year, category)), parts });
      }
    }
  }
  for (const year of yearsOf('track')) {
    for (const where of [FLANDERS, ...homes]) {
      const families = figure({ kind: 'families', year, where, category: '' }, select('track', where, year));
      if (where === FLANDERS) lines.push({ total: families, parts: homes.map((home) => figureKey('families', year, home)) });
      for (const kind of BREAKDOWNS) {
        lines.push({ total: families, parts: categoriesOf(kind).map((category) => figureKey(kind, year, where, category)) });
        // Every breakdown of a Safe Home's families of a year adds up to the same families.
        if (where !== FLANDERS && kind !== 'track') relations.push(difference(select('track', where, year), select(kind, where, year)));
      }
    }
  }
  // Referred with a track, over all years = closed with it + still open.
  for (const where of homes) {
    for (const category of distinct([...categoriesOf('track'), ...categoriesOf('closed')])) {
      relations.push(difference(select('track', where, undefined, category), [...select('closed', where, undefined, category), ...select('open', where, 0, category)]));
    }
  }
  const known = (key: string) => cells.has(key);
  return {
    hierarchy: { figures, relations, lines: lines.filter((line) => known(line.total)).map((line) => ({ ...line, parts: line.parts.filter(known) })) },
    cells,
  };

  function difference(plus: Cell[], minus: Cell[]): Combination {
    const combination: Combination = new Map();
    for (const [cells, sign] of [[plus, 1], [minus, -1]] as const) {
      for (const cell of cells) combination.set(unknown.get(cell)!, (combination.get(unknown.get(cell)!) ?? 0) + sign);
    }
    for (const [term, value] of combination) if (!value) combination.delete(term);
    return combination;
  }
}
