import 'reflect-metadata';
import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class SafeHome {
  @Field(() => ID, { nullable: false }) id: string;
}

@InputType({ description: 'Which families or consults to count: a year range and optionally one Safe Home' })
export class StatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First year included' }) fromYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Last year included' }) toYear?: number | null;
  @Field(() => ID, { nullable: true }) safeHomeId?: string | null;
}

@ObjectType({ description: 'A count for one year' })
export class YearCount {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Null when suppressed' }) count: number | null;
  @Field(() => Boolean, { description: 'The count is withheld: it is small, or would let a small one be recovered' }) suppressed: boolean;
}

@ObjectType({ description: 'Referred families of one year, Safe Home and track' })
export class ReferredFamiliesCell {
  @Field(() => Int) year: number;
  @Field(() => SafeHome) safeHome: SafeHome;
  @Field(() => Int) track: number;
  @Field(() => Int, { description: 'Null when suppressed' }) count: number | null;
  @Field(() => Boolean) suppressed: boolean;
}

@ObjectType({ description: 'How many referred families of a year had children involved' })
export class ChildrenInvolvement {
  @Field(() => Int) year: number;
  @Field(() => Int) families: number;
  @Field(() => Int, { description: 'Null when suppressed' }) withChildren: number | null;
  @Field(() => Float, { description: 'withChildren / families, 0 to 1; null when suppressed' }) share: number | null;
  @Field(() => Boolean, { description: 'Families with or without children are too few to publish' }) suppressed: boolean;
}

@ObjectType({ description: "Dossiers by their current risk level (each person's latest assessment, the highest)" })
export class RiskLevelCount {
  @Field(() => RiskLevel) level: RiskLevel;
  @Field(() => Int, { description: 'Null when suppressed' }) count: number | null;
  @Field(() => Boolean) suppressed: boolean;
}

@ObjectType({ description: 'Referred families of a year by who referred them' })
export class ReferralSourceCount {
  @Field(() => Int) year: number;
  @Field(() => String, { description: 'Organisation type of the referrer, or SELF' }) source: string;
  @Field(() => Int, { description: 'Null when suppressed' }) count: number | null;
  @Field(() => Boolean) suppressed: boolean;
}

@ObjectType({ description: 'How long closed dossiers of a track ran, from referral to closure' })
export class TrackDuration {
  @Field(() => Int) track: number;
  @Field(() => Int, { description: 'Closed dossiers; null when suppressed' }) count: number | null;
  @Field(() => Int, { description: 'Average days; null when suppressed' }) averageDays: number | null;
  @Field(() => Int, { description: 'Median days; null when suppressed' }) medianDays: number | null;
  @Field(() => Boolean) suppressed: boolean;
}
