import { GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Reviews: Account as an @interfaceObject (also as a field's type), Product extended with its reviews, a mutation with an input with defaults. */
export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@interfaceObject"])

  type Account @key(fields: "id") @interfaceObject {
    id: ID!
    reviewCount: Int!
    reviews: [Review!]!
  }
  type Product @key(fields: "upc") {
    upc: ID!
    reviews(minRating: Int = 1): [Review!]!
  }
  type Review {
    id: ID!
    body: String!
    rating: Int!
    author: Account
    product: Product
    flagged: Boolean
  }
  input ReviewInput {
    upc: ID!
    body: String!
    rating: Int = 5
    tags: [String!] = ["new"]
  }
  type Query {
    reviews(minRating: Int = 1): [Review!]!
  }
  type Mutation {
    addReview(input: ReviewInput!): Review!
  }
`;

interface Review { id: string; body: string; rating: number; authorId: string | null; upc: string; tags?: string[] }
const initial: Review[] = [
  { id: 'r1', body: 'Great', rating: 5, authorId: 'u1', upc: 'p1' },
  { id: 'r2', body: 'Meh', rating: 2, authorId: 'u2', upc: 'p1' },
  { id: 'r3', body: 'Anonymous', rating: 4, authorId: null, upc: 'p2' },
  { id: 'r4', body: 'Of a product no one sells', rating: 3, authorId: 'u1', upc: 'gone' },
  { id: 'r5', body: 'By an organisation', rating: 1, authorId: 'o1', upc: 'p3' },
];
let reviews: Review[] = [...initial];
export const reset = () => {
  reviews = [...initial];
};

const byAuthor = (id: string) => reviews.filter((review) => review.authorId === id);

export const resolvers: GraphQLResolverMap<unknown> = {
  Query: { reviews: (_: unknown, { minRating }: { minRating: number }) => reviews.filter((review) => review.rating >= minRating) },
  Mutation: {
    addReview: (_: unknown, { input }: { input: { upc: string; body: string; rating: number; tags: string[] } }) => {
      const review = { id: `r${reviews.length + 1}`, body: `${input.body} [${input.tags.join(',')}]`, rating: input.rating, authorId: 'u1', upc: input.upc };
      reviews.push(review);
      return review;
    },
  },
  Account: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    reviewCount: ({ id }: { id: string }) => byAuthor(id).length,
    reviews: ({ id }: { id: string }) => byAuthor(id),
  },
  Product: {
    __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
    reviews: ({ upc }: { upc: string }, { minRating }: { minRating: number }) => reviews.filter((review) => review.upc === upc && review.rating >= minRating),
  },
  Review: {
    author: (review: Review) => (review.authorId ? { id: review.authorId } : null),
    product: (review: Review) => ({ upc: review.upc }),
    flagged: (review: Review) => {
      if (review.rating < 2) throw new GraphQLError('This review is under moderation.', { extensions: { code: 'UNDER_MODERATION' } });
      return false;
    },
  },
};
