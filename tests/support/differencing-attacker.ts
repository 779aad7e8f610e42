import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
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
 * leaves each no room above what the attacker knows (a withheld row is at least 1).
 *
 * The attacker knows every category a breakdown can have, whatever the data (the API schema's
 * referral sources; a track is 0 to 3 or none; risk levels; with children or without), so a row a
 * breakdown leaves out is a published 0, and an equation like any other. A group of families
 * whose count is withheld (a Safe Home's or Flanders' families of a year) must keep every one of
 * its empty categories unknown: were one derived, it would tell that none of a handful of families
 * is in it (none with children, none referred by the CAW, none assessed). So must a Flanders
 * category of a withheld Flanders group, and a breakdown of such a group (or of the dossiers
 * Flanders closed, with a withheld row) must list every category. Not looked for: that the
 * closures of a Safe Home with a withheld track were all on the tracks Flanders has (README).
 */
export interface Recovered {
  figure: string;
  value: number;
  how: string;
}

type Row = Map<string, bigint>;

const FLANDERS = 'Flanders';

/** Who can refer a family, as the public API schema says. */
function referralSources(): string[] {
  const type = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8')).getType('ReferralSource');
  if (!isEnumType(type)) throw new Error('the API schema has no ReferralSource enum');
  return type.getValues().map((value) => value.name);
}
const TRACKS = ['0', '1', '2', '3', 'null'];
/** The categories of each kind of cell (T track, S source, C children, L risk level, X closed by track, O still open by track). */
const VOCABULARY: Record<string, string[]> = { T: TRACKS, S: referralSources(), C: ['with', 'without'], L: ['LOW', 'MEDIUM', 'HIGH', 'null'], X: TRACKS, O: TRACKS };
/** The categories a breakdown must list for a withheld group. */
const LISTED: Record<string, string[]> = { track: TRACKS, source: VOCABULARY.S, children: ['with'], risk: ['LOW', 'MEDIUM', 'HIGH'], closed: TRACKS };
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
  const homes: string[] = (await db('dossiers.safe_homes').select('id')).map((row: { id: string }) => row.id).sort();
  const yearsOf = (...kinds: string[]) => [...new Set([...cells.keys()].filter((key) => kinds.includes(key[0])).map((key) => Number(parse(key)[1])))].sort();
  const years = yearsOf('T', 'X', 'Q');
  const referralYears = yearsOf('T');
  const closureYears = yearsOf('X');
  // Every category of every kind, in every Safe Home and year, empty ones included: each is an unknown to the attacker.
  const fill = (prefix: string, yearsIn: number[], categories: string[]) => {
    for (const year of yearsIn) for (const home of homes) for (const category of categories) {
      const key = `${prefix}|${year}|${home}${categories.length ? `|${category}` : ''}`;
      if (!cells.has(key)) cells.set(key, 0);
    }
  };
  for (const prefix of ['T', 'S', 'C', 'L']) fill(prefix, referralYears, VOCABULARY[prefix]);
  fill('X', closureYears, TRACKS);
  fill('O', [0], TRACKS);
  for (const year of yearsOf('Q')) for (const home of homes) if (!cells.has(`Q|${year}|${home}`)) cells.set(`Q|${year}|${home}`, 0);
  const value = (row: Row) => [...row].reduce((sum, [cell, coefficient]) => sum + Number(coefficient) * (cells.get(cell) ?? 0), 0);
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
  const wrong: string[] = [];
  let withheld = 0;
  const see = (figure: string, row: Row, count: number | null, suppressed: boolean) => {
    if (suppressed || count === null) {
      withheld += 1;
      withheldFigures.set(figure, row);
      // A withheld row of one cell that counts any: the attacker is granted that it is at least 1.
      if (row.size === 1 && value(row) > 0) shownNonZero.add([...row.keys()][0]);
    } else {
      if (count !== value(row)) wrong.push(`${figure}: published ${count}, true ${value(row)}`);
      equations.set(figure, row);
    }
  };
  /** A row a breakdown leaves out: its count is 0, published by its absence. */
  const absent = (figure: string, row: Row) => row.size && see(figure, row, 0, false);

  // The categories each breakdown listed for a group (a year, or a range, and where), withheld or not.
  const listed = new Map<string, { breakdown: string; groups: string[]; categories: Set<string>; withheldRow: boolean }>();
  const list = (breakdown: string, groups: string[], suppressed: boolean, ...categories: unknown[]) => {
    const key = `${breakdown} ${groups.join(',')}`;
    const entry = listed.get(key) ?? { breakdown, groups, categories: new Set<string>(), withheldRow: false };
    categories.forEach((category) => entry.categories.add(String(category)));
    entry.withheldRow ||= suppressed;
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
      const rowsOf = (field: string, ...keys: string[]) => new Set(data[field].map((row: Record<string, unknown>) => keys.map((key) => String(key === 'safeHome' ? (row.safeHome as { id: string }).id : row[key])).join(' ')));
      const [familyYears, trackRows, consultYears, childrenYears, levels, sourceRows, closedTracks] = [
        rowsOf('referredFamiliesPerYear', 'year'), rowsOf('referredFamilies', 'year', 'safeHome', 'track'), rowsOf('consultsPerYear', 'year'),
        rowsOf('childrenInvolvement', 'year'), rowsOf('riskLevelDistribution', 'level'), rowsOf('referralSources', 'year', 'source'), rowsOf('dossierDurationByTrack', 'track'),
      ];
      for (const row of data.referredFamiliesPerYear) see(`families ${row.year} ${where}`, sum('T', where, [], [row.year]), row.count, row.suppressed);
      for (const row of data.referredFamilies) {
        see(`track ${row.year} ${row.safeHome.id} ${row.track}`, cellsOf('T', row.year, row.safeHome.id, String(row.track)), row.count, row.suppressed);
        list('track', [`${row.year} ${row.safeHome.id}`], row.suppressed, row.track);
      }
      for (const row of data.consultsPerYear) see(`consults ${row.year} ${where}`, sum('Q', where, [], [row.year]), row.count, row.suppressed);
      for (const row of data.childrenInvolvement) {
        see(`families ${row.year} ${where}`, sum('T', where, [], [row.year]), row.families, row.families === null);
        see(`with children ${row.year} ${where}`, cellsOf('C', row.year, where, 'with'), row.withChildren, row.suppressed);
        list('children', [`${row.year} ${where}`], row.suppressed, row.withChildren === null && row.suppressed ? 'with' : 'shown');
      }
      const riskGroups = inRange.filter((year) => referralYears.includes(year)).map((year) => `${year} ${where}`);
      list('risk', riskGroups, false);
      for (const row of data.riskLevelDistribution) {
        see(`risk ${row.level} ${label}`, sum('L', where, [row.level], inRange), row.count, row.suppressed);
        list('risk', riskGroups, row.suppressed, row.level);
      }
      for (const row of data.referralSources) {
        see(`source ${row.year} ${where} ${row.source}`, cellsOf('S', row.year, where, row.source), row.count, row.suppressed);
        list('source', [`${row.year} ${where}`], row.suppressed, row.source);
      }
      for (const row of data.dossierDurationByTrack) {
        see(`closed ${label} track ${row.track}`, sum('X', where, [String(row.track)], inRange), row.count, row.suppressed);
        if (where === FLANDERS) list('closed', [label], row.suppressed, row.track);
      }
      // What each answer leaves out is 0.
      for (const year of inRange) {
        if (!familyYears.has(String(year))) absent(`families ${year} ${where}`, sum('T', where, [], [year]));
        if (!consultYears.has(String(year))) absent(`consults ${year} ${where}`, sum('Q', where, [], [year]));
        if (!childrenYears.has(String(year))) absent(`with children ${year} ${where}`, cellsOf('C', year, where, 'with'));
        for (const source of VOCABULARY.S) if (!sourceRows.has(`${year} ${source}`)) absent(`source ${year} ${where} ${source}`, cellsOf('S', year, where, source));
        for (const home of where === FLANDERS ? homes : [where]) {
          for (const track of TRACKS) if (!trackRows.has(`${year} ${home} ${track}`)) absent(`track ${year} ${home} ${track}`, cellsOf('T', year, home, track));
        }
      }
      for (const level of LISTED.risk) if (!levels.has(level)) absent(`risk ${level} ${label}`, sum('L', where, [level], inRange));
      for (const track of TRACKS) if (!closedTracks.has(track)) absent(`closed ${label} track ${track}`, sum('X', where, [track], inRange));
    }
  }

  // Every cell is an unknown: the attacker knows of it only what the published figures tell.
  const unknown = [...cells.keys()];

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
  for (const home of homes) {
    for (const track of TRACKS) relations.push(minus(minus(sum('T', home, [track]), sum('X', home, [track])), sum('O', home, [track])));
  }

  // Cells and totals that must not be recovered when small: every finest cell, every Flanders total, every range the statistics publish.
  const natural = new Map<string, Row>();
  for (const cell of unknown) natural.set(cell, new Map([[cell, 1n]]));
  for (const year of years) {
    for (const where of [FLANDERS, ...homes]) natural.set(`families ${year} ${where}`, sum('T', where, [], [year]));
    for (const key of cells.keys()) {
      const [kind, year2, , ...rest] = parse(key);
      if (Number(year2) === year) natural.set(`${kind} ${year} Flanders ${rest.join(' ')}`, sum(kind, FLANDERS, rest, [year]));
    }
  }
  for (const track of TRACKS) natural.set(`O Flanders ${track}`, sum('O', FLANDERS, [track]));
  for (const [kind, spanYears, categories] of [['L', referralYears, VOCABULARY.L], ['X', closureYears, TRACKS]] as const) {
    for (const where of [FLANDERS, ...homes]) {
      for (const category of categories) {
        for (let from = 0; from < spanYears.length; from += 1) {
          for (let to = from + 1; to < spanYears.length; to += 1) natural.set(`${kind} ${spanYears[from]}-${spanYears[to]} ${where} ${category}`, sum(kind, where, [category], spanYears.slice(from, to + 1)));
        }
      }
    }
  }
  // The empty categories of a withheld group of families (of a Safe Home, or of Flanders, of a year), the unpublished rests included.
  const empty = new Map<string, Row>();
  for (const year of referralYears) {
    for (const where of [FLANDERS, ...homes]) {
      if (!withheldFigures.has(`families ${year} ${where}`)) continue;
      for (const kind of ['T', 'S', 'C', 'L']) {
        for (const category of VOCABULARY[kind]) {
          const row = cellsOf(kind, year, where, category);
          if (value(row) === 0) empty.set(`empty ${kind} ${year} ${where} ${category}`, row);
        }
      }
    }
  }
  const targets = [...withheldFigures, ...[...natural].filter(([, row]) => value(row) > 0 && value(row) < k), ...empty];

  const span = new Span(new Map(unknown.map((cell, index) => [cell, index])));
  for (const row of relations) span.add(row);
  for (const row of equations.values()) span.add(row);

  const recovered: Recovered[] = [];
  for (const [figure, row] of targets) {
    if (row.size && span.contains(row)) recovered.push({ figure, value: value(row), how: 'a linear combination of published figures' });
  }

  // Withheld cells whose derivable sum pins them to what the attacker knows they are at least.
  const determinedCells = new Map<string, boolean>();
  const determined = (cell: string) => determinedCells.get(cell) ?? determinedCells.set(cell, span.contains(new Map([[cell, 1n]]))).get(cell)!;
  for (const [figure, row] of equations) {
    const hidden = [...row.keys()].filter((cell) => !determined(cell));
    if (!hidden.length) continue;
    const slack = hidden.reduce((total, cell) => total + cells.get(cell)! - (shownNonZero.has(cell) ? 1 : 0), 0);
    if (slack === 0) recovered.push({ figure: hidden.join(' + '), value: hidden.reduce((total, cell) => total + cells.get(cell)!, 0), how: `each at its lower bound, by ${figure}` });
  }
  // A breakdown of a withheld group of families, or of the dossiers Flanders closed with a withheld row, lists every category.
  const grouped = [...listed.values()]
    .filter(({ breakdown, groups, withheldRow }) => (breakdown === 'closed' ? withheldRow : groups.some((group) => withheldFigures.has(`families ${group}`))))
    .flatMap(({ breakdown, groups, categories }) => {
      const missing = LISTED[breakdown].filter((category) => !categories.has(category));
      return missing.length ? [`${breakdown} of ${groups.join(' + ')} (withheld) leaves out ${missing.join(', ')}`] : [];
    });
  return { recovered, wrong, grouped, published: equations.size, withheld };
}
