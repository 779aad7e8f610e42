/**
 * The dashboard's token. A hub running with its development issuer hands this page a short-lived
 * statistician token at /dashboard/token (only to a browser on the same machine); elsewhere the
 * page asks for one (from the organisation's identity provider) and keeps it for this tab only.
 */
const KEY = 'safe-home-dashboard-token';

export async function dashboardToken(): Promise<string | null> {
  const pasted = sessionStorage.getItem(KEY);
  if (pasted) return pasted;
  const response = await fetch('/dashboard/token', { cache: 'no-store' });
  if (!response.ok) return null;
  return ((await response.json()) as { token: string }).token;
}

export const rememberToken = (token: string) => sessionStorage.setItem(KEY, token.trim());
export const forgetToken = () => sessionStorage.removeItem(KEY);
