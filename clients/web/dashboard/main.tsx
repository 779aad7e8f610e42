import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardStatisticsDocument, type DashboardStatisticsQuery } from '../../generated/graphql';
import { HubError, request, SessionExpired } from '../hub-client';
import { BarChart } from './BarChart';
import { formatNumber, type Label, type Language, localeOf, translate } from './i18n';
import { dashboardToken, forgetToken, rememberToken } from './session';
import './style.css';

type Statistics = DashboardStatisticsQuery;
type Load = { state: 'loading' } | { state: 'ready'; data: Statistics } | { state: 'expired' } | { state: 'sign-in' } | { state: 'failed'; message: string };

const FIRST_YEAR = 2022;
const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

interface Cell {
  count?: number | null;
  suppressed?: boolean | null;
}

function useLanguage(): [Language, () => void] {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('safe-home-language') as Language | null) ?? 'nl');
  useEffect(() => {
    localStorage.setItem('safe-home-language', language);
    document.documentElement.lang = language;
  }, [language]);
  return [language, () => setLanguage(language === 'nl' ? 'en' : 'nl')];
}

function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const [filter, setFilter] = useState({ fromYear: FIRST_YEAR, toYear: thisYear, safeHomeId: '' });
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    (async () => {
      const token = await dashboardToken();
      if (!token) return { state: 'sign-in' } as const;
      const data = await request(DashboardStatisticsDocument, { filter: { fromYear: filter.fromYear, toYear: filter.toYear, safeHomeId: filter.safeHomeId || null } }, token);
      return { state: 'ready', data } as const;
    })().then(
      (result) => current && setLoad(result),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) {
          forgetToken();
          setLoad({ state: 'expired' });
        } else setLoad({ state: 'failed', message: error instanceof HubError || error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [filter, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <main>
      <header>
        <div>
          <h1>{t('title')}</h1>
          <p className="subtitle">{t('subtitle')}</p>
        </div>
        <button type="button" className="language" onClick={toggleLanguage} data-testid="language">
          {t('language')}
        </button>
      </header>
      <Filters t={t} filter={filter} onChange={setFilter} safeHomes={load.state === 'ready' ? load.data.safeHomes ?? [] : null} />
      {load.state === 'loading' && <p className="notice" role="status">{t('loading')}</p>}
      {load.state === 'expired' && (
        <div className="notice warning" role="alert" data-testid="expired">
          <p>{t('expired')}</p>
          <button type="button" onClick={retry}>{t('reload')}</button>
        </div>
      )}
      {load.state === 'failed' && (
        <div className="notice warning" role="alert" data-testid="failed">
          <p>{t('failed')} {load.message}</p>
          <button type="button" onClick={retry}>{t('retry')}</button>
        </div>
      )}
      {load.state === 'sign-in' && <SignIn t={t} onToken={(token) => (rememberToken(token), retry())} />}
      {load.state === 'ready' && <Figures t={t} language={language} data={load.data} filter={filter} />}
    </main>
  );
}

type T = (label: Label) => string;

function Filters({ t, filter, onChange, safeHomes }: { t: T; filter: { fromYear: number; toYear: number; safeHomeId: string }; onChange: (next: typeof filter) => void; safeHomes: Statistics['safeHomes'] | null }) {
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

function SignIn({ t, onToken }: { t: T; onToken: (token: string) => void }) {
  const [token, setToken] = useState('');
  return (
    <form className="notice" onSubmit={(event) => (event.preventDefault(), token && onToken(token))}>
      <p>{t('signIn')}</p>
      <textarea value={token} onChange={(event) => setToken(event.target.value)} rows={4} />
      <button type="submit">{t('useToken')}</button>
    </form>
  );
}

/** A count, or the mark of a withheld small cell. */
function Count({ t, language, cell }: { t: T; language: Language; cell: Cell | null | undefined }) {
  if (!cell || cell.suppressed || cell.count == null) {
    return <span className="suppressed" title={t('suppressedHelp')} data-suppressed="true">{t('suppressed')}</span>;
  }
  return <span data-value={cell.count}>{formatNumber(language, cell.count)}</span>;
}

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
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

function Figures({ t, language, data, filter }: { t: T; language: Language; data: Statistics; filter: { fromYear: number; toYear: number } }) {
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
