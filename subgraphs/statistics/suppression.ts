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
 * A count of 0 is a figure like any other: published, it is a row a query leaves out, which the
 * reader knows is 0; kept unknown (an empty category of a withheld group, publication.ts), it is
 * listed as withheld and protected like a small count.
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

/** The keys of the figures to withhold; `keepUnknown`: figures to keep unknown (withheld, if published) whatever their count. */
export function suppress(hierarchy: Hierarchy, k: number, keepUnknown = new Set<string>()): Set<string> {
  const byKey = new Map(hierarchy.figures.map((figure) => [figure.key, figure]));
  const small = (figure: Figure) => keepUnknown.has(figure.key) || (figure.value > 0 && figure.value < k);
  const withheld = new Set(hierarchy.figures.filter((figure) => figure.published && small(figure)).map((figure) => figure.key));
  const kept = (figure: Figure) => small(figure) || withheld.has(figure.key);
  const cheapest = (candidates: Figure[]) => candidates.reduce((a, b) => (b.cost < a.cost ? b : a));

  for (let changed = true; changed; ) {
    changed = false;
    const shown = hierarchy.figures.filter((figure) => figure.published && !withheld.has(figure.key));
    const span = new LinearSpan();
    hierarchy.relations.forEach((relation, index) => span.add(-1 - index, relation));
    shown.forEach((figure, index) => span.add(index, sumOf(figure.terms)));
    const withheldNow = new Set<number>();
    for (const figure of hierarchy.figures) {
      if (!kept(figure)) continue;
      const derivation = span.derivation(sumOf(figure.terms));
      if (!derivation) continue;
      const used = [...derivation.keys()].filter((input) => input >= 0);
      // Withheld in this pass already: the derivation may be broken; the next pass checks again.
      if (used.some((input) => withheldNow.has(input))) continue;
      if (!used.length) throw new Error(`statistics: ${figure.key} follows from the hierarchy alone`);
      // A withheld 0 hides little (the attacker knows it is at least 0): one that counts, when the combination has one.
      const partners = used.map((input) => shown[input]);
      const partner = cheapest(partners.some((part) => part.value > 0) ? partners.filter((part) => part.value > 0) : partners);
      withheldNow.add(shown.indexOf(partner));
      withheld.add(partner.key);
      changed = true;
    }
    if (changed) continue;

    for (const line of hierarchy.lines) {
      if (withheld.has(line.total) || !byKey.get(line.total)!.published) continue;
      const parts = line.parts.map((key) => byKey.get(key)!);
      const hidden = parts.filter((part) => !part.published || withheld.has(part.key));
      if (!hidden.some(kept)) continue;
      // What the hidden parts could still be above what the attacker knows they are at least (a withheld count, 1 unless it is 0).
      const slack = hidden.reduce((sum, part) => sum + part.value - (part.published && part.value > 0 ? 1 : 0), 0);
      if (slack >= k - 1) continue;
      // Withholding a 0 adds no room: one that counts, else the total.
      const open = parts.filter((part) => part.published && part.value > 0 && !withheld.has(part.key));
      withheld.add(open.length ? cheapest(open).key : line.total);
      changed = true;
    }
  }
  return withheld;
}
