import type { DashboardStatisticsQuery } from '../../generated/graphql';
import { formatNumber, type Language, localeOf } from '../common/language';
import { BarChart } from './BarChart';
import { referralSourceLabel, riskLevelLabel, type T } from './i18n';
import { PerSafeHome, trackLabel } from './PerSafeHome';
import { type Cell, chartValue, Count, isWithheld, Section } from './Section';

type Statistics = DashboardStatisticsQuery;

function PerYear({ t, language, id, title, rows }: { t: T; language: Language; id: string; title: string; rows: ({ year?: number | null } & Cell | null)[] }) {
  return (
    <Section
      t={t}
      id={id}
      title={title}
      withheld={rows.some(isWithheld)}
      chart={<BarChart categories={rows.map((row) => String(row?.year))} series={[{ label: title, values: rows.map(chartValue) }]} label={title} locale={localeOf(language)} />}
      table={
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
      }
    />
  );
}

function Children({ t, language, rows }: { t: T; language: Language; rows: Statistics['childrenInvolvement'] }) {
  const years = rows ?? [];
  const withChildren = years.map((row) => (row!.suppressed ? null : row!.withChildren ?? null));
  const without = years.map((row) => (row!.suppressed || row!.families == null || row!.withChildren == null ? null : row!.families - row!.withChildren));
  return (
    <Section
      t={t}
      id="children"
      title={t('children')}
      withheld={years.some((row) => row!.suppressed || row!.families == null)}
      chart={<BarChart categories={years.map((row) => String(row!.year))} series={[{ label: t('withChildren'), values: withChildren }, { label: t('withoutChildren'), values: without }]} stacked label={t('children')} locale={localeOf(language)} />}
      table={
        <table>
          <thead><tr><th>{t('year')}</th><th>{t('families')}</th><th>{t('withChildren')}</th><th>{t('share')}</th></tr></thead>
          <tbody>
            {years.map((row) => (
              <tr key={row!.year} data-year={row!.year}>
                <td>{row!.year}</td>
                <td className="number" data-column="families"><Count t={t} language={language} cell={{ count: row!.families, suppressed: row!.families == null }} /></td>
                <td className="number" data-column="with-children"><Count t={t} language={language} cell={{ count: row!.withChildren, suppressed: row!.suppressed }} /></td>
                <td className="number">{row!.suppressed || row!.share == null ? <Count t={t} language={language} cell={null} /> : `${formatNumber(language, row!.share * 100, 1)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function RiskLevels({ t, language, rows }: { t: T; language: Language; rows: Statistics['riskLevelDistribution'] }) {
  const levels = rows ?? [];
  return (
    <Section
      t={t}
      id="risk-levels"
      title={t('riskLevels')}
      withheld={levels.some(isWithheld)}
      why={t('whyLevelWithheld')}
      chart={<BarChart categories={levels.map((row) => riskLevelLabel(language, row!.level))} series={[{ label: t('riskLevels'), values: levels.map(chartValue) }]} label={t('riskLevels')} locale={localeOf(language)} />}
      table={
        <table>
          <thead><tr><th>{t('level')}</th><th>{t('count')}</th></tr></thead>
          <tbody>{levels.map((row) => <tr key={row!.level} data-level={row!.level}><td>{riskLevelLabel(language, row!.level)}</td><td className="number"><Count t={t} language={language} cell={row} /></td></tr>)}</tbody>
        </table>
      }
    />
  );
}

function ReferralSources({ t, language, rows }: { t: T; language: Language; rows: Statistics['referralSources'] }) {
  const all = rows ?? [];
  const years = [...new Set(all.map((row) => row!.year!))].sort();
  const sources = [...new Set(all.map((row) => row!.source!))].sort((a, b) => referralSourceLabel(language, a).localeCompare(referralSourceLabel(language, b)));
  // A year without a row for a source is a 0 (a query leaves 0s out).
  const cellAt = (source: string, year: number) => all.find((row) => row!.source === source && row!.year === year) ?? { count: 0, suppressed: false };
  return (
    <Section
      t={t}
      id="referral-sources"
      title={t('referralSources')}
      withheld={all.some(isWithheld)}
      chart={<BarChart categories={sources.map((source) => referralSourceLabel(language, source))} series={years.map((year) => ({ label: String(year), values: sources.map((source) => chartValue(cellAt(source, year))) }))} horizontal label={t('referralSources')} locale={localeOf(language)} />}
      table={
        <table>
          <thead><tr><th>{t('source')}</th>{years.map((year) => <th key={year}>{year}</th>)}</tr></thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source} data-source={source}>
                <td>{referralSourceLabel(language, source)}</td>
                {years.map((year) => <td key={year} className="number" data-year={year}><Count t={t} language={language} cell={cellAt(source, year)} /></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function Duration({ t, language, rows }: { t: T; language: Language; rows: Statistics['dossierDurationByTrack'] }) {
  const tracks = rows ?? [];
  const days = (value: number | null | undefined, row: Cell) => (isWithheld(row) || value == null ? null : value);
  return (
    <Section
      t={t}
      id="duration"
      title={t('duration')}
      withheld={tracks.some(isWithheld)}
      chart={
        <BarChart
          categories={tracks.map((row) => trackLabel(t, row!.track))}
          series={[{ label: t('averageDays'), values: tracks.map((row) => days(row!.averageDays, row!)) }, { label: t('medianDays'), values: tracks.map((row) => days(row!.medianDays, row!)) }]}
          label={t('duration')}
          locale={localeOf(language)}
        />
      }
      table={
        <table>
          <thead><tr><th>{t('track')}</th><th>{t('count')}</th><th>{t('averageDays')}</th><th>{t('medianDays')}</th></tr></thead>
          <tbody>
            {tracks.map((row) => (
              <tr key={row!.track} data-track={row!.track ?? 'none'}>
                <td>{trackLabel(t, row!.track)}</td>
                <td className="number"><Count t={t} language={language} cell={row} /></td>
                <td className="number">{days(row!.averageDays, row!) == null ? <Count t={t} language={language} cell={null} /> : formatNumber(language, row!.averageDays!)}</td>
                <td className="number">{days(row!.medianDays, row!) == null ? <Count t={t} language={language} cell={null} /> : formatNumber(language, row!.medianDays!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Every section of the dashboard, each a chart and a table, over the years shown; `asked`: the filter it answers (for a reader to know it is current). */
export function Figures({ t, language, data, years, asked }: { t: T; language: Language; data: Statistics; years: number[]; asked: string }) {
  return (
    <div className="figures" data-testid="figures" data-asked={asked}>
      <PerYear t={t} language={language} id="referred-families" title={t('referredFamilies')} rows={data.referredFamiliesPerYear ?? []} />
      <PerYear t={t} language={language} id="consults" title={t('consults')} rows={data.consultsPerYear ?? []} />
      <PerSafeHome t={t} language={language} data={data} years={years} />
      <Children t={t} language={language} rows={data.childrenInvolvement} />
      <RiskLevels t={t} language={language} rows={data.riskLevelDistribution} />
      <ReferralSources t={t} language={language} rows={data.referralSources} />
      <Duration t={t} language={language} rows={data.dossierDurationByTrack} />
    </div>
  );
}
