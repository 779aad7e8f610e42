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

/** How withheld counts are chosen, in the words dashboard users read. */
export const SUPPRESSION_NOTE =
  'Counts under the minimum cell size (STATISTICS_MIN_CELL, default 5) are withheld, with as many others as it takes that no withheld or small ' +
  'count can be worked out by adding up or subtracting published figures of any queries and filters: which are withheld is decided once per ' +
  'statistics refresh over all figures of all years, Safe Homes and Flanders, so a figure is always published or always withheld, whatever the filter. ' +
  'Counts of 0 are left out, except beside a withheld count: a breakdown of a withheld count lists every category, the empty ones withheld too. ' +
  'Every figure is of the latest statistics refresh.';
const WITHHELD = 'null when withheld (see suppressed)';
const SUPPRESSED = 'The count is withheld: under the minimum cell size, or withheld with one that is, so that it cannot be worked out from other figures';

@InputType({ description: 'Which families or consults to count: a year range and optionally one Safe Home' })
export class StatisticsFilter {
  @Field(() => Int, { nullable: true, description: 'First year included' }) fromYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Last year included' }) toYear?: number | null;
  @Field(() => ID, { nullable: true }) safeHomeId?: string | null;
}

@ObjectType({ description: 'A count for one year' })
export class YearCount {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: `The count; ${WITHHELD}` }) count: number | null;
  @Field(() => Boolean, { description: SUPPRESSED }) suppressed: boolean;
}

@ObjectType({ description: 'Referred families of one year, Safe Home and track' })
export class ReferredFamiliesCell {
  @Field(() => Int) year: number;
  @Field(() => SafeHome) safeHome: SafeHome;
  @Field(() => Int) track: number;
  @Field(() => Int, { description: `The count; ${WITHHELD}` }) count: number | null;
  @Field(() => Boolean, { description: SUPPRESSED }) suppressed: boolean;
}

@ObjectType({ description: 'How many referred families of a year had children involved' })
export class ChildrenInvolvement {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: `Referred families (the same figure as referredFamiliesPerYear); ${WITHHELD}` }) families: number | null;
  @Field(() => Int, { description: `Families with children involved; ${WITHHELD}, always when families is. Families without are not published: when they are few, this is withheld` }) withChildren: number | null;
  @Field(() => Float, { description: 'withChildren / families, 0 to 1; null when either is withheld' }) share: number | null;
  @Field(() => Boolean, { description: 'withChildren (and so share) is withheld: families is withheld, it or the families without children are too few, or it is withheld with a figure that is' }) suppressed: boolean;
}

@ObjectType({ description: "Referred families of the years asked for by their current risk level (each person's latest assessment, the highest); families not yet assessed are not counted" })
export class RiskLevelCount {
  @Field(() => RiskLevel) level: RiskLevel;
  @Field(() => Int, { description: `The count; ${WITHHELD}` }) count: number | null;
  @Field(() => Boolean, { description: SUPPRESSED }) suppressed: boolean;
}

@ObjectType({ description: 'Referred families of a year by who referred them' })
export class ReferralSourceCount {
  @Field(() => Int) year: number;
  @Field(() => String, { description: 'Organisation type of the referrer, or SELF' }) source: string;
  @Field(() => Int, { description: `The count; ${WITHHELD}` }) count: number | null;
  @Field(() => Boolean, { description: SUPPRESSED }) suppressed: boolean;
}

@ObjectType({ description: 'How long the dossiers of a track closed in the years asked for ran, from referral to closure' })
export class TrackDuration {
  @Field(() => Int) track: number;
  @Field(() => Int, { description: `Dossiers closed in the years asked for (by year of closure); ${WITHHELD}` }) count: number | null;
  @Field(() => Int, { description: 'Average days; null when count is withheld' }) averageDays: number | null;
  @Field(() => Int, { description: 'Median days; null when count is withheld' }) medianDays: number | null;
  @Field(() => Boolean, { description: SUPPRESSED }) suppressed: boolean;
}
