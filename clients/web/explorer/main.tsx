import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { currentSession, type Session, signIn, signOut } from '../sign-in';

/**
 * GraphiQL for partner developers and staff, bundled from npm and served by the hub (no CDN). Every
 * request needs a token: staff sign in above it, for a purpose; a partner developer puts an
 * application's token in the Headers tab (in development: npm run token -- --client <application>).
 */

const purposes = ['CASE_MANAGEMENT', 'CASE_CONSULTATION', 'RISK_ASSESSMENT', 'REFERRAL', 'STATISTICS', 'AUDIT'];

const defaultQuery = `# The Safe Home hub. Every request needs a token:
# staff sign in above, for a purpose; an application's
# token goes in the Headers tab below. In development:
#   npm run token -- --client limburg-police-app
#     --purpose CASE_CONSULTATION
# What the policy withholds from you is null,
# with a FORBIDDEN error that says why.

query Dossier {
  dossier(code: "LIMB6024") {
    code
    status
    track
    persons {
      role
      person {
        givenName
        familyName
      }
    }
    currentRiskLevel
  }
}
`;

/** The Authorization header of the Headers tab, once its JSON parses. */
function authorizationIn(headers: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(headers);
    if (!parsed || typeof parsed !== 'object') return undefined;
    const value = Object.entries(parsed).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Sends the signed-in staff member's token, unless the Headers tab holds a token of its own (not the placeholder). */
function withSession(token: string | undefined): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (token && !/^Bearer [\w.-]+$/.test(headers.get('authorization') ?? '')) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

/** Staff sign in here, for the purpose they choose; signed in, the page sends their token unless the Headers tab names another. */
function SignInBar({ session, onFailure }: { session: Session | null; onFailure: (error: unknown) => void }) {
  const [purpose, setPurpose] = useState(purposes[1]);
  if (session?.state === 'signed-in') {
    const { who } = session;
    return (
      <div className="sign-in-bar" data-testid="signed-in">
        {who && <>Signed in as <strong>{who.subject}</strong> ({who.role}, {who.organisation}) for {who.purpose}{' '}</>}
        <button type="button" onClick={() => void signOut().catch(onFailure)}>Sign out</button>
      </div>
    );
  }
  return (
    <form className="sign-in-bar" onSubmit={(event) => (event.preventDefault(), void signIn(purpose).catch(onFailure))}>
      {session?.state === 'expired' && <span role="alert">Your session has expired. </span>}
      {session?.state === 'failed' && <span role="alert">Signing in failed: {session.message} </span>}
      <label>
        Staff: sign in for the purpose{' '}
        <select value={purpose} onChange={(event) => setPurpose(event.target.value)}>
          {purposes.map((value) => <option key={value}>{value}</option>)}
        </select>
      </label>{' '}
      <button type="submit">Sign in</button>
    </form>
  );
}

/**
 * The schema (docs panel, completion) comes from introspection, which needs the token too: a new
 * fetcher whenever the token changes (signing in, or the Headers tab) makes GraphiQL fetch the schema again with it.
 */
function Explorer() {
  const [session, setSession] = useState<Session | null>(null);
  const [authorization, setAuthorization] = useState<string>();
  useEffect(() => {
    currentSession().then(setSession, (error: unknown) => setSession({ state: 'failed', message: String(error) }));
  }, []);
  const onFailure = (error: unknown) => setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  const token = session?.state === 'signed-in' ? session.token : undefined;
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: withSession(token) }), [token, authorization]);
  return (
    <>
      <SignInBar session={session} onFailure={onFailure} />
      <GraphiQL
        fetcher={fetcher}
        onEditHeaders={(headers) => setAuthorization(authorizationIn(headers))}
        defaultQuery={defaultQuery}
        defaultHeaders={token ? '{}' : '{\n  "Authorization": "Bearer <paste your token>"\n}'}
        defaultEditorToolsVisibility="headers"
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
