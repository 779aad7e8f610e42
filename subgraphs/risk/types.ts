import 'reflect-metadata';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../platform/scalars';

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
export enum FactorKind {
  RISK = 'RISK',
  PROTECTIVE = 'PROTECTIVE',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });
export enum EscalationReason {
  HIGHER_LEVEL_THAN_PREVIOUS = 'HIGHER_LEVEL_THAN_PREVIOUS',
}
registerEnumType(EscalationReason, { name: 'EscalationReason' });
registerEnumType(FactorKind, { name: 'FactorKind', description: 'A risk factor adds to the score, a protective factor subtracts' });

@ObjectType({ description: 'One item of a risk instrument version' })
export class RiskInstrumentItem {
  @Field(() => String) code: string;
  @Field(() => String) text: string;
  @Field(() => FactorKind) kind: FactorKind;
  @Field(() => Int) weight: number;
  @Field(() => Boolean, { description: 'Present, it forces the level to at least HIGH' }) redFlag: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A version of a risk instrument: its items, weights and level thresholds' })
export class RiskInstrumentVersion {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String) code: string;
  @Field(() => Int) version: number;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Score from which the level is MEDIUM' }) mediumThreshold: number;
  @Field(() => Int, { description: 'Score from which the level is HIGH' }) highThreshold: number;
  @Field(() => LocalDate) publishedOn: string;
}

@ObjectType({ description: 'Whether an item of the instrument was found present' })
export class RiskAnswer {
  @Field(() => String) itemCode: string;
  @Field(() => Boolean) present: boolean;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Organisation {
  @Field(() => ID, { nullable: false }) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID, { nullable: false }) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Dossier {
  @Field(() => ID, { nullable: false }) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A risk assessment of one person in a dossier. Assessments are never overwritten.' })
export class RiskAssessment {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => Int) score: number;
  @Field(() => RiskLevel, { description: 'The level the instrument gives' }) computedLevel: RiskLevel;
  @Field(() => RiskLevel, { nullable: true, description: 'Professional judgement: may raise the level, never lower it' })
  judgementLevel: RiskLevel | null;
  @Field(() => RiskLevel, { description: 'The level that holds' }) level: RiskLevel;
  @Field(() => Boolean, { description: 'A red-flag item was present' }) redFlagged: boolean;
  @Field(() => String, { nullable: true, description: 'Why the professional judgement differs from the computed level' }) judgementRationale: string | null;
  @Field(() => EscalationReason, { nullable: true, description: 'Flagged by the hub: the level is higher than the previous assessment of this person' })
  escalation: EscalationReason | null;
  @Field(() => LocalDate) assessedOn: string;
}
