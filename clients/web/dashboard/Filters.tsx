import type { DashboardStatisticsQuery } from '../../generated/graphql';
import type { T } from './i18n';

export interface Filter {
  /** Null: the first (last) year the statistics hold. */
  fromYear: number | null;
  toYear: number | null;
  safeHomeId: string;
}

/** The years the statistics hold (referred families or consults, all of Flanders), oldest first. */
export const yearsOfData = (data: DashboardStatisticsQuery) =>
  [...new Set([...(data.yearsOfFamilies ?? []), ...(data.yearsOfConsults ?? [])].map((row) => row!.year!))].sort((a, b) => a - b);

/** The filter's years, an open end at the data's bound. */
export const rangeOf = (filter: Filter, years: number[]) => ({ fromYear: filter.fromYear ?? years[0] ?? null, toYear: filter.toYear ?? years[years.length - 1] ?? null });

/** Year range (within the years the statistics hold) and Safe Home; the range can never be inverted (moving one end moves the other). */
export function Filters({ t, filter, years, onChange, safeHomes }: { t: T; filter: Filter; years: number[]; onChange: (next: Filter) => void; safeHomes: DashboardStatisticsQuery['safeHomes'] | null }) {
  const { fromYear, toYear } = rangeOf(filter, years);
  const yearOptions = years.map((year) => <option key={year} value={year}>{year}</option>);
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('fromYear')}
        <select data-testid="from-year" value={fromYear ?? ''} disabled={!years.length} onChange={(event) => onChange({ ...filter, fromYear: Number(event.target.value), toYear: Math.max(toYear ?? 0, Number(event.target.value)) })}>
          {yearOptions}
        </select>
      </label>
      <label>
        {t('toYear')}
        <select data-testid="to-year" value={toYear ?? ''} disabled={!years.length} onChange={(event) => onChange({ ...filter, toYear: Number(event.target.value), fromYear: Math.min(fromYear ?? Infinity, Number(event.target.value)) })}>
          {yearOptions}
        </select>
      </label>
      <label>
        {t('safeHome')}
        <select data-testid="safe-home" value={filter.safeHomeId} onChange={(event) => onChange({ ...filter, safeHomeId: event.target.value })}>
          <option value="">{t('allSafeHomes')}</option>
          {(safeHomes ?? []).map((home) => <option key={home!.id} value={home!.id}>{home!.name}</option>)}
          {!safeHomes && filter.safeHomeId && <option value={filter.safeHomeId}>{filter.safeHomeId}</option>}
        </select>
      </label>
    </form>
  );
}
