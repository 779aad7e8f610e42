import { OrganisationType } from '../../policy';
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
 * Every category of a fixed vocabulary is a figure in every year and place, counts of 0 included:
 * a query leaves a 0 out, which tells the reader it is 0, so the audit has it as a published
 * equation like any other. A query shows a selection of these figures. Risk levels and durations
 * are shown over year ranges: a range's count is the sum of its years' published counts, withheld
 * when any of them is, so it tells nothing they do not.
 */
export const FLANDERS = '*';

export type Kind = 'families' | 'track' | 'source' | 'children' | 'level' | 'closed' | 'open' | 'consults';
export type Category = string | number | null;

/** A dossier's track: 0 to 3 (what dossiers.track can hold), or none before the weighing. */
const TRACKS: Category[] = [0, 1, 2, 3, null];
/** Who can refer a family: a partner organisation type, or the family itself (the API's ReferralSource; tests/statistics.test.ts holds them equal). */
export const REFERRAL_SOURCES: string[] = [
  ...Object.values(OrganisationType).filter((type) => type !== OrganisationType.SAFE_HOME && type !== OrganisationType.CENTRAL_TEAM),
  'SELF',
];

/** The categories of every kind of figure, whatever the data holds: a breakdown never depends on which categories happen to have counts. */
const VOCABULARY: Record<Exclude<Kind, 'families'>, Category[]> = {
  track: TRACKS,
  source: REFERRAL_SOURCES,
  children: ['with', 'without'],
  level: ['LOW', 'MEDIUM', 'HIGH', null],
  closed: TRACKS,
  open: TRACKS,
  consults: [null],
};

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

const distinct = <T>(values: T[]) => [...new Set(values)];

/** The finest cells, every category of the vocabulary (and any other the data holds) in every Safe Home and year of its kind, empty ones included. */
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

  const counted = [...cells.values()];
  const homes = distinct(counted.map((cell) => cell.where));
  for (const kind of Object.keys(VOCABULARY) as (keyof typeof VOCABULARY)[]) {
    const ofKind = counted.filter((cell) => cell.kind === kind);
    for (const year of distinct(ofKind.map((cell) => cell.year))) {
      for (const where of homes) for (const category of distinct([...VOCABULARY[kind], ...ofKind.map((cell) => cell.category)])) add(kind, year, where, category, 0);
    }
  }
  return [...cells.values()];
}

/** The hierarchy: its figures (of every category, 0 or not), the lines that add up and the relations between its unknowns. */
export function buildHierarchy(snapshot: Snapshot): { hierarchy: Hierarchy; cells: Map<string, Cell> } {
  const finest = finestCells(snapshot);
  const unknown = new Map(finest.map((cell, index) => [cell, index]));
  const select = (kind: Kind, where: string, year?: number, category?: Category) =>
    finest.filter((cell) => cell.kind === kind && (where === FLANDERS || cell.where === where) && (year === undefined || cell.year === year) && (category === undefined || cell.category === category));
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
    if (!cells.has(key)) {
      const value = parts.reduce((sum, part) => sum + part.value, 0);
      cells.set(key, { ...cell, value, days: parts.reduce((sum, part) => sum + part.days, 0) });
      figures.push({ key, value, terms: parts.map((part) => unknown.get(part)!), published: !unpublished(cell), cost: costOf(cell) + value });
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
    for (const category of categoriesOf('open')) {
      relations.push(difference(select('track', where, undefined, category), [...select('closed', where, undefined, category), ...select('open', where, 0, category)]));
    }
  }
  return { hierarchy: { figures, relations, lines }, cells };

  function difference(plus: Cell[], minus: Cell[]): Combination {
    const combination: Combination = new Map();
    for (const [cells, sign] of [[plus, 1], [minus, -1]] as const) {
      for (const cell of cells) combination.set(unknown.get(cell)!, (combination.get(unknown.get(cell)!) ?? 0) + sign);
    }
    for (const [term, value] of combination) if (!value) combination.delete(term);
    return combination;
  }
}

/**
 * What withheld figures keep unknown besides themselves. A withheld group of families (a Safe
 * Home's or Flanders' of a year): every empty category of its breakdowns, the unpublished rests
 * included, and its families with children (a share of a withheld count is no share). The dossiers
 * Flanders closed in a year, when a track of them is withheld: every empty track. Left out as 0,
 * they would tell that none of a handful of families is in them (none referred by the CAW, none
 * with children, none assessed, none closed on another track); so a query lists them, withheld.
 * (Not a Safe Home's closures of a year: Flanders' published empty tracks would give them away,
 * and withholding those empties would withhold every duration over a range of years with them.)
 */
export function keptUnknownWith(cells: Map<string, Cell>, withheld: Set<string>): Set<string> {
  const groupOf = (cell: Cell) => (BREAKDOWNS.includes(cell.kind) || cell.kind === 'families' ? `families|${cell.year}|${cell.where}` : `${cell.kind}|${cell.year}|${cell.where}`);
  const groups = new Set(
    [...withheld].map((key) => cells.get(key)!).filter((cell) => cell.kind === 'families' || (cell.kind === 'closed' && cell.where === FLANDERS)).map(groupOf),
  );
  const kept = new Set(withheld);
  for (const [key, cell] of cells) {
    if ((BREAKDOWNS.includes(cell.kind) || cell.kind === 'closed') && groups.has(groupOf(cell)) && (cell.value === 0 || (cell.kind === 'children' && cell.category === 'with'))) kept.add(key);
  }
  return kept;
}
