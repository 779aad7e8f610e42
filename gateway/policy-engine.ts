import type { Actor } from '../policy/actor';

/** What the policy says to one actor (for their declared purpose), asked per request. */
export interface ActorPolicy {
  /**
   * Null when some rule can grant this field to the actor (the subgraph then checks it record by
   * record); else why no rule ever can: the field is taken out of the operation before planning.
   */
  refusal(typeName: string, fieldName: string): string | null;
  /** The rule that grants a field of a type checked as a whole (not record by record), if one does. */
  grantingRule(typeName: string, fieldName: string): string | null;
}

/** A field's data category: named by the policy, or declared by the record itself in one of its fields. */
export type FieldCategory = string | { fromRecordField: string };

/**
 * Everything the gateway asks of the policy. The gateway knows no rule itself: the composition
 * root builds the engine (hub/policy-engine.ts from policy/) and hands it to the gateway.
 */
export interface PolicyEngine {
  forActor(actor: Actor): ActorPolicy;
  /** Types whose records the disclosure log names one by one, by their `id` (persons, dossiers). */
  auditedTypes: ReadonlySet<string>;
  /** Whether a type's records are checked one by one, so that their subgraph reports the rules that granted each field. */
  isRecordChecked(typeName: string): boolean;
  /** The data category of a field for the disclosure log; undefined when the policy does not classify it. */
  categoryOf(typeName: string, fieldName: string): FieldCategory | undefined;
  /** The legal bases of the rules that granted a field. */
  legalBasesOf(ruleIds: readonly string[]): string[];
  /** Whether the actor's role may declare an emergency (break-glass) for their purpose. */
  mayBreakGlass(actor: Actor): boolean;
  /** Whether the actor may keep a request's disclosures out of subject-access reports for a while (an investigation). */
  mayHoldFromSubjectAccess(actor: Actor): boolean;
}
