/** A sparse linear combination with integer coefficients: column (or input) → coefficient. */
export type Combination = Map<number, number>;

interface BasisRow {
  row: Combination;
  /** Which inputs, with which coefficients, add up to `row`. */
  from: Combination;
}

function gcd(a: number, b: number): number {
  for (a = Math.abs(a), b = Math.abs(b); b; ) [a, b] = [b, a % b];
  return a;
}

function checked(value: number): number {
  // Exact arithmetic or nothing: a rounded coefficient could call a disclosing figure safe.
  if (!Number.isSafeInteger(value)) throw new Error('statistics: the suppression audit left exact integer arithmetic');
  return value;
}

/** a·x − b·y, exactly. */
function combine(x: Combination, a: number, y: Combination, b: number): Combination {
  const result: Combination = new Map();
  for (const [column, value] of x) result.set(column, checked(a * value));
  for (const [column, value] of y) {
    const sum = checked((result.get(column) ?? 0) - b * value);
    if (sum) result.set(column, sum);
    else result.delete(column);
  }
  return result;
}

function normalise(entry: BasisRow): BasisRow {
  let divisor = 0;
  for (const value of entry.row.values()) divisor = gcd(divisor, value);
  for (const value of entry.from.values()) divisor = gcd(divisor, value);
  if (divisor <= 1) return entry;
  const divide = (combination: Combination) => new Map([...combination].map(([column, value]) => [column, value / divisor]));
  return { row: divide(entry.row), from: divide(entry.from) };
}

const leading = (row: Combination) => Math.max(...row.keys());

/**
 * The linear span of some linear functionals, in exact integer arithmetic (an echelon basis whose
 * rows are keyed by their largest column). It answers whether a functional is a linear
 * combination of the inputs, and of which: what a differencing attacker can compute from them.
 */
export class LinearSpan {
  private readonly basis = new Map<number, BasisRow>();

  add(input: number, row: Combination): void {
    const reduced = this.reduce({ row: new Map(row), from: new Map([[input, 1]]) });
    if (reduced.row.size) this.basis.set(leading(reduced.row), reduced);
  }

  /** The inputs (with nonzero coefficients) that combine to `row`, or null when no combination does. */
  derivation(row: Combination): Combination | null {
    const reduced = this.reduce({ row: new Map(row), from: new Map() });
    return reduced.row.size ? null : reduced.from;
  }

  private reduce(entry: BasisRow): BasisRow {
    for (;;) {
      if (!entry.row.size) return entry;
      const pivot = leading(entry.row);
      const against = this.basis.get(pivot);
      if (!against) return entry;
      const mine = entry.row.get(pivot)!;
      const theirs = against.row.get(pivot)!;
      const factor = gcd(mine, theirs);
      const a = theirs / factor;
      const b = mine / factor;
      entry = normalise({ row: combine(entry.row, a, against.row, b), from: combine(entry.from, a, against.from, b) });
    }
  }
}
