import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import { currentPublication, OverYears, Published } from './publication';
import * as repository from './repository';
import { ChildrenInvolvement, ReferralSourceCount, ReferredFamiliesCell, RiskLevel, RiskLevelCount, StatisticsFilter, SUPPRESSION_NOTE, TrackDuration, YearCount } from './types';

async function scope(filter: StatisticsFilter | null, ctx: SubgraphContext): Promise<repository.Scope> {
  const { fromYear, toYear, safeHomeId } = filter ?? {};
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw badUserInput(`fromYear ${fromYear} is after toYear ${toYear}`, 'filter.fromYear');
  }
  if (safeHomeId && !(await repository.safeHomeExists(ctx.db, safeHomeId))) throw badUserInput(`no Safe Home "${safeHomeId}"`, 'filter.safeHomeId');
  return { fromYear, toYear, safeHomeId };
}

const filterArg = () => StatisticsFilter;
const described = (what: string) => ({ description: `${what}. ${SUPPRESSION_NOTE}` });
const count = ({ count, suppressed }: Published | OverYears) => ({ count, suppressed });
const order = <T>(rows: T[], ...keys: ((row: T) => string | number)[]) =>
  rows.sort((a, b) => keys.reduce((result, key) => result || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0), 0));
const LEVELS = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

@Resolver()
export class StatisticsResolver {
  @Query(() => [YearCount], described('Families referred to a Safe Home, per year'))
  async referredFamiliesPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const figures = (await currentPublication(ctx.db)).figures('families', await scope(filter, ctx));
    return order(figures, (cell) => cell.year).map((cell) => ({ year: cell.year, ...count(cell) }));
  }

  @Query(() => [ReferredFamiliesCell], described('Families referred, per year, Safe Home and track (no track yet: null)'))
  async referredFamilies(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const figures = (await currentPublication(ctx.db)).figures('track', await scope(filter, ctx), true);
    return order(figures, (cell) => cell.year, (cell) => cell.where, (cell) => (cell.category as number | null) ?? 99).map((cell) => ({
      year: cell.year,
      safeHome: { id: cell.where },
      track: cell.category,
      ...count(cell),
    }));
  }

  @Query(() => [YearCount], described('Track-1 anonymous consults, per year'))
  async consultsPerYear(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const figures = (await currentPublication(ctx.db)).figures('consults', await scope(filter, ctx));
    return order(figures, (cell) => cell.year).map((cell) => ({ year: cell.year, ...count(cell) }));
  }

  @Query(() => [ChildrenInvolvement], described('Share of referred families with children involved, per year'))
  async childrenInvolvement(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const publication = await currentPublication(ctx.db);
    return order(publication.figures('families', await scope(filter, ctx)), (cell) => cell.year).map((families) => {
      // Withheld with its families whenever they are (the hierarchy keeps it unknown then).
      const withChildren = publication.figure('children', families.year, families.where, 'with')!;
      const suppressed = withChildren.suppressed || families.suppressed;
      return { year: families.year, families: families.count, withChildren: suppressed ? null : withChildren.value, share: suppressed ? null : withChildren.value / families.value, suppressed };
    });
  }

  @Query(() => [RiskLevelCount], described('Referred families of the years asked for by current risk level'))
  async riskLevelDistribution(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const [publication, asked] = [await currentPublication(ctx.db), await scope(filter, ctx)];
    return LEVELS.flatMap((level) => {
      const families = publication.over('level', asked, level);
      return families ? [{ level, count: families.count, suppressed: families.suppressed }] : [];
    });
  }

  @Query(() => [ReferralSourceCount], described('Referred families per year by who referred them'))
  async referralSources(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const figures = (await currentPublication(ctx.db)).figures('source', await scope(filter, ctx));
    return order(figures, (cell) => cell.year, (cell) => String(cell.category)).map((cell) => ({ year: cell.year, source: cell.category, ...count(cell) }));
  }

  @Query(() => [TrackDuration], described('How long the dossiers closed in the years asked for (by year of closure) ran, per track'))
  async dossierDurationByTrack(@Arg('filter', filterArg, { nullable: true }) filter: StatisticsFilter | null, @Ctx() ctx: SubgraphContext) {
    const [publication, asked] = [await currentPublication(ctx.db), await scope(filter, ctx)];
    const medians = new Map((await repository.medianDaysByTrack(ctx.db, asked)).map((row) => [row.track, row.medianDays]));
    const tracks = publication.categories('closed', asked) as (number | null)[];
    return order(tracks, (track) => track ?? 99).map((track) => {
      const closed = publication.over('closed', asked, track)!;
      return closed.suppressed
        ? { track, count: null, averageDays: null, medianDays: null, suppressed: true }
        : { track, count: closed.value, averageDays: Math.round(closed.days / closed.value), medianDays: medians.get(track) ?? null, suppressed: false };
    });
  }
}
