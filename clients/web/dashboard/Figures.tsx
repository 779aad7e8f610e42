import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { DashboardStatisticsQuery } from '../../generated/graphql';
import { BarChart } from './BarChart';
import { type Filter, years } from './Filters';
import { formatNumber, type Language, localeOf } from '../common/language';
import type { T } from './i18n';

type Statistics = DashboardStatisticsQuery;

interface Cell {
  count?: number | null;
  suppressed?: boolean | null;
}

/** A count, or the mark of a withheld small cell. */
function Count({ t, language, cell }: { t: T; language: Language; cell: Cell | null | undefined }) {
  if (!cell || cell.suppressed || cell.count == null) {
    return <span className="suppressed" title={t('suppressedHelp')} data-suppressed="true">{t('suppressed')}</span>;
  }
  return <span data-value={cell.count}>{formatNumber(language, cell.count)}</span>;
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section data-testid={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function PerYear({ t, language, id, title, rows }: { t: T; language: Language; id: string; title: string; rows: ({ year?: number | null } & Cell | null)[] }) {
  const series = useMemo(() => [{ label: title, values: rows.map((row) => (row?.suppressed ? null : row?.count ?? null)) }], [rows, title]);
  const categories = useMemo(() => rows.map((row) => String(row?.year)), [rows]);
  return (
    <Section id={id} title={title}>
      <BarChart categories={categories} series={series} label={title} locale={localeOf(language)} />
      <table>
        <thead><tr><th>{t('year')}</th><th>{t('count')}</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row?.year} data-year={row?.year}>
              <td>{row?.year}</td>
              <td className="number"><Count t={t} language={language} cell={row} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

const trackLabel = (t: T, track: number | null | undefined) => (track == null ? t('trackNone') : `${t('track')} ${track}`);

export function Figures({ t, language, data, filter }: { t: T; language: Language; data: Statistics; filter: Filter }) {
  const names = new Map((data.safeHomes ?? []).map((home) => [home!.id, home!.name ?? home!.id]));
  const cells = data.referredFamilies ?? [];
  // Years of the range that have figures (a year not yet begun, or not yet counted, is left out, not shown as zeros).
  const shownYears = years.filter((year) => year >= filter.fromYear && year <= filter.toYear && cells.some((cell) => cell!.year === year));
  const homes = [...new Set(cells.map((cell) => cell!.safeHome?.id ?? ''))].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  const tracks = [...new Set(cells.map((cell) => cell!.track ?? null))].sort((a, b) => (a ?? 99) - (b ?? 99));
  const cellAt = (home: string, track: number | null, year: number) => cells.find((cell) => cell!.safeHome?.id === home && (cell!.track ?? null) === track && cell!.year === year);
  const lastYear = shownYears[shownYears.length - 1];
  const trackSeries = tracks.map((track) => ({
    label: trackLabel(t, track),
    values: homes.map((home) => {
      const cell = cellAt(home, track, lastYear);
      return cell && !cell.suppressed ? cell.count ?? null : null;
    }),
  }));
  const levels = data.riskLevelDistribution ?? [];
  const levelSeries = [{ label: t('riskLevels'), values: levels.map((row) => (row!.suppressed ? null : row!.count ?? null)) }];
  const sourceYears = [...new Set((data.referralSources ?? []).map((row) => row!.year!))].sort();
  const sources = [...new Set((data.referralSources ?? []).map((row) => row!.source!))].sort();

  return (
    <div className="figures">
      <PerYear t={t} language={language} id="referred-families" title={t('referredFamilies')} rows={data.referredFamiliesPerYear ?? []} />
      <PerYear t={t} language={language} id="consults" title={t('consults')} rows={data.consultsPerYear ?? []} />
      <Section id="per-safe-home" title={t('perSafeHomeAndTrack')}>
        <BarChart categories={homes.map((home) => names.get(home) ?? home)} series={trackSeries} stacked label={`${t('perSafeHomeAndTrack')} ${lastYear}`} locale={localeOf(language)} />
        <p className="caption">{lastYear}</p>
        <table>
          <thead><tr><th>{t('safeHome')}</th><th>{t('track')}</th>{shownYears.map((year) => <th key={year}>{year}</th>)}</tr></thead>
          <tbody>
            {homes.flatMap((home) => tracks.map((track) => (
              <tr key={`${home}-${track}`} data-safe-home={home} data-track={track ?? 'none'}>
                <td>{names.get(home) ?? home}</td>
                <td>{trackLabel(t, track)}</td>
                {shownYears.map((year) => <td key={year} className="number"><Count t={t} language={language} cell={cellAt(home, track, year) ?? { count: 0, suppressed: false }} /></td>)}
              </tr>
            )))}
          </tbody>
        </table>
      </Section>
      <Section id="children" title={t('children')}>
        <table>
          <thead><tr><th>{t('year')}</th><th>{t('families')}</th><th>{t('withChildren')}</th><th>{t('share')}</th></tr></thead>
          <tbody>
            {(data.childrenInvolvement ?? []).map((row) => (
              <tr key={row!.year} data-year={row!.year}>
                <td>{row!.year}</td>
                <td className="number"><Count t={t} language={language} cell={{ count: row!.families, suppressed: row!.families == null }} /></td>
                <td className="number"><Count t={t} language={language} cell={{ count: row!.withChildren, suppressed: row!.suppressed }} /></td>
                <td className="number">{row!.suppressed || row!.share == null ? <Count t={t} language={language} cell={null} /> : `${formatNumber(language, row!.share * 100, 1)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="risk-levels" title={t('riskLevels')}>
        <BarChart categories={levels.map((row) => row!.level ?? '')} series={levelSeries} label={t('riskLevels')} locale={localeOf(language)} />
        <table>
          <thead><tr><th>{t('level')}</th><th>{t('count')}</th></tr></thead>
          <tbody>{levels.map((row) => <tr key={row!.level}><td>{row!.level}</td><td className="number"><Count t={t} language={language} cell={row} /></td></tr>)}</tbody>
        </table>
      </Section>
      <Section id="referral-sources" title={t('referralSources')}>
        <table>
          <thead><tr><th>{t('source')}</th>{sourceYears.map((year) => <th key={year}>{year}</th>)}</tr></thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source} data-source={source}>
                <td>{source}</td>
                {sourceYears.map((year) => <td key={year} className="number"><Count t={t} language={language} cell={(data.referralSources ?? []).find((row) => row!.source === source && row!.year === year) ?? { count: 0 }} /></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="duration" title={t('duration')}>
        <table>
          <thead><tr><th>{t('track')}</th><th>{t('count')}</th><th>{t('averageDays')}</th><th>{t('medianDays')}</th></tr></thead>
          <tbody>
            {(data.dossierDurationByTrack ?? []).map((row) => (
              <tr key={row!.track}>
                <td>{trackLabel(t, row!.track)}</td>
                <td className="number"><Count t={t} language={language} cell={row} /></td>
                <td className="number">{row!.suppressed || row!.averageDays == null ? <Count t={t} language={language} cell={null} /> : formatNumber(language, row!.averageDays)}</td>
                <td className="number">{row!.suppressed || row!.medianDays == null ? <Count t={t} language={language} cell={null} /> : formatNumber(language, row!.medianDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}

