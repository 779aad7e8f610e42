import { documentIdOf } from '../document-id';
import { OpenDossiersWithRiskDocument, OpenDossiersWithRiskQuery, OpenDossiersWithRiskQueryVariables } from '../generated/graphql';

/**
 * An example partner application built on the generated typed client: a police system that lists
 * its region's open high-risk dossiers, sending its registered, DPO-approved document by id. The
 * hub only gives a risk level for dossiers whose case consultation the police take part in; for
 * the others it answers FORBIDDEN, which this application expects and skips.
 */
export interface HighRiskDossier {
  code: string;
  status: string;
  track: number | null;
}

type Page = NonNullable<OpenDossiersWithRiskQuery['dossiers']>;

async function fetchPage(endpoint: string, token: string, variables: OpenDossiersWithRiskQueryVariables): Promise<Page> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: documentIdOf(OpenDossiersWithRiskDocument), variables }),
  });
  const body = (await response.json()) as { data?: OpenDossiersWithRiskQuery; errors?: { message: string; extensions?: { code?: string } }[] };
  const unexpected = (body.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN');
  if (!response.ok || unexpected.length || !body.data?.dossiers) {
    throw new Error(`the hub answered ${response.status}: ${unexpected.map((error) => error.message).join('; ') || 'no data'}`);
  }
  return body.data.dossiers;
}

export async function openHighRiskDossiers(endpoint: string, token: string, safeHomeId: string): Promise<HighRiskDossier[]> {
  const found: HighRiskDossier[] = [];
  let after: string | null = null;
  do {
    const page: Page = await fetchPage(endpoint, token, { safeHomeId, first: 100, after });
    for (const dossier of page.nodes ?? []) {
      if (dossier?.code && dossier.status && dossier.status !== 'CLOSED' && dossier.currentRiskLevel === 'HIGH') {
        found.push({ code: dossier.code, status: dossier.status, track: dossier.track ?? null });
      }
    }
    after = page.pageInfo?.hasNextPage ? page.pageInfo.endCursor ?? null : null;
  } while (after);
  return found;
}

// npx tsx clients/examples/police-high-risk.ts <safe home id>, with HUB_URL and HUB_TOKEN set.
if (require.main === module) {
  const [safeHomeId = 'limburg'] = process.argv.slice(2);
  openHighRiskDossiers(process.env.HUB_URL ?? 'http://127.0.0.1:4000/graphql', process.env.HUB_TOKEN ?? '', safeHomeId).then(
    (dossiers) => {
      console.log(`${dossiers.length} open high-risk dossiers in ${safeHomeId} that this organisation follows:`);
      for (const dossier of dossiers) console.log(`  ${dossier.code}  track ${dossier.track}  ${dossier.status}`);
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
