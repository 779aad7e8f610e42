import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardStatisticsDocument, type DashboardStatisticsQuery } from '../../generated/graphql';
import { useLanguage } from '../common/language';
import { PageHeader, SessionNotices, useSession } from '../common/Session';
import '../common/style.css';
import { HubError, request, SessionExpired } from '../hub-client';
import { Figures } from './Figures';
import { type Filter, FIRST_YEAR, Filters } from './Filters';
import { translate } from './i18n';
import './style.css';

type Statistics = DashboardStatisticsQuery;
type Load = { state: 'loading' } | { state: 'ready'; data: Statistics } | { state: 'failed'; message: string };

const thisYear = new Date().getFullYear();

function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const [filter, setFilter] = useState<Filter>({ fromYear: FIRST_YEAR, toYear: thisYear, safeHomeId: '' });
  const { session, startSignIn, endSession, expired } = useSession('STATISTICS');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (session?.state !== 'signed-in') return;
    let current = true;
    setLoad({ state: 'loading' });
    request(DashboardStatisticsDocument, { filter: { fromYear: filter.fromYear, toYear: filter.toYear, safeHomeId: filter.safeHomeId || null } }, session.token).then(
      (data) => current && setLoad({ state: 'ready', data }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) expired();
        else setLoad({ state: 'failed', message: error instanceof HubError || error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [session, filter, attempt, expired]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <main>
      <PageHeader t={t} title={t('title')} subtitle={t('subtitle')} language={language} session={session} onToggleLanguage={toggleLanguage} onSignOut={endSession} />
      <SessionNotices t={t} session={session} onSignIn={startSignIn} texts={{ opening: t('loading'), signInPrompt: t('signInPrompt'), expired: t('expired') }} />
      {session?.state === 'signed-in' && (
        <>
          <Filters t={t} filter={filter} onChange={setFilter} safeHomes={load.state === 'ready' ? load.data.safeHomes ?? [] : null} />
          {load.state === 'loading' && <p className="notice" role="status">{t('loading')}</p>}
          {load.state === 'failed' && (
            <div className="notice warning" role="alert" data-testid="failed">
              <p>{t('failed')} {load.message}</p>
              <button type="button" onClick={retry}>{t('retry')}</button>
            </div>
          )}
          {load.state === 'ready' && <Figures t={t} language={language} data={load.data} filter={filter} />}
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
