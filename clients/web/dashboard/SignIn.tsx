import type { SignedInAs } from '../sign-in';
import type { T } from './i18n';

/** Not signed in (or no longer): the identity provider's sign-in is one button away. */
export function SignIn({ t, prompt, onSignIn }: { t: T; prompt: string; onSignIn: () => void }) {
  return (
    <div className="notice" data-testid="sign-in">
      <p>{prompt}</p>
      <button type="button" onClick={onSignIn}>{t('signIn')}</button>
    </div>
  );
}

/** Who is signed in, and the way out. */
export function SignedIn({ t, who, onSignOut }: { t: T; who: SignedInAs | null; onSignOut: () => void }) {
  return (
    <p className="signed-in" data-testid="signed-in">
      {who && <>{t('signedInAs')} <strong>{who.subject}</strong> ({who.role}, {who.organisation}){' '}</>}
      <button type="button" onClick={onSignOut} data-testid="sign-out">{t('signOut')}</button>
    </p>
  );
}
