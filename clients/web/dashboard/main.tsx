import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardStatisticsDocument, type DashboardStatisticsQuery } from '../../generated/graphql';
import { HubError, request, SessionExpired } from '../hub-client';
import { currentSession, type Session, sessionExpired, signIn, signOut } from '../sign-in';
import { Figures } from './Figures';
import { type Filter, FIRST_YEAR, Filters } from './Filters';
import { type Language, translate } from './i18n';
import { SignedIn, SignIn } from './SignIn';
import './style.css';

type Statistics = DashboardStatisticsQuery;
type Load = { state: 'loading' } | { state: 'ready'; data: Statistics } | { state: 'failed'; message: string };

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
  const [session, setSession] = useState<Session | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const failed = useCallback((error: unknown) => setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error) }), []);

  // Once, as the page opens: back from the identity provider, already signed in in this tab, or not.
  useEffect(() => {
    currentSession().then(setSession, failed);
  }, [failed]);

  useEffect(() => {
    if (session?.state !== 'signed-in') return;
    let current = true;
    setLoad({ state: 'loading' });
    request(DashboardStatisticsDocument, { filter: { fromYear: filter.fromYear, toYear: filter.toYear, safeHomeId: filter.safeHomeId || null } }, session.token).then(
      (data) => current && setLoad({ state: 'ready', data }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) setSession(sessionExpired());
        else setLoad({ state: 'failed', message: error instanceof HubError || error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [session, filter, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const startSignIn = useCallback(() => void signIn('STATISTICS').catch(failed), [failed]);

  return (
    <main>
      <header>
        <div>
          <h1>{t('title')}</h1>
          <p className="subtitle">{t('subtitle')}</p>
        </div>
        <div className="actions">
          <button type="button" className="language" onClick={toggleLanguage} data-testid="language">
            {t('language')}
          </button>
          {session?.state === 'signed-in' && <SignedIn t={t} who={session.who} onSignOut={() => void signOut().catch(failed)} />}
        </div>
      </header>
      {session === null && <p className="notice" role="status">{t('loading')}</p>}
      {session?.state === 'signed-out' && <SignIn t={t} prompt={t('signInPrompt')} onSignIn={startSignIn} />}
      {session?.state === 'expired' && (
        <div className="notice warning" role="alert" data-testid="expired">
          <p>{t('expired')}</p>
          <button type="button" onClick={startSignIn}>{t('signInAgain')}</button>
        </div>
      )}
      {session?.state === 'failed' && (
        <div className="notice warning" role="alert" data-testid="sign-in-failed">
          <p>{t('signInFailed')} {session.message}</p>
          <button type="button" onClick={startSignIn}>{t('signInAgain')}</button>
        </div>
      )}
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
