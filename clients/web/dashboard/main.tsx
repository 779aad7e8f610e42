import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardStatisticsDocument, type DashboardStatisticsQuery } from '../../generated/graphql';
import { useLanguage } from '../common/language';
import { PageHeader, SessionNotices, useSession } from '../common/Session';
import '../common/style.css';
import { HubError, request, SessionExpired } from '../hub-client';
import { Figures } from './Figures';
import { type Filter, Filters, rangeOf, yearsOfData } from './Filters';
import { translate } from './i18n';
import './style.css';

type Statistics = DashboardStatisticsQuery;
type Asked = ReturnType<typeof rangeOf> & { safeHomeId: string };
type Load = { state: 'loading' } | { state: 'ready'; data: Statistics; asked: Asked } | { state: 'failed'; message: string };

function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const [filter, setFilter] = useState<Filter>({ fromYear: null, toYear: null, safeHomeId: '' });
  // The years the statistics hold, from the last answer (kept while the next one loads).
  const [years, setYears] = useState<number[]>([]);
  const range = rangeOf(filter, years);
  const { session, startSignIn, endSession, expired } = useSession('STATISTICS');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (session?.state !== 'signed-in') return;
    let current = true;
    setLoad({ state: 'loading' });
    const asked: Asked = { fromYear: range.fromYear, toYear: range.toYear, safeHomeId: filter.safeHomeId };
    request(DashboardStatisticsDocument, { filter: { ...asked, safeHomeId: asked.safeHomeId || null } }, session.token).then(
      (data) => {
        if (!current) return;
        setYears(yearsOfData(data));
        setLoad({ state: 'ready', data, asked });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) expired();
        else setLoad({ state: 'failed', message: error instanceof HubError || error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [session, range.fromYear, range.toYear, filter.safeHomeId, attempt, expired]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <main>
      <PageHeader t={t} title={t('title')} subtitle={t('subtitle')} language={language} session={session} onToggleLanguage={toggleLanguage} onSignOut={endSession} />
      <SessionNotices t={t} session={session} onSignIn={startSignIn} texts={{ opening: t('loading'), signInPrompt: t('signInPrompt'), expired: t('expired') }} />
      {session?.state === 'signed-in' && (
        <>
          <Filters t={t} filter={filter} years={years} onChange={setFilter} safeHomes={load.state === 'ready' ? load.data.safeHomes ?? [] : null} />
          {load.state === 'loading' && <p className="notice" role="status">{t('loading')}</p>}
          {load.state === 'failed' && (
            <div className="notice warning" role="alert" data-testid="failed">
              <p>{t('failed')} {load.message}</p>
              <button type="button" onClick={retry}>{t('retry')}</button>
            </div>
          )}
          {load.state === 'ready' && <Figures t={t} language={language} data={load.data} years={years.filter((year) => year >= (load.asked.fromYear ?? year) && year <= (load.asked.toYear ?? year))} asked={`${load.asked.fromYear ?? ''}-${load.asked.toYear ?? ''} ${load.asked.safeHomeId}`.trim()} />}
        </>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
