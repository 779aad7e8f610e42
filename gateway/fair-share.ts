import type { NextFunction, Request, Response } from 'express';
import { logger } from '../platform/logger';
import { countRateLimited } from '../platform/metrics';
import { admissionOf } from './admission';
import { PartnerLimits, Refusal } from './partner-limits';

function refusalMessage({ scope, limit }: Refusal): string {
  const who = scope === 'organisation' ? 'your organisation' : 'your application';
  return limit === 'requests' ? `Too many requests from ${who}.` : `Too many requests from ${who} at once.`;
}

/**
 * Express middleware, after authentication and before anything is parsed: a request over its
 * partner's fair share is answered 429 with Retry-After and RATE_LIMITED; an admitted one gives its
 * concurrency slot back when its response ends, or its client goes away.
 *
 * The 429 is held for the limits' refusalHoldMs (at most until Retry-After): a partner that never backs off would
 * otherwise have its refusals answered as fast as it can send them, and spend on being refused the
 * CPU that its fair share was to leave to the others. Held, a flood of n connections costs n
 * refusals per hold, whatever its sender's speed. Each held refusal keeps its connection and request in
 * memory (8,000 held took some 580 MB), so at most maxHeldRefusals are held at once: beyond, a refusal
 * is answered at once and its connection closed, and a flood pays for a new connection per request.
 */
export function fairShare(limits: PartnerLimits) {
  let held = 0;
  return async (req: Request, res: Response, next: NextFunction) => {
    const { actor, application } = admissionOf(req);
    let admission;
    try {
      admission = await limits.admit({ actor, application });
    } catch (error) {
      logger.error({ err: error }, 'the partner limits could not be checked');
      res.status(503).json({ errors: [{ message: 'The hub cannot serve requests right now; try again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    if ('refused' in admission) {
      const { refused } = admission;
      // The request log line says why (gateway/request-telemetry.ts).
      res.locals.refusal = `${refused.scope} ${refused.limit}`;
      countRateLimited(actor.organisationType, `${refused.scope}_${refused.limit}`);
      if (held < limits.maxHeldRefusals) {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(limits.refusalHoldMs, refused.retryAfterSeconds * 1000)));
        held -= 1;
        if (res.destroyed) return;
      } else res.set('Connection', 'close');
      res
        .status(429)
        .set('Retry-After', String(refused.retryAfterSeconds))
        .json({ errors: [{ message: `${refusalMessage(refused)} Retry after ${refused.retryAfterSeconds} s.`, extensions: { code: 'RATE_LIMITED', scope: refused.scope, limit: refused.limit, retryAfterSeconds: refused.retryAfterSeconds } }] });
      return;
    }
    // A client gone while its admission was checked (a Redis round trip) closed its response already: nothing will again.
    if (res.closed) return admission.release();
    res.once('close', admission.release);
    next();
  };
}
