import { SubgraphDefinition } from '../common/subgraph';
import { migrations } from './migrations';
import * as repository from './repository';
import { DossierPersonsResolver, PersonResolver } from './resolvers';
import { Dossier } from './types';

/** The people of each client system, and their roles in dossiers. */
export const personsSubgraph: SubgraphDefinition = {
  name: 'persons',
  databaseSchema: 'persons',
  migrations,
  resolvers: [PersonResolver, DossierPersonsResolver],
  entityTypes: [Dossier],
  referenceResolvers: {
    Person: (ref, ctx) => ctx.load(repository.personsByIds, ref.id),
    // A dossier is asked of this subgraph only for its persons: they are read with its attributes.
    Dossier: (ref, ctx) => ctx.load(repository.dossiersWithPersons, ref.id),
  },
};
