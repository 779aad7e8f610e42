import { GraphQLSchema } from 'graphql';
import { DataCategory } from '../policy/categories';
import { FieldFlow } from '../policy/field-flow';
import { legalBases, LegalBasisId } from '../policy/legal-bases';
import { conditionDescriptions } from '../policy/labels';
import { rules } from '../policy/rules';
import { documentFlow, DocumentFlow, FlowRecipient, WrittenInput } from './document-flow';

/** A registered document: its operation, its id in the manifest ("sha256:<hex>") and its text. */
export interface SheetDocument {
  operationName: string;
  documentId: string;
  body: string;
}

/** An application (a partner's, or a page of the hub) with the kinds of recipient it runs as and its registered documents. */
export interface SheetApplication {
  id: string;
  name: string;
  /** One line on who runs it: the organisation, or the page of the hub and who signs in to it. */
  about: string;
  recipients: FlowRecipient[];
  documents: SheetDocument[];
  /** Said instead of documents when it has none. */
  withoutDocuments?: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
const code = (text: string) => `\`${text}\``;
const NONE = '—';

const unique = <T>(values: T[]) => [...new Set(values)];

/** The recipients of a line, as briefly as the application allows: its purposes when it has one role, else roles by their purposes. */
function whom(subset: FlowRecipient[], all: FlowRecipient[]): string {
  if (subset.length === all.length && all.length > 2) return unique(all.map((r) => r.role)).length === 1 ? 'every purpose' : 'every role and purpose';
  const roles = unique(all.map((r) => `${r.role} (${r.organisationType})`));
  if (roles.length === 1) return subset.map((r) => r.purpose).join(', ');
  const purposesOf = (role: string) => subset.filter((r) => r.role === role).map((r) => r.purpose).join(', ');
  const rolesByPurposes = new Map<string, string[]>();
  for (const role of unique(subset.map((r) => r.role))) rolesByPurposes.set(purposesOf(role), [...(rolesByPurposes.get(purposesOf(role)) ?? []), role]);
  return [...rolesByPurposes].map(([purposes, roles]) => `${roles.join(', ')}: ${purposes}`).join('; ');
}

/** "Dossier: code, status; Person: givenName": fields grouped by their type, in the order met. */
function fieldList(flows: FieldFlow[], withCategory = false): string {
  const byType = new Map<string, string[]>();
  for (const flow of flows) {
    const category = withCategory ? ` (${categoryText(flow)})` : '';
    byType.set(flow.typeName, unique([...(byType.get(flow.typeName) ?? []), `${flow.field}${category}`]));
  }
  return [...byType].map(([typeName, fields]) => `${typeName}: ${fields.join(', ')}`).join('; ');
}

function categoryText(flow: FieldFlow): string {
  if (flow.category === undefined) return 'unclassified';
  if (typeof flow.category === 'string') return flow.category;
  return flow.declaredCategories ? `declared per record: ${flow.declaredCategories.join(', ')}` : 'declared per record';
}

const categoryRank = (flow: FieldFlow) => (typeof flow.category === 'string' ? Object.values(DataCategory).indexOf(flow.category) : Object.values(DataCategory).length);

const rulesText = (flow: FieldFlow) => [flow.allowRules.join(', '), ...(flow.denyRules.length ? [`except ${flow.denyRules.join(', ')}`] : [])].join('; ');

/**
 * Lines of a table over several recipients: each recipient's items grouped by what the line says
 * of them (`key`), then recipients whose line is the same merged into one, first by `rank`.
 */
function mergedLines<T>(perRecipient: { recipient: FlowRecipient; items: T[] }[], key: (item: T) => string[], rank: (item: T) => number, cells: (items: T[]) => string[]) {
  const lines = new Map<string, { recipients: FlowRecipient[]; cells: string[]; rank: number; order: number }>();
  perRecipient.forEach(({ recipient, items }, order) => {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(JSON.stringify(key(item)), [...(groups.get(JSON.stringify(key(item))) ?? []), item]);
    for (const group of groups.values()) {
      const text = cells(group);
      const line = lines.get(JSON.stringify(text)) ?? { recipients: [], cells: text, rank: rank(group[0]), order };
      line.recipients.push(recipient);
      lines.set(JSON.stringify(text), line);
    }
  });
  return [...lines.values()].sort((a, b) => a.rank - b.rank || a.order - b.order);
}

function inputsText(inputs: WrittenInput[]): string {
  return inputs.map((input) => (input.fields ? `${input.name} (${inputsText(input.fields)})` : input.name)).join(', ');
}

/** The rules and legal bases the sheet names, for its last section. */
interface Named {
  rules: Set<string>;
  legalBases: Set<LegalBasisId>;
}

function nameAll(named: Named, flows: FieldFlow[]) {
  for (const flow of flows) {
    [...flow.allowRules, ...flow.denyRules].forEach((id) => named.rules.add(id));
    flow.legalBases.forEach((id) => named.legalBases.add(id));
  }
}

/** The table of what fields these flows let through, merged over recipients; nothing when they let none through. */
function disclosureTable(application: SheetApplication, perRecipient: { recipient: FlowRecipient; items: FieldFlow[] }[], named: Named): string[] {
  nameAll(named, perRecipient.flatMap(({ items }) => items));
  const lines = mergedLines(
    perRecipient,
    (field) => [categoryText(field), field.persons ?? '', rulesText(field)],
    categoryRank,
    (fields) => [categoryText(fields[0]), fieldList(fields), fields[0].persons ?? NONE, rulesText(fields[0]), fields[0].legalBases.join(', ')],
  );
  return lines.length ? [table(['for', 'category', 'fields', 'about whom', 'rules', 'legal basis'], lines.map((line) => [whom(line.recipients, application.recipients), ...line.cells]))] : [];
}

const readFields = (flow: DocumentFlow) => flow.fields.filter((field) => field.typeName !== 'Mutation');

function disclosureSection(application: SheetApplication, flows: DocumentFlow[], named: Named): string[] {
  const disclosed = disclosureTable(application, flows.map((flow) => ({ recipient: flow.recipient, items: readFields(flow).filter((field) => field.allowed) })), named);
  const never = mergedLines(
    flows.map((flow) => ({ recipient: flow.recipient, items: readFields(flow).filter((field) => !field.allowed) })),
    () => [],
    () => 0,
    (fields) => [fieldList(fields, true)],
  );
  return [
    ...(disclosed.length ? disclosed : ['Discloses nothing.']),
    ...(never.length
      ? ['', 'Never disclosed (null with FORBIDDEN; nothing below them is asked):', '', table(['for', 'fields'], never.map((line) => [whom(line.recipients, application.recipients), ...line.cells]))]
      : []),
  ];
}

function writesSection(application: SheetApplication, flows: DocumentFlow[], named: Named): string[] {
  const lines: string[] = [];
  for (const write of flows[0].writes) {
    const perRecipient = flows.map((flow) => ({ recipient: flow.recipient, items: flow.fields.filter((field) => field.typeName === 'Mutation' && field.field === write.field) }));
    nameAll(named, perRecipient.flatMap(({ items }) => items));
    const description = write.description?.replace(/\s+/g, ' ').replace(/([^.!?])$/, '$1.');
    const changes = mergedLines(
      perRecipient,
      () => [],
      () => 0,
      ([field]) =>
        field.allowed
          ? [field.declaredCategories ? `${field.action}, as ${field.declaredCategories.join(', ')}` : `${field.action} ${categoryText(field)}`, rulesText(field), field.legalBases.join(', ')]
          : ['never: refused with FORBIDDEN', NONE, NONE],
    );
    lines.push(
      `Writes ${code(write.field)}${description ? `: ${description}` : ''}${write.inputs.length ? ` Input: ${inputsText(write.inputs)}.` : ''}`,
      '',
      table(['for', 'may', 'rules', 'legal basis'], changes.map((line) => [whom(line.recipients, application.recipients), ...line.cells])),
      '',
    );
  }
  return [...lines, 'Its answer:', ''];
}

/** What a declared emergency adds: the fields only the break-glass rules let through, and whether they widen those above. */
function breakGlassSection(application: SheetApplication, flows: DocumentFlow[], emergency: DocumentFlow[], named: Named): string[] {
  const breakGlassRules = new Set(rules.filter((rule) => rule.breakGlass).map((rule) => rule.id));
  const perRecipient = emergency.map((flow, index) => {
    const usual = new Map(flows[index].fields.map((field) => [`${field.typeName}.${field.field}`, field]));
    const allowedAsUsual = (field: FieldFlow) => usual.get(`${field.typeName}.${field.field}`)?.allowed;
    return {
      recipient: flow.recipient,
      items: flow.fields.filter((field) => field.allowed && !allowedAsUsual(field) && field.typeName !== 'Mutation'),
      widened: flow.fields.some((field) => allowedAsUsual(field) && field.allowRules.some((id) => breakGlassRules.has(id))),
      rules: unique(flow.fields.flatMap((field) => field.allowRules.filter((id) => breakGlassRules.has(id)))),
    };
  });
  const applying = perRecipient.filter((entry) => entry.rules.length);
  if (!applying.length) return [];
  applying.forEach((entry) => entry.rules.forEach((id) => named.rules.add(id)));
  const widened = applying.filter((entry) => entry.widened).map((entry) => entry.recipient);
  const opened = disclosureTable(application, applying, named);
  const ruleNames = unique(applying.flatMap((entry) => entry.rules)).map(code).join(', ');
  return [
    '',
    `In a declared emergency (break-glass: a written justification, each use reviewed by the DPO), rule ${ruleNames}` +
      (widened.length ? ` lets the fields above through also for every record its conditions hold for (for ${whom(widened, application.recipients)})` : '') +
      (opened.length ? `${widened.length ? ', and' : ''} discloses:` : '.'),
    ...(opened.length ? ['', ...opened] : []),
  ];
}

function documentSection(schema: GraphQLSchema, application: SheetApplication, document: SheetDocument, named: Named): string[] {
  const flowFor = (recipient: FlowRecipient) => {
    try {
      return documentFlow(schema, document.body, recipient, document.operationName);
    } catch (error) {
      throw new Error(`${application.id}, document ${document.operationName} (${document.documentId}): ${(error as Error).message}`);
    }
  };
  const flows = application.recipients.map(flowFor);
  const emergency = application.recipients.map((recipient) => flowFor({ ...recipient, breakGlass: true }));
  return [
    `### ${document.operationName} (${flows[0].operationType})`,
    '',
    code(document.documentId),
    '',
    ...(flows[0].writes.length ? writesSection(application, flows, named) : []),
    ...disclosureSection(application, flows, named),
    ...breakGlassSection(application, flows, emergency, named),
    '',
  ];
}

function header(application: SheetApplication): string[] {
  const roles = unique(application.recipients.map((r) => r.role));
  const purposes = unique(application.recipients.map((r) => r.purpose));
  const who = roles.length === 1
    ? `Role ${roles[0]} · purposes ${purposes.join(', ')}`
    : `Roles ${roles.join(', ')} · purposes ${purposes.join(', ')} (each role those it may declare)`;
  return [`## ${application.name}`, '', `${code(application.id)} · ${application.about}`, '', who, ''];
}

/**
 * docs/FLOWS.md: per application, per registered document, what it can disclose and change, to
 * which role and purposes, under which rules and legal bases — computed from the policy by
 * walking each document (documentFlow), for a data protection officer to read before approving.
 */
export function flowSheetMarkdown(schema: GraphQLSchema, applications: SheetApplication[]): string {
  const named: Named = { rules: new Set(), legalBases: new Set() };
  const sections = applications.flatMap((application) => [
    ...header(application),
    ...(application.documents.length ? application.documents.flatMap((document) => documentSection(schema, application, document, named)) : [application.withoutDocuments ?? 'No registered documents.', '']),
  ]);
  const namedRules = rules.filter((rule) => named.rules.has(rule.id));
  namedRules.forEach((rule) => rule.legalBasis.forEach((id) => named.legalBases.add(id)));
  return [
    '# Data flows of the registered documents',
    '',
    '_Generated by `npm run flows` from `policy/`, `schema/api.graphql`, the applications (`seed/applications.ts`, `hub/page-clients.ts`)',
    'and the manifest of documents (`clients/generated/persisted-documents.json`); do not edit by hand (a test fails when it is stale)._',
    '',
    'For each application and each document it registered: what the document can disclose, and for a mutation what it can',
    "change, for each purpose the application may declare (a page: each staff role that may sign in to it). It is computed from",
    'the policy (`docs/POLICY.md`) by walking the document against the API schema, as the gateway does before it plans a request.',
    '',
    "- **for**: the purposes (and roles) a line holds for. **about whom**: for a person's data, whose — the rules' conditions on",
    "  the person's role in the dossier and on a protected address; a person in several dossiers gets the most protective answer.",
    '- A field listed is disclosed only for the records its rules\' conditions hold for (each rule\'s conditions are under',
    '  "Rules" at the end); the others are left out of the answer (a list) or come back null.',
    '- **Never disclosed**: no rule lets the recipient read that field for that purpose. It comes back null with a `FORBIDDEN`',
    '  error whatever the records, and nothing selected below it is asked.',
    '- A selection under `@skip`/`@include` on a variable counts as asked: the sheet says what a document can do, whatever its variables.',
    '',
    ...sections,
    '## Rules and legal bases named above',
    '',
    table(
      ['rule', 'effect', 'when (conditions on the record)', 'legal basis'],
      namedRules.map((rule) => [
        rule.id,
        rule.breakGlass ? `${rule.effect}, in a declared emergency only` : rule.effect,
        rule.conditions.length ? rule.conditions.map((name) => conditionDescriptions[name]).join('; ') : 'always',
        rule.legalBasis.join(', '),
      ]),
    ),
    '',
    table(['legal basis', 'citation'], legalBases.filter((basis) => named.legalBases.has(basis.id)).map((basis) => [basis.id, basis.citation])),
    '',
  ].join('\n');
}
