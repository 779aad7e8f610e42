import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { logger } from '../platform/logger';
import { OrganisationType, Purpose, Role } from '../policy';
import { FieldFlow } from '../policy/field-flow';
import { apiSchemaPath } from '../schema/files';
import { DataFlowsOf, DocumentDataFlow, FlowField, FlowQuestion } from '../subgraphs/audit/data-flow';
import { documentFlow, FlowRecipient } from './document-flow';
import { applicationRecipients, pageRecipients } from './flow-recipients';
import { pageClients } from './page-clients';

const flowField = (flow: FieldFlow): FlowField => ({
  field: `${flow.typeName}.${flow.field}`,
  action: flow.action,
  allowed: flow.allowed,
  category: typeof flow.category === 'string' ? flow.category : null,
  declaredCategories: flow.declaredCategories ?? null,
  persons: flow.persons ?? null,
  rules: flow.allowRules,
  exceptRules: flow.denyRules,
  legalBasis: flow.legalBases,
});

const isOneOf = <T extends string>(values: Record<string, T>, value: string | null): value is T => value !== null && (Object.values(values) as string[]).includes(value);

/** Who a document's answers go to: a page's staff roles, or the application's organisation type and role for each of its purposes; null when it is bound to none (the tests' own application). */
function recipientsOf({ applicationId, organisationType, role, purposes }: FlowQuestion): FlowRecipient[] | null {
  const page = pageClients.find((client) => client.id === applicationId);
  if (page) return pageRecipients(page);
  if (!isOneOf(OrganisationType, organisationType) || !isOneOf(Role, role) || !purposes.every((purpose) => isOneOf(Purpose, purpose))) return null;
  return applicationRecipients(organisationType, role, purposes as Purpose[]);
}

function dataFlowFor(schema: GraphQLSchema, { body, operationName }: FlowQuestion, recipient: FlowRecipient): DocumentDataFlow {
  const usual = documentFlow(schema, body, recipient, operationName);
  const emergency = documentFlow(schema, body, { ...recipient, breakGlass: true }, operationName);
  const allowedAsUsual = new Set(usual.fields.filter((field) => field.allowed).map((field) => `${field.typeName}.${field.field}`));
  const isRead = (field: FieldFlow) => field.typeName !== 'Mutation';
  return {
    organisationType: recipient.organisationType,
    role: recipient.role,
    purpose: recipient.purpose,
    reads: usual.fields.filter(isRead).map(flowField),
    writes: usual.fields.filter((field) => !isRead(field)).map(flowField),
    breakGlassReads: emergency.fields.filter((field) => isRead(field) && field.allowed && !allowedAsUsual.has(`${field.typeName}.${field.field}`)).map(flowField),
  };
}

/**
 * What each registered document can disclose, as the DPO reads it before deciding
 * (TrustedDocument.dataFlow): the walk of docs/FLOWS.md (hub/document-flow.ts) over the API schema,
 * for each kind of recipient the document's application runs as. A document is its text: each is
 * walked once per binding of its application (a registration may drop a purpose).
 */
export function trustedDocumentFlows({ schemaSdl = () => readFileSync(apiSchemaPath, 'utf8') } = {}): DataFlowsOf {
  let schema: GraphQLSchema | undefined;
  const walked = new LRUCache<string, { flows: DocumentDataFlow[] | null }>({ max: 500 });
  return (document) => {
    const key = [document.applicationId, document.documentId, document.organisationType, document.role, ...document.purposes].join(' ');
    const cached = walked.get(key);
    if (cached) return cached.flows;
    const recipients = recipientsOf(document);
    let flows: DocumentDataFlow[] | null = null;
    try {
      schema ??= buildSchema(schemaSdl());
      flows = recipients && recipients.map((recipient) => dataFlowFor(schema!, document, recipient));
    } catch (error) {
      logger.warn({ applicationId: document.applicationId, documentId: document.documentId, reason: (error as Error).message }, 'the data flow of a trusted document cannot be computed');
    }
    walked.set(key, { flows });
    return flows;
  };
}
