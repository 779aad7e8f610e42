import { GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Products: the Product entity, its seller with @provides, a compound-key Variant, a shareable Category, a union over entities of two subgraphs, errors, sequential mutations. */
export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@provides"])

  type Product @key(fields: "upc") {
    upc: ID!
    name: String!
    price: Int!
    weight: Int!
    category: Category
    seller: User @provides(fields: "username")
    variants: [Variant!]!
    discontinuedReason: String
  }
  type Variant @key(fields: "productUpc colour") {
    productUpc: ID!
    colour: String!
    size: String!
  }
  type Category @shareable {
    id: ID!
    label: String!
  }
  type User @key(fields: "id", resolvable: false) {
    id: ID!
    username: String @external
  }
  union SearchResult = Product | User
  input ProductFilter {
    maxPrice: Int = 100
    category: ID
  }
  type Query {
    product(upc: ID!): Product
    products(filter: ProductFilter = { maxPrice: 1000 }): [Product!]!
    search(term: String = "a"): [SearchResult!]!
    failing: Product
  }
  type Mutation {
    setPrice(upc: ID!, price: Int!): Product!
  }
`;

interface Product { upc: string; name: string; price: number; weight: number; categoryId: string | null }
const initial: Product[] = [
  { upc: 'p1', name: 'Table', price: 899, weight: 20, categoryId: 'c1' },
  { upc: 'p2', name: 'Chair', price: 59, weight: 5, categoryId: 'c1' },
  { upc: 'p3', name: 'Lamp', price: 25, weight: 1, categoryId: null },
];
let products: Product[] = initial.map((product) => ({ ...product }));
export const reset = () => {
  products = initial.map((product) => ({ ...product }));
};

const categories: Record<string, { id: string; label: string }> = { c1: { id: 'c1', label: 'Furniture' } };
const productByUpc = (upc: string) => products.find((product) => product.upc === upc) ?? null;

export const resolvers: GraphQLResolverMap<unknown> = {
  Query: {
    product: (_: unknown, { upc }: { upc: string }) => productByUpc(upc),
    products: (_: unknown, { filter }: { filter: { maxPrice: number; category?: string } }) =>
      products.filter((product) => product.price <= filter.maxPrice && (!filter.category || product.categoryId === filter.category)),
    search: (_: unknown, { term }: { term: string }) => [
      ...products.filter((product) => product.name.toLowerCase().includes(term)).map((product) => ({ __typename: 'Product', ...product })),
      ...['u1', 'u2'].map((id) => ({ __typename: 'User', id })),
    ],
    failing: () => {
      throw new GraphQLError('The catalogue is being rebuilt.', { extensions: { code: 'CATALOGUE_UNAVAILABLE' } });
    },
  },
  Mutation: {
    setPrice: (_: unknown, { upc, price }: { upc: string; price: number }) => {
      const product = productByUpc(upc);
      if (!product) throw new GraphQLError(`No product ${upc}.`, { extensions: { code: 'NOT_FOUND' } });
      product.price = price;
      return { ...product };
    },
  },
  SearchResult: { __resolveType: (result: { __typename: string }) => result.__typename },
  Product: {
    __resolveReference: ({ upc }: { upc: string }) => productByUpc(upc),
    category: (product: Product) => (product.categoryId ? categories[product.categoryId] : null),
    // The seller's username travels with the product (@provides); a product without a seller has none.
    seller: (product: Product) => (product.upc === 'p3' ? null : { id: product.upc === 'p1' ? 'u1' : 'u2', username: product.upc === 'p1' ? 'ada' : 'bob' }),
    variants: (product: Product) => ['red', 'blue'].map((colour) => ({ productUpc: product.upc, colour, size: product.weight > 10 ? 'L' : 'S' })),
    discontinuedReason: (product: Product) => {
      if (product.upc === 'p3') throw new GraphQLError('Lamps are being recalled.', { extensions: { code: 'RECALLED' } });
      return null;
    },
  },
  Variant: {
    __resolveReference: ({ productUpc, colour }: { productUpc: string; colour: string }) =>
      productByUpc(productUpc) ? { productUpc, colour, size: productByUpc(productUpc)!.weight > 10 ? 'L' : 'S' } : null,
  },
};
