import 'reflect-metadata';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../platform/scalars';

export enum PersonRole {
  VICTIM = 'VICTIM',
  ALLEGED_PERPETRATOR = 'ALLEGED_PERPETRATOR',
  CHILD = 'CHILD',
  FAMILY_MEMBER = 'FAMILY_MEMBER',
  OTHER = 'OTHER',
}
registerEnumType(PersonRole, { name: 'PersonRole', description: "A person's role in a dossier's client system" });

@ObjectType({ description: 'A postal address' })
export class Address {
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) municipality: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person of a client system (cliëntsysteem). All data in this hub is synthetic.' })
export class Person {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String) givenName: string;
  @Field(() => String) familyName: string;
  @Field(() => LocalDate) birthDate: string;
  @Field(() => String, { nullable: true, description: 'National register number (rijksregisternummer)' }) nationalNumber: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Boolean, { description: 'The address is a protected, safe address (e.g. a shelter)' }) addressProtected: boolean;
}

@ObjectType({ description: 'A person in the role they have in one dossier' })
export class DossierPerson {
  @Field(() => PersonRole) role: PersonRole;
  @Field(() => Person) person: Person;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Dossier {
  @Field(() => ID, { nullable: false }) id: string;
}
