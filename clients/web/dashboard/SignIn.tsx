import { useState } from 'react';
import type { T } from './i18n';

/** Without a development issuer the page asks for a token from the organisation's identity provider. */
export function SignIn({ t, onToken }: { t: T; onToken: (token: string) => void }) {
  const [token, setToken] = useState('');
  return (
    <form className="notice" onSubmit={(event) => (event.preventDefault(), token && onToken(token))}>
      <p>{t('signIn')}</p>
      <textarea value={token} onChange={(event) => setToken(event.target.value)} rows={4} />
      <button type="submit">{t('useToken')}</button>
    </form>
  );
}

