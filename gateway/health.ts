/** Asks every subgraph's /health, in parallel, with a short timeout. */
export async function subgraphHealth(subgraphUrls: Record<string, string>): Promise<{ healthy: boolean; subgraphs: Record<string, string> }> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, graphqlUrl]) => {
      try {
        const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return { healthy: entries.every(([, status]) => status === 'ok'), subgraphs: Object.fromEntries(entries) };
}
