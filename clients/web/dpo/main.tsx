import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useLanguage } from '../common/language';
import { PageHeader, SessionNotices, useSession } from '../common/Session';
import '../common/style.css';
import type { SignedInAs } from '../sign-in';
import { SubjectAccessReport } from './access-report/SubjectAccessReport';
import { BreakGlassQueue } from './break-glass/BreakGlassQueue';
import { ChainStatus } from './chain/ChainStatus';
import { DisclosureLog } from './disclosure-log/DisclosureLog';
import { fill, type T, translate } from './i18n';
import { sections, useSection } from './sections';
import './style.css';
import { PolicyBrowser } from './policy/PolicyBrowser';
import { TrustedDocuments } from './trusted-documents/TrustedDocuments';

/** Whose lines the DPO sees: the hub decides it (its region's, all for the central DPO); the page says it. */
function Scope({ t, who }: { t: T; who: SignedInAs | null }) {
  if (!who) return null;
  return <p className="scope" data-testid="scope">{who.role === 'CENTRAL_DPO' ? t('regionAll') : fill(t('regionOwn'), { organisation: who.organisation })}</p>;
}

/**
 * The data protection officer's console: staff sign in as a DPO (purpose AUDIT) and see what the
 * hub shows them of their region (all regions for the central DPO): the disclosure log, the chain's
 * status, the break-glass queue, a person's subject-access report, and the trusted documents the
 * applications registered, one section at a time.
 */
function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const { session, startSignIn, endSession, expired } = useSession('AUDIT');
  const [section, showSection] = useSection();
  const [reportFor, setReportFor] = useState('');
  const signedIn = session?.state === 'signed-in' ? session : null;
  const common = signedIn && { t, language, token: signedIn.token, onExpired: expired };

  return (
    <main>
      <PageHeader t={t} title={t('title')} subtitle={t('subtitle')} language={language} session={session} onToggleLanguage={toggleLanguage} onSignOut={endSession} />
      <SessionNotices t={t} session={session} onSignIn={startSignIn} texts={{ opening: t('opening'), signInPrompt: t('signInPrompt'), expired: t('expired') }} />
      {signedIn && common && (
        <>
          <nav className="sections" aria-label={t('sections')} data-testid="sections">
            <ul>
              {sections.map(({ id, label }) => (
                <li key={id}><a href={`#${id}`} aria-current={id === section ? 'page' : undefined} data-testid={`nav-${id}`}>{t(label)}</a></li>
              ))}
            </ul>
          </nav>
          {section !== 'policy' && section !== 'chain' && <Scope t={t} who={signedIn.who} />}
          {section === 'log' && (
            <DisclosureLog
              {...common}
              onReport={(personId) => {
                setReportFor(personId);
                showSection('report');
              }}
            />
          )}
          {section === 'chain' && <ChainStatus {...common} />}
          {section === 'break-glass' && <BreakGlassQueue {...common} />}
          {section === 'report' && <SubjectAccessReport {...common} who={signedIn.who} personId={reportFor} />}
          {section === 'documents' && <TrustedDocuments {...common} />}
          {section === 'policy' && <PolicyBrowser language={language} />}
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
