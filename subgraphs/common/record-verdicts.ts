import { RecordAttributes, rulesMissingAttributes } from '../../policy';
import { attributeSetsKey } from './attribute-sets-key';

/** The guard's verdict on a field of a record: the rule that grants it, or why it is refused. */
export type Verdict =
  | { allowed: true; rule: string }
  | { allowed: false; reason: string; unevaluable: ReturnType<typeof rulesMissingAttributes> };

/** The verdicts on the fields of records of one type with the same attribute sets. */
type Verdicts = (field: string) => Verdict;

/**
 * The guard's verdicts on the fields of one request's records, each taken once for all records
 * of a type whose attribute sets no rule can tell apart (the dossiers of one region, status and
 * consultation, the records of one dossier). A verdict depends on nothing else: the request's
 * actor and ability, the type, the sets' values and the field.
 */
export class RecordVerdicts {
  private readonly byType = new Map<string, VerdictsOfType>();

  /** The verdicts on this type's fields for records with these sets; `decide` takes them for the first such record. */
  of(typeName: string, sets: readonly RecordAttributes[], decide: () => (field: string) => Verdict): Verdicts {
    let ofType = this.byType.get(typeName);
    if (!ofType) {
      ofType = { bySets: new Map(), byKey: new Map() };
      this.byType.set(typeName, ofType);
    }
    let verdicts = ofType.bySets.get(sets);
    if (!verdicts) {
      const key = attributeSetsKey(sets);
      verdicts = (key === undefined ? undefined : ofType.byKey.get(key)) ?? memoised(decide());
      if (key !== undefined) ofType.byKey.set(key, verdicts);
      ofType.bySets.set(sets, verdicts);
    }
    return verdicts;
  }
}

interface VerdictsOfType {
  /** By the very list of attribute sets a record carries (the records that inherit it share it). */
  bySets: Map<readonly RecordAttributes[], Verdicts>;
  /** By attributeSetsKey. */
  byKey: Map<string, Verdicts>;
}

function memoised(verdictOn: (field: string) => Verdict): Verdicts {
  const taken = new Map<string, Verdict>();
  return (field) => {
    let verdict = taken.get(field);
    if (!verdict) {
      verdict = verdictOn(field);
      taken.set(field, verdict);
    }
    return verdict;
  };
}
