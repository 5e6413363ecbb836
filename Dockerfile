# quote-attribution: HTTP service image.
#
# Build (BuildKit; the CA bundle is a build secret, used by npm only, never stored in a layer):
#   DOCKER_BUILDKIT=1 docker build \
#     --secret id=npm_ca,src="$(npm config get cafile)" -t quote-attribution .
# Without the secret, npm uses Node's own CA store.
#
# No `# syntax=` line on purpose: the Dockerfile frontend built into the engine is used, so the
# build needs no image registry.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: all dependencies, compile TypeScript to dist/ ----------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
COPY package.json package-lock.json ./
# No dependency needs an install script (only esbuild, a dev tool, has one): --ignore-scripts.
RUN --mount=type=secret,id=npm_ca,required=false \
    --mount=type=cache,id=quote-attribution-npm,target=/root/.npm \
    if [ -s /run/secrets/npm_ca ]; then \
      export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca npm_config_cafile=/run/secrets/npm_ca; \
    fi; \
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies, dist/, seeds/ and the page (public/) only ------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_ca,required=false \
    --mount=type=cache,id=quote-attribution-npm,target=/root/.npm \
    if [ -s /run/secrets/npm_ca ]; then \
      export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca npm_config_cafile=/run/secrets/npm_ca; \
    fi; \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=warn
COPY --from=build /app/dist ./dist
COPY seeds ./seeds
COPY public ./public

# The code stays owned by root and read-only to the service's unprivileged user (uid 1000).
USER node
EXPOSE 3000

# No curl in the image: Node's own fetch asks /healthz.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',{signal:AbortSignal.timeout(2500)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Exec form: node is PID 1 and gets SIGTERM itself; the app closes gracefully and exits 0.
CMD ["node", "dist/server.js"]
