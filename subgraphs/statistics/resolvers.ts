import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import * as repository from './repository';
import { minimumCellSize, suppress } from './suppression';
import { ChildrenInvolvement, ReferralSourceCount, ReferredFamiliesCell, RiskLevelCount, StatisticsFilter, TrackDuration, YearCount } from './types';

async function scope(filter: StatisticsFilter | null, ctx: SubgraphContext): Promise<repository.Scope> {
  const { fromYear, toYear, safeHomeId } = filter ?? {};
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw badUserInput(`fromYear ${fromYear} is after toYear ${toYear}`, 'filter.fromYear');
  }
  if (safeHomeId && !(await repository.safeHomeExists(ctx.db, safeHomeId))) throw badUserInput(`no Safe Home "${safeHomeId}"`, 'filter.safeHomeId');
  return { fromYear, toYear, safeHomeId };
}


const filterArg = () => StatisticsFilter;

@Resolver()
export class StatisticsResolver {
  @Query(() => [YearCount], { description: 'Families referred to a Safe Home, per year' })
  async referredFamiliesPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return suppress(await repository.referredFamiliesPerYear(ctx.db, await scope(filter, ctx)), minimumCellSize(), () => []);
  }

  @Query(() => [ReferredFamiliesCell], { description: 'Families referred, per year, Safe Home and track' })
  async referredFamilies(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const cells = await repository.referredFamiliesCells(ctx.db, await scope(filter, ctx));
    // Cells add up per year and Safe Home, and per year and track, to totals published elsewhere.
    const published = suppress(cells, minimumCellSize(), (cell) => [`${cell.year}|${cell.safeHomeId}`, `${cell.year}|track ${cell.track}`]);
    return published.map(({ safeHomeId, ...cell }) => ({ ...cell, safeHome: { id: safeHomeId } }));
  }

  @Query(() => [YearCount], { description: 'Track-1 anonymous consults, per year' })
  async consultsPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return suppress(await repository.consultsPerYear(ctx.db, await scope(filter, ctx)), minimumCellSize(), () => []);
  }

  @Query(() => [ChildrenInvolvement], { description: 'Share of referred families with children involved, per year' })
  async childrenInvolvement(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const rows = await repository.childrenInvolvement(ctx.db, await scope(filter, ctx));
    return rows.map((row) => {
      // Families with and without children: if either is small, the other reveals it.
      const k = minimumCellSize();
      const suppressed = row.withChildren < k || row.families - row.withChildren < k;
      return suppressed
        ? { ...row, withChildren: null, share: null, suppressed }
        : { ...row, share: row.withChildren / row.families, suppressed };
    });
  }

  @Query(() => [RiskLevelCount], { description: 'Referred families by current risk level' })
  async riskLevelDistribution(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return suppress(await repository.riskLevelDistribution(ctx.db, await scope(filter, ctx)), minimumCellSize());
  }

  @Query(() => [ReferralSourceCount], { description: 'Referred families per year by who referred them' })
  async referralSources(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    return suppress(await repository.referralSources(ctx.db, await scope(filter, ctx)), minimumCellSize(), (row) => [`${row.year}`]);
  }

  @Query(() => [TrackDuration], { description: 'How long closed dossiers ran, per track' })
  async dossierDurationByTrack(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const rows = await repository.durationsByTrack(ctx.db, await scope(filter, ctx));
    return suppress(rows, minimumCellSize(), () => []).map((row) => (row.suppressed ? { ...row, averageDays: null, medianDays: null } : row));
  }
}
