import gql from 'graphql-tag';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Accounts: an entity interface (Account, @key) with two implementations, and the shareable User.username. */
export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable"])

  interface Account @key(fields: "id") {
    id: ID!
    handle: String!
  }
  type User implements Account @key(fields: "id") {
    id: ID!
    handle: String!
    name: String
    username: String @shareable
  }
  type Organisation implements Account @key(fields: "id") {
    id: ID!
    handle: String!
    members: [User!]!
  }
  type Query {
    me: User
    user(id: ID!): User
    accounts: [Account!]!
    account(id: ID!): Account
  }
`;

const users = [
  { __typename: 'User', id: 'u1', handle: '@ada', name: 'Ada', username: 'ada' },
  { __typename: 'User', id: 'u2', handle: '@bob', name: null, username: 'bob' },
];
const organisations = [{ __typename: 'Organisation', id: 'o1', handle: '@acme', memberIds: ['u1', 'u2'] }];
const accounts = [...users, ...organisations];
const accountById = (id: string) => accounts.find((account) => account.id === id) ?? null;

export const resolvers: GraphQLResolverMap<unknown> = {
  Query: {
    me: () => users[0],
    user: (_: unknown, { id }: { id: string }) => users.find((user) => user.id === id) ?? null,
    accounts: () => accounts,
    account: (_: unknown, { id }: { id: string }) => accountById(id),
  },
  Account: {
    __resolveReference: ({ id }: { id: string }) => accountById(id),
    __resolveType: (account: { __typename: string }) => account.__typename,
  },
  User: { __resolveReference: ({ id }: { id: string }) => users.find((user) => user.id === id) ?? null },
  Organisation: {
    __resolveReference: ({ id }: { id: string }) => organisations.find((organisation) => organisation.id === id) ?? null,
    members: ({ memberIds }: { memberIds: string[] }) => memberIds.map((id) => users.find((user) => user.id === id)),
  },
};
