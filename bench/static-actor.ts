import { createHash } from 'node:crypto';
import { ActorContext } from '../platform/actor-token';

/**
 * The one actor a stock gateway of the bench acts for (BENCH_STOCK_ACTOR, the actor of the hub's
 * token): the subgraphs answer only actor tokens signed for each fetch, so the stock gateways sign
 * them as ours does, for this fixed actor, and do no other work of ours.
 */
export function staticActorContext(gateway: string): ActorContext {
  return { actor: JSON.parse(process.env.BENCH_STOCK_ACTOR!), requestId: `bench-${gateway}`, traceId: `bench-${gateway}`, documentHash: createHash('sha256').update(`bench-${gateway}`).digest('hex') };
}
