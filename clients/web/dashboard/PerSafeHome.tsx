import type { DashboardStatisticsQuery } from '../../generated/graphql';
import { type Language, localeOf } from '../common/language';
import { BarChart } from './BarChart';
import type { T } from './i18n';
import { chartValue, Count, isWithheld, Section, sumOf } from './Section';

export const trackLabel = (t: T, track: number | null | undefined) => (track == null ? t('trackNone') : `${t('track')} ${track}`);

/** Referred families per Safe Home and track, year by year and over all the years shown (the chart shows the latter). */
export function PerSafeHome({ t, language, data, years }: { t: T; language: Language; data: DashboardStatisticsQuery; years: number[] }) {
  const names = new Map((data.safeHomes ?? []).map((home) => [home!.id, home!.name ?? home!.id]));
  const cells = data.referredFamilies ?? [];
  const shownYears = years.filter((year) => cells.some((cell) => cell!.year === year));
  const homes = [...new Set(cells.map((cell) => cell!.safeHome?.id ?? ''))].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  const tracks = [...new Set(cells.map((cell) => cell!.track ?? null))].sort((a, b) => (a ?? 99) - (b ?? 99));
  // A year without a cell for a Safe Home and track is a 0 (a query leaves 0s out).
  const cellAt = (home: string, track: number | null, year: number) =>
    cells.find((cell) => cell!.safeHome?.id === home && (cell!.track ?? null) === track && cell!.year === year) ?? { count: 0, suppressed: false };
  const together = (home: string, track: number | null) => sumOf(shownYears.map((year) => cellAt(home, track, year)));
  const series = tracks.map((track) => ({ label: trackLabel(t, track), values: homes.map((home) => chartValue(together(home, track))) }));
  const span = shownYears.length > 1 ? `${shownYears[0]}–${shownYears[shownYears.length - 1]}` : String(shownYears[0] ?? '');
  const title = t('perSafeHomeAndTrack');
  return (
    <Section
      t={t}
      id="per-safe-home"
      title={title}
      withheld={cells.some(isWithheld)}
      chart={<><BarChart categories={homes.map((home) => names.get(home) ?? home)} series={series} stacked horizontal label={`${title}, ${span}`} locale={localeOf(language)} /><p className="caption" data-testid="per-safe-home-span">{span}</p></>}
      table={
        <table>
          <thead><tr><th>{t('safeHome')}</th><th className="text">{t('track')}</th>{shownYears.map((year) => <th key={year}>{year}</th>)}<th>{t('yearsTotal')} {span}</th></tr></thead>
          <tbody>
            {homes.flatMap((home) => tracks.map((track) => (
              <tr key={`${home}-${track}`} data-safe-home={home} data-track={track ?? 'none'}>
                <td>{names.get(home) ?? home}</td>
                <td>{trackLabel(t, track)}</td>
                {shownYears.map((year) => <td key={year} className="number" data-year={year}><Count t={t} language={language} cell={cellAt(home, track, year)} /></td>)}
                <td className="number" data-together="true"><Count t={t} language={language} cell={together(home, track)} /></td>
              </tr>
            )))}
          </tbody>
        </table>
      }
    />
  );
}
