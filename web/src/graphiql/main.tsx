// The self-hosted GraphQL IDE (GraphiQL 4), served by the BFF at GET /graphql to browsers.
// Everything it needs is bundled into web/dist, so it works without internet access; the main
// app (index.html) never loads this entry's code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { DEFAULT_QUERY } from './default-query';
import { createFetcher } from './fetcher';
import './graphiql.css';

const fetcher = createFetcher(window.location);

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultHeaders="" />
  </StrictMode>,
);
