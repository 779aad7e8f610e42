import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import * as repository from './repository';
import {
  ActionPlanItemResolver, AnonymousConsultResolver, CaseConsultationResolver, DossierResolver, ExecutionNoteResolver,
  InfoSharingItemResolver, OrganisationResolver, ReferralResolver, SafeHomeResolver,
} from './resolvers';
import { CaseWorkMutations } from './mutations';

/** Case files: Safe Homes, partner organisations, dossiers and their sections, anonymous consults. */
export const dossiersSubgraph: SubgraphDefinition = {
  name: 'dossiers',
  databaseSchema: 'dossiers',
  migrations,
  resolvers: [
    DossierResolver, SafeHomeResolver, OrganisationResolver, InfoSharingItemResolver, CaseConsultationResolver,
    ActionPlanItemResolver, ExecutionNoteResolver, AnonymousConsultResolver, ReferralResolver, CaseWorkMutations,
  ],
  referenceResolvers: {
    Dossier: (ref, ctx) => ctx.load(repository.dossiersByIds, ref.id),
    SafeHome: (ref, ctx) => ctx.load(repository.safeHomesByIds, ref.id),
    Organisation: (ref, ctx) => ctx.load(repository.organisationsByIds, ref.id),
  },
};
