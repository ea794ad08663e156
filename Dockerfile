# The pre-check service for portals that are not JavaScript: `sme-dx-benchmark serve` on port 8080.
#   docker build -t sme-dx-benchmark .
#   docker run --rm -p 8080:8080 sme-dx-benchmark
# Another notice: mount its pack and name it, e.g. -v "$PWD/pack:/pack:ro" ... serve --host 0.0.0.0 --pack /pack
FROM node:20-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npx tsup --silent && npm pack --ignore-scripts --pack-destination /build/out

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /build/out/*.tgz /tmp/package.tgz
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund /tmp/package.tgz && rm /tmp/package.tgz && npm cache clean --force
USER node
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "node_modules/sme-dx-benchmark/dist/cli.js", "serve", "--host", "0.0.0.0", "--port", "8080"]
