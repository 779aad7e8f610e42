import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every subgraph fetch of a request must know about the request: when to give up. The signal
 * aborts at the request's deadline or when the client goes away. It is held in async context around
 * the gateway's execution (gateway/policy-gateway.ts), since @apollo/gateway gives its fetcher no way
 * to receive one.
 */
const scope = new AsyncLocalStorage<AbortSignal>();

export const withinRequest = <T>(signal: AbortSignal, work: () => T): T => scope.run(signal, work);

/** The signal of the request being executed, if any. */
export const requestSignal = (): AbortSignal | undefined => scope.getStore();

/** Why a request's work was abandoned: nothing to do with any subgraph. */
export class RequestEndedError extends Error {}

export class RequestDeadlineError extends RequestEndedError {
  constructor(deadlineMs: number) {
    super(`the request's deadline of ${deadlineMs} ms passed`);
  }
}

export class ClientDisconnectedError extends RequestEndedError {
  constructor() {
    super('the client disconnected');
  }
}

/** Aborts when the deadline passes or the client disconnects before its response is sent, whichever comes first. */
export function requestLifetime(response: { once(event: 'close', listener: () => void): unknown; writableFinished: boolean }, deadlineMs: number): AbortSignal {
  const lifetime = new AbortController();
  const deadline = setTimeout(() => lifetime.abort(new RequestDeadlineError(deadlineMs)), deadlineMs).unref();
  response.once('close', () => {
    clearTimeout(deadline);
    if (!response.writableFinished) lifetime.abort(new ClientDisconnectedError());
  });
  return lifetime.signal;
}
