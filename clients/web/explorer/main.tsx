import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * GraphiQL for partner developers, bundled from npm and served by the hub (no CDN). Every request
 * needs a token in the Headers tab; in development: npm run token -- --org <organisation> --role <ROLE> --purpose <PURPOSE>.
 */

const defaultQuery = `# The Safe Home hub. Every request needs your token:
# put it in the Headers tab below. In development:
#   npm run token -- --org limburg-police
#     --role POLICE_LIAISON --purpose CASE_CONSULTATION
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

/**
 * The schema (docs panel, completion) comes from introspection, which needs the token too: a new
 * fetcher whenever the token in the Headers tab changes makes GraphiQL fetch the schema again with it.
 */
function Explorer() {
  const [authorization, setAuthorization] = useState<string>();
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql' }), [authorization]);
  return (
    <GraphiQL
      fetcher={fetcher}
      onEditHeaders={(headers) => setAuthorization(authorizationIn(headers))}
      defaultQuery={defaultQuery}
      defaultHeaders={'{\n  "Authorization": "Bearer <paste your token>"\n}'}
      defaultEditorToolsVisibility="headers"
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
