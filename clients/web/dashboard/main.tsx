import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardStatisticsDocument, type DashboardStatisticsQuery } from '../../generated/graphql';
import { HubError, request, SessionExpired } from '../hub-client';
import { Figures } from './Figures';
import { type Filter, FIRST_YEAR, Filters } from './Filters';
import { type Language, translate } from './i18n';
import { SignIn } from './SignIn';
import { dashboardToken, forgetToken, rememberToken } from './session';
import './style.css';

type Statistics = DashboardStatisticsQuery;
type Load = { state: 'loading' } | { state: 'ready'; data: Statistics } | { state: 'expired' } | { state: 'sign-in' } | { state: 'failed'; message: string };

const thisYear = new Date().getFullYear();

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
  const [filter, setFilter] = useState<Filter>({ fromYear: FIRST_YEAR, toYear: thisYear, safeHomeId: '' });
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
