import { resolveDossierReference, resolvePersonReference } from '../common/access-facts';
import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import * as repository from './repository';
import { RiskMutations } from './mutations';
import { DossierRiskResolver, PersonRiskResolver, RiskAssessmentResolver, RiskInstrumentResolver } from './resolvers';
import { Dossier, Person, RiskAssessment } from './types';

/** Risk instruments as versioned data, assessments, levels and each person's history. */
export const riskSubgraph: SubgraphDefinition = {
  name: 'risk',
  databaseSchema: 'risk',
  migrations,
  resolvers: [RiskInstrumentResolver, RiskAssessmentResolver, DossierRiskResolver, PersonRiskResolver, RiskMutations],
  entityTypes: [Dossier, Person, RiskAssessment],
  referenceResolvers: {
    RiskAssessment: (ref, ctx) => ctx.load(repository.assessmentsByIds, ref.id),
    RiskInstrumentVersion: (ref, ctx) => ctx.load(repository.instrumentVersionsByIds, ref.id),
    Dossier: resolveDossierReference,
    Person: resolvePersonReference,
  },
};
