import { randomBytes, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { context as otelContext, Context, Span } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { LineFacts } from '../audit-log/disclosure';
import { forbiddenFields, gatewayRequestDuration, gatewayRequests, RequestOutcome } from '../platform/metrics';
import { startServerSpan, traceIdOfSpan } from '../platform/tracing';
import { admitted } from './admission';

/** What the gateway learns of one /graphql request, for its request log line, its metrics and its trace. */
export interface RequestTelemetry {
  requestId: string;
  /** The trace's id: the one the caller's traceparent names, else the request's own trace's. */
  traceId: string;
  /** The request's server span in context: its subgraph fetches run in it. */
  traceContext: Context;
  /** The operation GraphQL resolved (null: an anonymous one); undefined while the request has not got that far. */
  operationName?: string | null;
  /** How GraphQL answered, from the response's errors; the HTTP status decides first. */
  answered?: RequestOutcome;
  /** Distinct persons and dossiers the request's disclosure lines name. */
  recordsDisclosed: number;
  /** The document it ran or was refused ("sha256:<hex>": the id sent, or the hash of the text sent); never its text. */
  documentId?: string;
  /** Whether it ran a document that is not one of its application's approved ones (allowed by TRUSTED_DOCUMENTS). */
  adHoc?: boolean;
}

const telemetries = new WeakMap<Request, RequestTelemetry>();

/** The trace id of a W3C traceparent header, or a new one: for a request seen while tracing is off. */
function traceIdOf(req: Request): string {
  return /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(req.header('traceparent') ?? '')?.[1] ?? randomBytes(16).toString('hex');
}

// Operation names are the client's to choose: only the names of published operations become labels, any other is "other".
function operationLabel(name: string | null | undefined, labelled: ReadonlySet<string>): string {
  if (name === undefined) return 'none';
  if (name === null) return 'anonymous';
  return labelled.has(name) ? name : 'other';
}

function outcomeOf(res: Response, answered: RequestOutcome | undefined): RequestOutcome {
  if (res.statusCode === 401) return 'unauthenticated';
  if (res.statusCode === 429) return 'rate_limited';
  if (res.statusCode === 403) return 'denied';
  if (res.statusCode >= 500) return 'error';
  if (!res.writableFinished) return 'cancelled';
  if (res.statusCode >= 400) return 'rejected';
  return answered ?? 'ok';
}

/**
 * Express middleware for /graphql, first of all: gives the request its id and its server span
 * (continuing the caller's traceparent), and when the response is sent writes the one request log
 * line and counts the request. The line names who asked and why, with which application and
 * document (by id), never what: no document text, no variables, no response values, no user.
 */
export function observeRequests(log: Logger, labelledOperations: ReadonlySet<string>) {
  return (req: Request, res: Response, next: NextFunction) => {
    const stopTimer = gatewayRequestDuration.startTimer();
    let span: Span;
    res.once('close', () => {
      const outcome = outcomeOf(res, telemetry.answered);
      const operation = operationLabel(telemetry.operationName, labelledOperations);
      const admission = admitted(req);
      const actor = admission?.actor;
      const seconds = stopTimer({ operation, outcome });
      gatewayRequests.inc({ operation, organisation_type: actor?.organisationType ?? 'none', outcome });
      span.setAttributes({ 'graphql.operation.name': telemetry.operationName ?? '', 'safehome.outcome': outcome });
      log.info(
        {
          requestId: telemetry.requestId,
          traceId: telemetry.traceId,
          organisation: actor?.organisationId,
          organisationType: actor?.organisationType,
          role: actor?.role,
          purpose: actor?.purpose,
          application: admission?.application,
          documentId: telemetry.documentId,
          adHoc: telemetry.adHoc,
          operationName: telemetry.operationName,
          status: res.statusCode,
          outcome,
          refusal: res.locals.refusal,
          durationMs: Math.round(seconds * 1000),
          recordsDisclosed: telemetry.recordsDisclosed,
        },
        'graphql request',
      );
    });
    const started = startServerSpan(req, res, 'POST /graphql');
    span = started.span;
    const telemetry: RequestTelemetry = { requestId: randomUUID(), traceId: traceIdOfSpan(span) ?? traceIdOf(req), traceContext: started.context, recordsDisclosed: 0 };
    telemetries.set(req, telemetry);
    otelContext.with(started.context, next);
  };
}

/** What observeRequests started for this request. */
export function telemetryOf(req: Request): RequestTelemetry {
  const telemetry = telemetries.get(req);
  if (!telemetry) throw new Error('a /graphql request reached the gateway without its telemetry');
  return telemetry;
}

/**
 * Runs a request's work in its trace. Express's body parser loses the async context the request
 * came in with, so the gateway's execution is put back into it here.
 */
export const inRequestTrace = <T>(telemetry: RequestTelemetry, work: () => T): T => otelContext.with(telemetry.traceContext, work);

/** Notes the records a request's disclosure lines name. */
export function noteDisclosures(telemetry: RequestTelemetry, lines: LineFacts[]): void {
  telemetry.recordsDisclosed = new Set(lines.filter((line) => line.subjectId !== null).map((line) => `${line.subjectType}:${line.subjectId}`)).size;
}

/**
 * Why a field was refused, from the wording of policy/explain.ts: no rule grants it to this kind
 * of actor, a deny rule withholds it, or this record does not meet the conditions of the rules.
 */
function refusalReason(message: string): string {
  if (message.includes(' is refused: no rule lets ')) return 'no_rule';
  if (message.includes(' is refused for this record:')) return 'record_conditions';
  if (message.includes(' is refused: ')) return 'deny_rule';
  return 'other';
}

// The hub's failures, not the caller's: a part of the hub or its log unavailable, or a fault of ours.
const hubFailures = new Set(['SUBGRAPH_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

function answeredOutcome(errors: readonly GraphQLFormattedError[], data: unknown): RequestOutcome {
  if (!errors.length) return 'ok';
  const codes = errors.map((error) => String(error.extensions?.code));
  if (codes.some((code) => hubFailures.has(code))) return 'error';
  if (codes.some((code) => code !== 'FORBIDDEN')) return 'rejected';
  return data === null || data === undefined ? 'denied' : 'forbidden-partial';
}

/** The GraphQL half: the operation's name, how it was answered, and each FORBIDDEN field by its reason. */
// Its context may be incomplete: one whose making failed is empty.
export const requestTelemetryPlugin: ApolloServerPlugin<{ telemetry?: RequestTelemetry }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, operationName }: GraphQLRequestContextWillSendResponse<{ telemetry?: RequestTelemetry }>) {
        const { telemetry } = contextValue;
        if (!telemetry || response.body.kind !== 'single') return;
        const { errors = [], data } = response.body.singleResult;
        telemetry.operationName = operationName;
        telemetry.answered = answeredOutcome(errors, data);
        for (const error of errors) {
          if (error.extensions?.code === 'FORBIDDEN') forbiddenFields.inc({ field: String(error.extensions.field ?? 'unknown'), reason: refusalReason(error.message) });
        }
      },
    };
  },
};
