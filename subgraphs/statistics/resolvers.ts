import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import * as repository from './repository';
import { ChildrenInvolvement, ReferredFamiliesCell, RiskLevelCount, StatisticsFilter, YearCount } from './types';

function scope(filter: StatisticsFilter | null): repository.Scope {
  const { fromYear, toYear, safeHomeId } = filter ?? {};
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw badUserInput(`fromYear ${fromYear} is after toYear ${toYear}`, 'filter.fromYear');
  }
  return { fromYear, toYear, safeHomeId };
}

const filterArg = () => StatisticsFilter;

@Resolver()
export class StatisticsResolver {
  @Query(() => [YearCount], { description: 'Families referred to a Safe Home, per year' })
  referredFamiliesPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return repository.referredFamiliesPerYear(ctx.db, scope(filter));
  }

  @Query(() => [ReferredFamiliesCell], { description: 'Families referred, per year, Safe Home and track' })
  async referredFamilies(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const cells = await repository.referredFamiliesCells(ctx.db, scope(filter));
    return cells.map(({ safeHomeId, ...cell }) => ({ ...cell, safeHome: { id: safeHomeId } }));
  }

  @Query(() => [YearCount], { description: 'Track-1 anonymous consults, per year' })
  consultsPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return repository.consultsPerYear(ctx.db, scope(filter));
  }

  @Query(() => [ChildrenInvolvement], { description: 'Share of referred families with children involved, per year' })
  async childrenInvolvement(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const rows = await repository.childrenInvolvement(ctx.db, scope(filter));
    return rows.map((row) => ({ ...row, share: row.families ? row.withChildren / row.families : 0 }));
  }

  @Query(() => [RiskLevelCount], { description: 'Referred families by current risk level' })
  riskLevelDistribution(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return repository.riskLevelDistribution(ctx.db, scope(filter));
  }
}
