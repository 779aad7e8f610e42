import { useCallback, useEffect, useState } from 'react';
import { currentSession, type Session, sessionExpired, type SignedInAs, signIn, signOut } from '../sign-in';
import type { Language } from './language';
import type { SessionLabel } from './session-labels';

type T = (label: SessionLabel) => string;

/**
 * A page's session with the identity provider: where it stands as the page opens (back from
 * signing in, signed in, its token run out, not signed in), and the ways to change it.
 */
export function useSession(purpose: string) {
  const [session, setSession] = useState<Session | null>(null);
  const failed = useCallback((error: unknown) => setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error) }), []);
  useEffect(() => {
    currentSession().then(setSession, failed);
  }, [failed]);
  return {
    session,
    startSignIn: useCallback(() => void signIn(purpose).catch(failed), [purpose, failed]),
    endSession: useCallback(() => void signOut().catch(failed), [failed]),
    /** The hub refused the token: the page asks to sign in again. */
    expired: useCallback(() => setSession(sessionExpired()), []),
  };
}

/** What the page says while it is not signed in: opening, a sign-in button, an expired session, a failed sign-in. */
export function SessionNotices({ t, session, onSignIn, texts }: { t: T; session: Session | null; onSignIn: () => void; texts: { opening: string; signInPrompt: string; expired: string } }) {
  if (session === null) return <p className="notice" role="status">{texts.opening}</p>;
  if (session.state === 'signed-out') {
    return (
      <div className="notice" data-testid="sign-in">
        <p>{texts.signInPrompt}</p>
        <button type="button" onClick={onSignIn}>{t('signIn')}</button>
      </div>
    );
  }
  if (session.state === 'expired') {
    return (
      <div className="notice warning" role="alert" data-testid="expired">
        <p>{texts.expired}</p>
        <button type="button" onClick={onSignIn}>{t('signInAgain')}</button>
      </div>
    );
  }
  if (session.state === 'failed') {
    return (
      <div className="notice warning" role="alert" data-testid="sign-in-failed">
        <p>{t('signInFailed')} {session.message}</p>
        <button type="button" onClick={onSignIn}>{t('signInAgain')}</button>
      </div>
    );
  }
  return null;
}

/** A page's header: its title and what it is for, the language switch, and who is signed in with the way out. */
export function PageHeader({ t, title, subtitle, language, session, onToggleLanguage, onSignOut }: {
  t: T; title: string; subtitle: string; language: Language; session: Session | null; onToggleLanguage: () => void; onSignOut: () => void;
}) {
  return (
    <header>
      <div>
        <h1>{title}</h1>
        <p className="subtitle">{subtitle}</p>
      </div>
      <div className="actions">
        <button type="button" className="language" lang={language === 'nl' ? 'en' : 'nl'} onClick={onToggleLanguage} data-testid="language">
          {t('language')}
        </button>
        {session?.state === 'signed-in' && <SignedIn t={t} who={session.who} onSignOut={onSignOut} />}
      </div>
    </header>
  );
}

function SignedIn({ t, who, onSignOut }: { t: T; who: SignedInAs | null; onSignOut: () => void }) {
  return (
    <p className="signed-in" data-testid="signed-in">
      {who && <>{t('signedInAs')} <strong>{who.subject}</strong> ({who.role}, {who.organisation}){' '}</>}
      <button type="button" onClick={onSignOut} data-testid="sign-out">{t('signOut')}</button>
    </p>
  );
}
