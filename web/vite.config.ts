// Vite config for the relationship-manager web client.
// root is this folder (web/), the build goes to web/dist, which the server serves at "/".
// Two pages: index.html (the app) and graphiql.html (the offline GraphQL IDE, which the server
// answers browsers' GET /graphql with); each loads only its own entry's code.
// In `vite dev`, /graphql (HTTP and graphql-ws) is proxied to the BFF on :4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: true },
    },
  },
});
