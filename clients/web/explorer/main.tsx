import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * GraphiQL for partner developers, bundled from npm and served by the hub (no CDN). Every request
 * needs a token in the Headers tab; in development: npm run token -- --org <organisation> --role <ROLE> --purpose <PURPOSE>.
 */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultHeaders={'{\n  "Authorization": "Bearer <paste your token>"\n}'} defaultEditorToolsVisibility="headers" />
  </StrictMode>,
);
