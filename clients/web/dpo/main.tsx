import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useLanguage } from '../common/language';
import { PageHeader, SessionNotices, useSession } from '../common/Session';
import '../common/style.css';
import { translate } from './i18n';
import './style.css';
import { PolicyBrowser } from './policy/PolicyBrowser';
import { TrustedDocuments } from './trusted-documents/TrustedDocuments';

/**
 * The data protection officer's page: staff sign in as a DPO (purpose AUDIT) and see what the hub
 * shows them of their region (all regions for the central DPO). Its first section is the trusted
 * documents the applications registered, which the DPO approves or rejects.
 */
function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const { session, startSignIn, endSession, expired } = useSession('AUDIT');

  return (
    <main>
      <PageHeader t={t} title={t('title')} subtitle={t('subtitle')} language={language} session={session} onToggleLanguage={toggleLanguage} onSignOut={endSession} />
      <SessionNotices t={t} session={session} onSignIn={startSignIn} texts={{ opening: t('opening'), signInPrompt: t('signInPrompt'), expired: t('expired') }} />
      {session?.state === 'signed-in' && <TrustedDocuments t={t} language={language} token={session.token} onExpired={expired} />}
      {session?.state === 'signed-in' && <PolicyBrowser language={language} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
