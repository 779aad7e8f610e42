import { Knex } from 'knex';
import { GraphQLResponse } from './hub';

/**
 * A differencing attacker on the statistics, with the true counts read from the database to judge
 * it. It asks every statistic for every Safe Home filter (and none) and several year ranges, writes
 * every figure it gets as a linear equation over the true cells of the hierarchy (the finest cells
 * of each breakdown: a Safe Home's families of a year by track, by source, with or without
 * children, by risk level or none; dossiers closed per year of closure and track; those still open;
 * consults), adds what it knows of their structure (each breakdown of a Safe Home's families adds
 * up to the same families; referred with a track = closed with it + still open), and solves: a
 * withheld figure, or any cell or total whose true count is under k, that is a linear combination
 * of the published figures is recovered exactly. So is a set of withheld cells whose derivable sum
 * leaves each no room above what the attacker knows (a withheld row is at least 1). And a
 * breakdown of a withheld group (a Safe Home's families of a year) that leaves a category out tells
 * that none of the group is in it (none with children, all referred by the police): it must list them all.
 */
export interface Recovered {
  figure: string;
  value: number;
  how: string;
}

type Row = Map<string, bigint>;

const FLANDERS = 'Flanders';
const SELECTIONS: Record<string, string> = {
  referredFamiliesPerYear: '{ year count suppressed }',
  referredFamilies: '{ year safeHome { id } track count suppressed }',
  consultsPerYear: '{ year count suppressed }',
  childrenInvolvement: '{ year families withChildren suppressed }',
  riskLevelDistribution: '{ level count suppressed }',
  referralSources: '{ year source count suppressed }',
  dossierDurationByTrack: '{ track count suppressed }',
};
/** Every statistic for several filters in one operation (aliased, within the gateway's alias limit). */
const FILTERS_PER_OPERATION = 4;
const statisticsFor = (filters: number) => {
  const variables = Array.from({ length: filters }, (_, index) => `$f${index}: StatisticsFilter`).join(', ');
  const fields = Array.from({ length: filters }, (_, index) => Object.entries(SELECTIONS).map(([field, selection]) => `f${index}_${field}: ${field}(filter: $f${index}) ${selection}`));
  return `query Statistics(${variables}) { ${fields.flat().join(' ')} }`;
};

/** The true counts of every cell, straight from the tables. */
async function truth(db: Knex): Promise<Map<string, number>> {
  const cells = new Map<string, number>();
  const add = (key: string, n: number) => cells.set(key, (cells.get(key) ?? 0) + n);
  const { rows: dossiers } = await db.raw(`
    SELECT extract(year FROM d.referral_date)::int AS year, d.safe_home_id AS home, d.track, d.referral_source AS source,
           EXISTS (SELECT 1 FROM persons.dossier_persons p WHERE p.dossier_id = d.id AND p.role = 'CHILD') AS children,
           r.level, CASE WHEN d.status = 'CLOSED' THEN extract(year FROM d.closed_on)::int END AS closed, count(*)::int AS n
    FROM dossiers.dossiers d LEFT JOIN statistics.current_risk_levels r ON r.dossier_id = d.id
    GROUP BY 1, 2, 3, 4, 5, 6, 7`);
  for (const row of dossiers) {
    add(`T|${row.year}|${row.home}|${row.track}`, row.n);
    add(`S|${row.year}|${row.home}|${row.source}`, row.n);
    add(`C|${row.year}|${row.home}|${row.children ? 'with' : 'without'}`, row.n);
    add(`L|${row.year}|${row.home}|${row.level}`, row.n);
    add(row.closed ? `X|${row.closed}|${row.home}|${row.track}` : `O|0|${row.home}|${row.track}`, row.n);
  }
  const { rows: consults } = await db.raw(`SELECT extract(year FROM consulted_on)::int AS year, safe_home_id AS home, count(*)::int AS n FROM dossiers.anonymous_consults GROUP BY 1, 2`);
  for (const row of consults) add(`Q|${row.year}|${row.home}`, row.n);
  return cells;
}

const parse = (key: string) => key.split('|');

/** Exact rational linear algebra over BigInt (fraction-free rows, divided by their gcd). */
class Span {
  private readonly pivots = new Map<string, Row>();

  constructor(private readonly order: Map<string, number>) {}

  private lead(row: Row): string {
    let best = '';
    for (const column of row.keys()) if (!best || this.order.get(column)! > this.order.get(best)!) best = column;
    return best;
  }

  reduce(input: Row): Row {
    let row = new Map(input);
    for (;;) {
      if (!row.size) return row;
      const pivot = this.pivots.get(this.lead(row));
      if (!pivot) return row;
      const column = this.lead(row);
      const a = pivot.get(column)!;
      const b = row.get(column)!;
      const next: Row = new Map();
      for (const [c, v] of row) next.set(c, v * a);
      for (const [c, v] of pivot) {
        const value = (next.get(c) ?? 0n) - v * b;
        if (value === 0n) next.delete(c);
        else next.set(c, value);
      }
      let divisor = 0n;
      for (const v of next.values()) divisor = gcd(divisor, v < 0n ? -v : v);
      row = divisor > 1n ? new Map([...next].map(([c, v]) => [c, v / divisor])) : next;
    }
  }

  add(row: Row): void {
    const reduced = this.reduce(row);
    if (reduced.size) this.pivots.set(this.lead(reduced), reduced);
  }

  contains(row: Row): boolean {
    return this.reduce(row).size === 0;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

export interface Attack {
  /** Figures recovered that should not be. */
  recovered: Recovered[];
  /** Published counts that differ from the truth (the published totals must be exact). */
  wrong: string[];
  /** Breakdowns of a withheld group that leave categories out, so tell what the group's families are not. */
  grouped: string[];
  /** How many figures the attacker collected, and how many of them were withheld. */
  published: number;
  withheld: number;
}

export async function attackStatistics(db: Knex, ask: (query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>, k: number): Promise<Attack> {
  const cells = await truth(db);
  // Every category of every breakdown, in every Safe Home and year, empty ones included (a withheld row may be one).
  for (const prefix of ['T', 'S', 'C', 'L']) {
    const keys = [...cells.keys()].filter((key) => key[0] === prefix).map(parse);
    const [years, categories] = [new Set(keys.map((key) => key[1])), new Set(keys.map((key) => key[3]))];
    for (const year of years) for (const home of new Set(keys.map((key) => key[2]))) for (const category of categories) {
      if (!cells.has(`${prefix}|${year}|${home}|${category}`)) cells.set(`${prefix}|${year}|${home}|${category}`, 0);
    }
  }
  const value = (row: Row) => [...row].reduce((sum, [cell, coefficient]) => sum + Number(coefficient) * (cells.get(cell) ?? 0), 0);
  const homes: string[] = (await db('dossiers.safe_homes').pluck('id')).sort();
  const yearsOf = (...kinds: string[]) => [...new Set([...cells.keys()].filter((key) => kinds.includes(key[0])).map((key) => Number(parse(key)[1])))].sort();
  const years = yearsOf('T', 'X', 'Q');
  const referralYears = yearsOf('T');
  const closureYears = yearsOf('X');
  const sum = (prefix: string, where: string, rest: string[] = [], yearsIn?: number[]) => {
    const row: Row = new Map();
    for (const cell of cells.keys()) {
      const [kind, year, home, ...more] = parse(cell);
      if (kind !== prefix[0] || (where !== FLANDERS && home !== where) || (yearsIn && !yearsIn.includes(Number(year)))) continue;
      if (rest.every((part, index) => more[index] === part)) row.set(cell, 1n);
    }
    return row;
  };
  const cellsOf = (kind: string, year: number, where: string, category?: string) => sum(kind, where, category === undefined ? [] : [category], [year]);

  const equations = new Map<string, Row>();
  const withheldFigures = new Map<string, Row>();
  const shownNonZero = new Set<string>();
  const hiddenEmpty = new Set<string>();
  const wrong: string[] = [];
  let withheld = 0;
  const see = (figure: string, row: Row, count: number | null, suppressed: boolean) => {
    if (suppressed || count === null) {
      withheld += 1;
      withheldFigures.set(figure, row);
      // A withheld row of one cell: at least 1 if it counts any (the attacker is granted that); an empty one stays unknown.
      if (row.size === 1) (value(row) > 0 ? shownNonZero : hiddenEmpty).add([...row.keys()][0]);
    } else {
      if (count !== value(row)) wrong.push(`${figure}: published ${count}, true ${value(row)}`);
      equations.set(figure, row);
    }
  };

  // The categories each breakdown listed for a group (a year, or a range, and where), withheld or not.
  const listed = new Map<string, { breakdown: string; groups: string[]; categories: Set<string> }>();
  const list = (breakdown: string, groups: string[], ...categories: unknown[]) => {
    const key = `${breakdown} ${groups.join(',')}`;
    const entry = listed.get(key) ?? { breakdown, groups, categories: new Set<string>() };
    categories.forEach((category) => entry.categories.add(String(category)));
    listed.set(key, entry);
  };

  const ranges: { fromYear?: number; toYear?: number }[] = [{}, { fromYear: years[1] }, { toYear: years[1] }];
  for (const [index, from] of years.entries()) for (const to of years.slice(index)) ranges.push({ fromYear: from, toYear: to });
  const asked = ranges.flatMap((range) => [FLANDERS, ...homes].map((where) => ({ range, where })));
  for (let start = 0; start < asked.length; start += FILTERS_PER_OPERATION) {
    const batch = asked.slice(start, start + FILTERS_PER_OPERATION);
    const variables = Object.fromEntries(batch.map(({ range, where }, index) => [`f${index}`, { ...range, ...(where === FLANDERS ? {} : { safeHomeId: where }) }]));
    const { body } = await ask(statisticsFor(batch.length), variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    for (const [index, { range, where }] of batch.entries()) {
      const data = Object.fromEntries(Object.keys(SELECTIONS).map((field) => [field, body.data![`f${index}_${field}`]]));
      const inRange = years.filter((year) => (range.fromYear == null || year >= range.fromYear) && (range.toYear == null || year <= range.toYear));
      const label = `${where} ${JSON.stringify(range)}`;
      for (const row of data.referredFamiliesPerYear) see(`families ${row.year} ${where}`, sum('T', where, [], [row.year]), row.count, row.suppressed);
      for (const row of data.referredFamilies) {
        see(`track ${row.year} ${row.safeHome.id} ${row.track}`, cellsOf('T', row.year, row.safeHome.id, String(row.track)), row.count, row.suppressed);
        list('track', [`${row.year} ${row.safeHome.id}`], row.track);
      }
      for (const row of data.consultsPerYear) see(`consults ${row.year} ${where}`, sum('Q', where, [], [row.year]), row.count, row.suppressed);
      for (const row of data.childrenInvolvement) {
        see(`families ${row.year} ${where}`, sum('T', where, [], [row.year]), row.families, row.families === null);
        see(`with children ${row.year} ${where}`, cellsOf('C', row.year, where, 'with'), row.withChildren, row.suppressed);
        list('children', [`${row.year} ${where}`], row.withChildren === 0 ? 'none' : 'with');
      }
      const riskGroups = inRange.filter((year) => referralYears.includes(year)).map((year) => `${year} ${where}`);
      list('risk', riskGroups);
      for (const row of data.riskLevelDistribution) {
        see(`risk ${row.level} ${label}`, sum('L', where, [row.level], inRange), row.count, row.suppressed);
        list('risk', riskGroups, row.level);
      }
      for (const row of data.referralSources) {
        see(`source ${row.year} ${where} ${row.source}`, cellsOf('S', row.year, where, row.source), row.count, row.suppressed);
        list('source', [`${row.year} ${where}`], row.source);
      }
      for (const row of data.dossierDurationByTrack) see(`closed ${label} track ${row.track}`, sum('X', where, [String(row.track)], inRange), row.count, row.suppressed);
    }
  }

  // The unknowns: every cell with a count, and every empty one listed as withheld (one left out, the attacker knows empty).
  const unknown = [...cells.keys()].filter((key) => cells.get(key)! > 0 || hiddenEmpty.has(key));

  // What the attacker knows of the structure: zero-sum relations between cells.
  const relations: Row[] = [];
  const minus = (a: Row, b: Row) => {
    const row = new Map(a);
    for (const [cell, v] of b) row.set(cell, (row.get(cell) ?? 0n) - v);
    return new Map([...row].filter(([, v]) => v !== 0n));
  };
  for (const year of referralYears) {
    for (const home of homes) {
      const families = sum('T', home, [], [year]);
      for (const kind of ['S', 'C', 'L']) relations.push(minus(families, sum(kind, home, [], [year])));
    }
  }
  const tracks = [...new Set([...cells.keys()].filter((key) => key.startsWith('T|') || key.startsWith('O|')).map((key) => key.split('|').pop()!))];
  for (const home of homes) {
    for (const track of tracks) {
      const referred = new Map([...cells.keys()].filter((key) => key.startsWith('T|') && parse(key)[2] === home && parse(key)[3] === track).map((key) => [key, 1n]));
      const closed = new Map([...cells.keys()].filter((key) => key.startsWith('X|') && parse(key)[2] === home && parse(key)[3] === track).map((key) => [key, 1n]));
      relations.push(minus(minus(referred, closed), new Map([[`O|0|${home}|${track}`, 1n]])));
    }
  }

  // Cells and totals that must not be recovered when small: every finest cell, every Flanders total, every range the statistics publish.
  const natural = new Map<string, Row>();
  for (const cell of unknown) if (cells.get(cell)! > 0) natural.set(cell, new Map([[cell, 1n]]));
  for (const year of years) {
    for (const where of [FLANDERS, ...homes]) natural.set(`families ${year} ${where}`, sum('T', where, [], [year]));
    for (const key of cells.keys()) {
      const [kind, year2, , ...rest] = parse(key);
      if (Number(year2) === year) natural.set(`${kind} ${year} Flanders ${rest.join(' ')}`, sum(kind, FLANDERS, rest, [year]));
    }
  }
  for (const track of tracks) natural.set(`O Flanders ${track}`, sum('O', FLANDERS, [track]));
  for (const [kind, spanYears, categories] of [['L', referralYears, ['LOW', 'MEDIUM', 'HIGH', 'null']], ['X', closureYears, tracks]] as const) {
    for (const where of [FLANDERS, ...homes]) {
      for (const category of categories) {
        for (let from = 0; from < spanYears.length; from += 1) {
          for (let to = from + 1; to < spanYears.length; to += 1) natural.set(`${kind} ${spanYears[from]}-${spanYears[to]} ${where} ${category}`, sum(kind, where, [category], spanYears.slice(from, to + 1)));
        }
      }
    }
  }
  const targets = [...withheldFigures, ...[...natural].filter(([, row]) => value(row) > 0 && value(row) < k)];

  const restricted = (row: Row) => new Map([...row].filter(([cell]) => cells.get(cell)! > 0 || hiddenEmpty.has(cell)));
  const span = new Span(new Map(unknown.map((cell, index) => [cell, index])));
  for (const row of relations) span.add(restricted(row));
  for (const row of equations.values()) span.add(restricted(row));

  const recovered: Recovered[] = [];
  for (const [figure, row] of targets) {
    if (restricted(row).size && span.contains(restricted(row))) recovered.push({ figure, value: value(row), how: 'a linear combination of published figures' });
  }

  // Withheld cells whose derivable sum pins them to what the attacker knows they are at least.
  const determined = (cell: string) => span.contains(new Map([[cell, 1n]]));
  for (const [figure, row] of equations) {
    const hidden = [...restricted(row).keys()].filter((cell) => !determined(cell));
    if (!hidden.length) continue;
    const slack = hidden.reduce((total, cell) => total + cells.get(cell)! - (shownNonZero.has(cell) ? 1 : 0), 0);
    if (slack === 0) recovered.push({ figure: hidden.join(' + '), value: hidden.reduce((total, cell) => total + cells.get(cell)!, 0), how: `each at its lower bound, by ${figure}` });
  }
  // Every category a breakdown lists in a year (Flanders has them all); a breakdown of a group with a withheld year lists them all.
  const domain = new Map<string, Set<string>>();
  const yearOf = (group: string) => group.split(' ')[0];
  for (const { breakdown, groups, categories } of listed.values()) {
    if (groups.length === 1) categories.forEach((category) => domain.set(`${breakdown} ${yearOf(groups[0])}`, (domain.get(`${breakdown} ${yearOf(groups[0])}`) ?? new Set()).add(category)));
  }
  const grouped = [...listed.values()]
    .filter(({ groups }) => groups.some((group) => withheldFigures.has(`families ${group}`)))
    .flatMap(({ breakdown, groups, categories }) => {
      const expected = breakdown === 'children' ? ['with'] : groups.flatMap((group) => [...(domain.get(`${breakdown} ${yearOf(group)}`) ?? [])]);
      const missing = [...new Set(expected)].filter((category) => !categories.has(category));
      return missing.length ? [`${breakdown} of ${groups.join(' + ')} (withheld families) leaves out ${missing.join(', ')}`] : [];
    });
  return { recovered, wrong, grouped, published: equations.size, withheld };
}
