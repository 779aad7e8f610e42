import type { DashboardStatisticsQuery } from '../../generated/graphql';
import type { T } from './i18n';

export const FIRST_YEAR = 2022;
export const years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

export interface Filter {
  fromYear: number;
  toYear: number;
  safeHomeId: string;
}

/** Year range and Safe Home; the range can never be inverted (moving one end moves the other). */
export function Filters({ t, filter, onChange, safeHomes }: { t: T; filter: Filter; onChange: (next: Filter) => void; safeHomes: DashboardStatisticsQuery['safeHomes'] | null }) {
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('fromYear')}
        <select data-testid="from-year" value={filter.fromYear} onChange={(event) => onChange({ ...filter, fromYear: Number(event.target.value), toYear: Math.max(filter.toYear, Number(event.target.value)) })}>
          {years.map((year) => <option key={year} value={year}>{year}</option>)}
        </select>
      </label>
      <label>
        {t('toYear')}
        <select data-testid="to-year" value={filter.toYear} onChange={(event) => onChange({ ...filter, toYear: Number(event.target.value), fromYear: Math.min(filter.fromYear, Number(event.target.value)) })}>
          {years.map((year) => <option key={year} value={year}>{year}</option>)}
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

