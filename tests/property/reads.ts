import { FieldSelection, printSelection, rootField } from './selections';
import { World } from './world';

/**
 * Everything a partner can read through the gateway in a world: dossier pages (all of them and
 * filtered small pages), each dossier by its code, each person by id, the overdue actions, the
 * anonymous consults, the reference data, the statistics, and the DPO's audit and registry queries; plus a code
 * and an id that do not exist. Each selects every field below it (selections.ts).
 */
export type ReadFamily = 'dossiers' | 'persons' | 'lists' | 'reference data and statistics' | 'the disclosure log';

export interface Read {
  name: string;
  family: ReadFamily;
  /** Its answer is judged against the disclosure log as it is just after it. */
  readsAuditLog: boolean;
  selection: FieldSelection;
  document: string;
  variables: Record<string, unknown>;
}

type Arguments = Record<string, { type: string; value: unknown }>;

function read(family: ReadFamily, name: string, field: string, args: Arguments = {}): Read {
  const selection = rootField('Query', field, Object.fromEntries(Object.keys(args).map((arg) => [arg, `$${arg}`])));
  const definitions = Object.entries(args).map(([arg, { type }]) => `$${arg}: ${type}`);
  return {
    name,
    family,
    readsAuditLog: ['disclosures', 'subjectAccessReport', 'breakGlassQueue'].includes(field),
    selection,
    document: `query PropertyRead${definitions.length ? `(${definitions.join(', ')})` : ''} { ${printSelection(selection)} }`,
    variables: Object.fromEntries(Object.entries(args).map(([arg, { value }]) => [arg, value])),
  };
}

const reference = 'reference data and statistics';
const log = 'the disclosure log';
const statistics = ['referredFamiliesPerYear', 'referredFamilies', 'consultsPerYear', 'childrenInvolvement', 'riskLevelDistribution', 'referralSources', 'dossierDurationByTrack'];

export function readsOf(world: World): Read[] {
  const { data } = world;
  const regions = [...new Set(data.dossiers.map((d) => d.safeHomeId))];
  const someone = data.persons[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  return [
    read('dossiers', 'all dossiers', 'dossiers', { first: { type: 'Int', value: 100 } }),
    ...regions.map((safeHomeId) => read('dossiers', `a small page of ${safeHomeId}'s dossiers`, 'dossiers', { first: { type: 'Int', value: 2 }, filter: { type: 'DossierFilter', value: { safeHomeId } } })),
    ...['REFERRED', 'INTAKE', 'ACTIVE', 'CLOSED'].map((status) => read('dossiers', `${status} dossiers`, 'dossiers', { first: { type: 'Int', value: 100 }, filter: { type: 'DossierFilter', value: { status } } })),
    read('dossiers', 'track-3 dossiers', 'dossiers', { first: { type: 'Int', value: 100 }, filter: { type: 'DossierFilter', value: { track: 3 } } }),
    ...data.dossiers.map((d) => read('dossiers', `dossier ${d.code}`, 'dossier', { code: { type: 'String!', value: d.code } })),
    read('dossiers', 'a dossier that does not exist', 'dossier', { code: { type: 'String!', value: 'LIMB9999' } }),
    ...data.persons.map((p) => read('persons', `person ${p.id}`, 'person', { id: { type: 'ID!', value: p.id } })),
    read('persons', 'a person who does not exist', 'person', { id: { type: 'ID!', value: '0000dead-0000-4000-8000-000000000000' } }),
    read('lists', 'overdue actions', 'overdueActions', { first: { type: 'Int', value: 100 } }),
    read('lists', 'anonymous consults', 'anonymousConsults', { first: { type: 'Int', value: 100 } }),
    ...regions.map((safeHomeId) => read('lists', `${safeHomeId}'s anonymous consults`, 'anonymousConsults', { first: { type: 'Int', value: 100 }, safeHomeId: { type: 'ID', value: safeHomeId } })),
    read(reference, 'Safe Homes', 'safeHomes'),
    read(reference, 'a Safe Home', 'safeHome', { id: { type: 'ID!', value: regions[0] } }),
    read(reference, 'an organisation', 'organisation', { id: { type: 'ID!', value: `${regions[0]}-police` } }),
    read(reference, 'risk instruments', 'riskInstruments'),
    ...statistics.map((field) => read(reference, field, field, { filter: { type: 'StatisticsFilter', value: { fromYear: 2023 } } })),
    read(log, 'disclosures about a dossier', 'disclosures', { first: { type: 'Int', value: 20 }, filter: { type: 'DisclosureFilter', value: { dossierId: data.dossiers[0]?.id } } }),
    read(log, 'the audit chain', 'auditChainStatus'),
    read(log, 'a subject access report', 'subjectAccessReport', { personId: { type: 'ID!', value: someone } }),
    read(log, 'the break-glass queue', 'breakGlassQueue', { first: { type: 'Int', value: 20 } }),
    // A generated world registers no application: this read checks who may ask for the registry at all.
    read(log, 'the trusted documents', 'trustedDocuments', { first: { type: 'Int', value: 20 } }),
  ];
}
