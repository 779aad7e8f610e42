import { Combination, LinearSpan } from './linear-span';

/**
 * Small-cell suppression, decided once over the whole fixed hierarchy of figures the statistics
 * can publish, whatever a query filters on, and audited as a differencing attacker would attack it.
 *
 * The figures are counts of sets of records, written as sums of unknowns (the finest cells the
 * figures are built from); known relations between unknowns (every breakdown of a Safe Home's
 * families adds up to the same families) are part of the model. A figure under k
 * (STATISTICS_MIN_CELL, default 5) is withheld (primary suppression). Then, until nothing changes:
 * - every figure that must stay unknown (under k, or withheld) and is still a linear combination
 *   of the published figures (exact integer Gaussian elimination) gets the cheapest published figure of
 *   that combination withheld too (secondary suppression);
 * - every published total whose withheld parts add up to so little that the parts' lower bounds
 *   (a withheld count is at least 1) pin them down, or nearly, gets one more part withheld, or
 *   itself when all its parts are.
 * Zero counts are published (a row that is absent), except in a breakdown of a withheld total:
 * there every category is listed, an empty one withheld too, and kept unknown like a small one
 * (else the breakdown would tell which categories the total's few families are in).
 */
export function minimumCellSize(env: NodeJS.ProcessEnv = process.env): number {
  const k = Number(env.STATISTICS_MIN_CELL ?? 5);
  if (!Number.isInteger(k) || k < 1) throw new Error('STATISTICS_MIN_CELL must be a whole number, at least 1');
  return k;
}

export interface Figure {
  key: string;
  /** The true count. */
  value: number;
  /** The unknowns it adds up. */
  terms: number[];
  /** Shown by some query; else only derivable (families without children, dossiers still open). */
  published: boolean;
  /** What withholding it costs readers; the cheapest is withheld to protect another. */
  cost: number;
  /** An empty category listed as withheld (in a breakdown of a withheld total): kept unknown, 0 as it is. */
  listedEmpty?: boolean;
}

/** A total and the figures that add up to it. */
export interface Line {
  total: string;
  parts: string[];
}

export interface Hierarchy {
  figures: Figure[];
  /** Combinations of unknowns known to be zero. */
  relations: Combination[];
  lines: Line[];
}

const sumOf = (terms: number[]): Combination => new Map(terms.map((term) => [term, 1]));

/** The keys of the figures to withhold. */
export function suppress(hierarchy: Hierarchy, k: number): Set<string> {
  const byKey = new Map(hierarchy.figures.map((figure) => [figure.key, figure]));
  const small = (figure: Figure) => figure.listedEmpty || (figure.value > 0 && figure.value < k);
  const withheld = new Set(hierarchy.figures.filter((figure) => figure.published && small(figure)).map((figure) => figure.key));
  const cheapest = (candidates: Figure[]) => candidates.reduce((a, b) => (b.cost < a.cost ? b : a));

  for (let changed = true; changed; ) {
    changed = false;
    const shown = hierarchy.figures.filter((figure) => figure.published && figure.value > 0 && !withheld.has(figure.key));
    const span = new LinearSpan();
    hierarchy.relations.forEach((relation, index) => span.add(-1 - index, relation));
    shown.forEach((figure, index) => span.add(index, sumOf(figure.terms)));
    const withheldNow = new Set<number>();
    for (const figure of hierarchy.figures) {
      if (!small(figure) && !withheld.has(figure.key)) continue;
      const derivation = span.derivation(sumOf(figure.terms));
      if (!derivation) continue;
      const used = [...derivation.keys()].filter((input) => input >= 0);
      // Withheld in this pass already: the derivation may be broken; the next pass checks again.
      if (used.some((input) => withheldNow.has(input))) continue;
      if (!used.length) throw new Error(`statistics: ${figure.key} follows from the hierarchy alone`);
      const partner = cheapest(used.map((input) => shown[input]));
      withheldNow.add(shown.indexOf(partner));
      withheld.add(partner.key);
      changed = true;
    }
    if (changed) continue;

    for (const line of hierarchy.lines) {
      if (withheld.has(line.total) || !byKey.get(line.total)!.published) continue;
      const parts = line.parts.map((key) => byKey.get(key)!).filter((part) => part.value > 0 || part.listedEmpty);
      const hidden = parts.filter((part) => !part.published || withheld.has(part.key));
      const open = parts.filter((part) => part.published && !withheld.has(part.key));
      if (!hidden.length) continue;
      // What the hidden parts could still be above what the attacker knows they are at least.
      const slack = hidden.reduce((sum, part) => sum + part.value - (part.published && !part.listedEmpty ? 1 : 0), 0);
      if (slack >= k - 1) continue;
      withheld.add(open.length ? cheapest(open).key : line.total);
      changed = true;
    }
  }
  return withheld;
}
