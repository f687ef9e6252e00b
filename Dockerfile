# syntax=docker/dockerfile:1
# creditgraph: the BFF server image (default target `runtime`) and the web app behind nginx
# (target `web`). Build: docker build -t creditgraph . ; see docker-compose.yml and ops/k8s.

# --- dependencies: every package, dev ones included (the web build needs vite) ---------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# .npmrc must be in place before npm ci: it skips onnxruntime-node's CUDA download. sharp and
# esbuild take their prebuilt binaries from the lockfile's optional packages; package.json's
# scarfSettings turns off @scarf/scarf's install-time call home.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

# --- build: the web app, then the dev dependencies dropped -------------------------------------
FROM deps AS build
COPY . .
RUN npm run build:web \
 && npm prune --omit=dev --no-audit --no-fund

# --- web: the built app and the load balancer for the server replicas (docker-compose.yml) ------
# nginx-unprivileged runs as uid 101 and listens on 8080.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS web
COPY ops/deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 8080

# --- runtime: the server, run by tsx (a runtime dependency) as a non-root user ------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
RUN groupadd --system --gid 10001 creditgraph \
 && useradd --system --uid 10001 --gid creditgraph --home-dir /app --no-create-home --shell /usr/sbin/nologin creditgraph
# Owned by root and read-only to the server: it writes only under .data/ (PGlite, unused with
# DATABASE_URL) and tsx's compile cache in /tmp.
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server/src ./server/src
COPY --from=build /app/seeds ./seeds
COPY --from=build /app/drizzle ./drizzle
COPY --from=build /app/schema ./schema
COPY --from=build /app/ops/simulate ./ops/simulate
COPY --from=build /app/web/dist ./web/dist
# The trusted-documents manifest (TRUSTED_DOCUMENTS=only, the production default) lives in web/src.
COPY --from=build /app/web/src/gql/persisted-documents.json ./web/src/gql/persisted-documents.json
RUN mkdir -p .data && chown 10001:10001 .data
USER 10001:10001
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=300s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node --import tsx rather than the tsx CLI or npm: one process, so SIGTERM reaches the server's
# own drain (server/src/main.ts) directly, and nothing writes npm logs to a read-only home.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
