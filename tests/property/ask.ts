import type { Actor } from '../../policy/actor';
import { postGraphQL, tokenFor } from '../support/hub';
import { GraphQLAnswer } from './check-answer';

/** Sends an operation to the gateway as an actor: their own access token, and a declared break-glass as its header. */
export async function ask(graphqlUrl: string, actor: Actor, document: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
  const { breakGlass, ...inToken } = actor;
  const headers: Record<string, string> = { authorization: `Bearer ${await tokenFor(inToken)}` };
  if (breakGlass) headers['x-break-glass'] = encodeURIComponent(breakGlass.justification);
  return postGraphQL(graphqlUrl, { query: document, variables }, headers);
}
