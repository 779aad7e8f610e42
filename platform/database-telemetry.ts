import { context, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Knex } from 'knex';
import { PoolUse, watchPool } from './metrics';
import { tracer } from './tracing';

interface QueryEvent {
  __knexQueryUid?: string;
  sql?: string;
}

const operationOf = (sql: string) => /^\s*\(?\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';

/**
 * Watches a knex handle: its pool's use in the pool gauge, and a span per SQL statement sent within
 * a traced piece of work (a statement outside any, such as a scheduled statistics refresh, starts
 * no trace of its own). The span holds the statement with its placeholders, never its bound
 * values: those are personal data.
 */
export function observeDatabase(db: Knex, poolName: string): void {
  watchPool(poolName, () => (db.client as { pool?: PoolUse }).pool);
  const open = new Map<string, Span>();
  db.on('query', (query: QueryEvent) => {
    if (!query.__knexQueryUid || !query.sql || !trace.getSpan(context.active())) return;
    const span = tracer.startSpan(operationOf(query.sql), {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.statement': query.sql, 'db.client.connection.pool.name': poolName },
    });
    open.set(query.__knexQueryUid, span);
  });
  const end = (query: QueryEvent, failed: boolean) => {
    const span = query.__knexQueryUid === undefined ? undefined : open.get(query.__knexQueryUid);
    if (!span) return;
    open.delete(query.__knexQueryUid!);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  db.on('query-response', (_response: unknown, query: QueryEvent) => end(query, false));
  db.on('query-error', (_error: unknown, query: QueryEvent) => end(query, true));
}
