import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, Context, isSpanContextValid, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

/** The hub's spans; until tracing starts (and without an exporter) they are not recorded. */
export const tracer = trace.getTracer('safe-home-hub');

export interface TracingOptions {
  /** service.name of the process's spans (OTEL_SERVICE_NAME wins). */
  serviceName: string;
  /** Where spans go; default: OTLP over HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nowhere. */
  exporter?: SpanExporter;
}

let provider: NodeTracerProvider | undefined;

/**
 * Starts tracing for this process: W3C `traceparent` read from requests and sent with subgraph
 * fetches, the active span carried across awaits (AsyncLocalStorage), and spans exported. Without
 * an exporter no span is recorded, but a request still continues the trace its caller started.
 * An exporter given here (a test's in-memory one) gets each span as it ends; OTLP gets them in batches.
 */
export function startTracing({ serviceName, exporter }: TracingOptions): void {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const otlp = !exporter && process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? new OTLPTraceExporter() : undefined;
  if (!exporter && !otlp) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: [exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(otlp!)],
  });
  trace.setGlobalTracerProvider(provider);
}

/** Exports the spans still buffered and stops tracing; call it before the process exits. */
export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
  trace.disable();
  propagation.disable();
  context.disable();
}

/**
 * Starts the server span of an HTTP request, continuing the caller's `traceparent`, and ends it
 * with the response. Its context is what the request's work must run in.
 */
export function startServerSpan(req: IncomingMessage, res: ServerResponse, name: string): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? '', 'url.path': (req.url ?? '').split('?')[0] } }, parent);
  res.once('close', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return { span, context: trace.setSpan(parent, span) };
}

/** Express middleware: a server span per request, the rest of the request handled in its context. */
export const traceRequests = (name: string) => (req: Request, res: Response, next: NextFunction) => {
  context.with(startServerSpan(req, res, name).context, next);
};

/** The span's trace id, if it belongs to a trace (it does not while tracing is off and no traceparent came). */
export function traceIdOfSpan(span: Span): string | undefined {
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
