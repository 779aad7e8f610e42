# syntax=docker/dockerfile:1
# The Safe Home hub's production image: one image for every process, chosen by its first argument
# (deploy/container/entrypoint.sh): gateway | subgraph <name> | migrate | statistics-refresh | retention |
# audit-retention | audit-verify | audit-export-roots | audit-prove | application-revoke. Deployment: docs/OPERATIONS.md.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# Build: every dependency, then tsc (with the decorator metadata type-graphql reads) and the web pages (Vite) into dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime: production dependencies only (no tsx, typescript, vite, jest, nor the development identity provider), the build, a non-root user.
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 forwards SIGTERM to node and reaps children.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# AUTH_ISSUER and AUTH_JWKS_URL are required; NODE_ENV=production: ACTOR_TOKEN_PUBLIC_JWK and AUDIT_PUBLIC_JWKS too, no development keys.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    METRICS_PORT=9464
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY deploy/container/entrypoint.sh ./deploy/container/entrypoint.sh
# The image's node user, by number, so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 8080 9464
ENTRYPOINT ["/usr/bin/tini", "--", "/app/deploy/container/entrypoint.sh"]
CMD ["gateway"]
