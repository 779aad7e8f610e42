import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { withAccess } from '../common/access';
import { personAttributesByIds } from '../common/access-facts';
import { SubgraphContext } from '../common/context';
import { uuidArgument } from '../common/validation';
import * as repository from './repository';
import { PersonRow } from './rows';
import { Address, Dossier, DossierPerson, Person } from './types';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID, { nullable: false, ...uuidArgument('id', 'a person id') }) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.personsByIds, id);
  }

  @FieldResolver(() => Address, { nullable: true })
  address(@Root() person: PersonRow): Address | null {
    const { street, postalCode, municipality } = person;
    return street || postalCode || municipality ? { street, postalCode, municipality } : null;
  }
}

@Resolver(() => Dossier)
export class DossierPersonsResolver {
  /** Each person carries their attributes in every dossier they are in, so a deny from another dossier holds here too. */
  @FieldResolver(() => [DossierPerson], { description: 'The client system: the persons of this dossier and their roles' })
  async persons(@Root() dossier: repository.DossierWithPersons, @Ctx() ctx: SubgraphContext): Promise<DossierPerson[]> {
    const rows = dossier.visiblePersons;
    const sets = await Promise.all(rows.map((row) => ctx.load(personAttributesByIds, row.id)));
    return rows.map(({ role, ...person }, index) => withAccess({ role, person: withAccess(person, sets[index]) }, { personRole: role }));
  }
}
