import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { TrustedDocumentRow } from './rows';
import { TrustedDocument } from './types';

@ObjectType({ description: 'What the policy says of one field a document reaches, for one kind of recipient, before any record is seen' })
export class FlowField {
  @Field(() => String, { description: 'Schema coordinate, e.g. Person.givenName' }) field: string;
  @Field(() => String, { description: 'read, or for a mutation its own action; null for a mutation the policy gives no action (always refused)' }) action: string | null;
  @Field(() => Boolean, {
    description: 'Some rule can let it through, record by record as their conditions hold; if not, it never is (null with FORBIDDEN, nothing below it asked)',
  })
  allowed: boolean;
  @Field(() => String, { description: 'Its data category; null for a field whose record declares its category (declaredCategories)' }) category: string | null;
  @Field(() => [String], { description: 'Of a field whose record declares its category: those the rules can grant' }) declaredCategories: string[] | null;
  @Field(() => String, { description: "For a person's data: whose, in words (the rules' conditions on the person)" }) persons: string | null;
  @Field(() => [String], { description: 'The allow rules that can grant it (policy rule ids)' }) rules: string[];
  @Field(() => [String], { description: 'The deny rules that take it away from the records their conditions hold for' }) exceptRules: string[];
  @Field(() => [String]) legalBasis: string[];
}

@ObjectType({ description: 'What a document can disclose to, and change for, one kind of recipient, computed from the policy by walking the document (as docs/FLOWS.md)' })
export class DocumentDataFlow {
  @Field(() => String) organisationType: string;
  @Field(() => String) role: string;
  @Field(() => String) purpose: string;
  @Field(() => [FlowField], { description: 'Every field it reads, once each, in the order met' }) reads: FlowField[];
  @Field(() => [FlowField], { description: 'Of a mutation: the root fields it writes through' }) writes: FlowField[];
  @Field(() => [FlowField], { description: 'The fields only a declared emergency (break-glass) lets through besides' }) breakGlassReads: FlowField[];
}

/** A registered document and its application's binding: what its data flow is computed from. */
export type FlowQuestion = Pick<TrustedDocumentRow, 'applicationId' | 'documentId' | 'operationName' | 'body' | 'organisationType' | 'role' | 'purposes'>;

/** The document's data flow for each kind of recipient its application runs as; null when none can be said (an application bound to no role). */
export type DataFlowsOf = (document: FlowQuestion) => DocumentDataFlow[] | null;

/**
 * TrustedDocument.dataFlow, computed by the function the composition root gives (the walk of a
 * document needs the API schema, which a subgraph does not have: hub/trusted-document-flows.ts).
 * Made once per process, as the hub's list of subgraphs is.
 */
export function dataFlowResolver(dataFlowsOf: DataFlowsOf): Function {
  @Resolver(() => TrustedDocument)
  class TrustedDocumentFlowResolver {
    @FieldResolver(() => [DocumentDataFlow], {
      description: "What the document can disclose and change for each purpose its application may declare (a page: each staff role that may sign in to it), computed from the policy; null for an application bound to no role, or a document the API schema no longer validates",
    })
    dataFlow(@Root() document: TrustedDocumentRow): DocumentDataFlow[] | null {
      return dataFlowsOf(document);
    }
  }
  return TrustedDocumentFlowResolver;
}
