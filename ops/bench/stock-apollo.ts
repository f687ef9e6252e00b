// The baseline: a stock Apollo Server (startStandaloneServer) over a fixed in-memory list of
// 20 authors x 3 books, where md5 is the md5 of the author's name.
import { createHash } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const typeDefs = /* GraphQL */ `
  type Book { id: ID! name: String! }
  type Author { id: ID! name: String! md5: String! books: [Book!]! }
  type Query { authors: [Author!]! }
`;

const authors = Array.from({ length: 20 }, (_, a) => ({
  id: `a${a}`,
  name: `Author ${a}`,
  books: Array.from({ length: 3 }, (_, b) => ({ id: `a${a}b${b}`, name: `Book ${b} of author ${a}` })),
}));

const resolvers = {
  Query: { authors: () => authors },
  Author: { md5: (a: { name: string }) => createHash('md5').update(a.name).digest('hex') },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' } });
console.log(`READY ${url}`);
