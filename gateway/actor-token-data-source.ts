import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from './subgraph-fetcher';
import { ActorContext, SignActorToken } from '../platform/actor-token';
import { observedFetcher } from './fetch-telemetry';

/**
 * A subgraph's data source that signs an actor token for every fetch, bound to that subgraph and
 * to the exact body sent. RemoteGraphQLDataSource sends `{ query, ...the rest of the request but
 * http }` as JSON, and nothing changes the request after willSendRequest (the fetcher sends the
 * body as given); a drift would make every subgraph refuse every fetch, never accept another body.
 */
export class ActorTokenDataSource extends RemoteGraphQLDataSource<ActorContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly sign: SignActorToken,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher: observedFetcher(subgraph, fetcher) });
  }

  willSendRequest(options: GraphQLDataSourceProcessOptions<ActorContext>) {
    // Only a client's operation has an actor; anything else goes without a token, and is refused.
    if (!('incomingRequestContext' in options)) return;
    const { http, query, ...rest } = options.request;
    const token = this.sign(options.context, { subgraph: this.subgraph, body: JSON.stringify({ query, ...rest }) });
    http?.headers.set('authorization', `Bearer ${token}`);
  }
}
