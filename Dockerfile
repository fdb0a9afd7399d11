# One image for every role; LEDGER_ROLES picks what a container runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
# glibc serves allocations of 128 KiB and more from mappings of their own, given back when freed. Left to
# itself it raises that bound to the largest block freed so far; large buffers (a batch of events read, a
# multi-row statement) then come from the main heap, which fragments and stays at its peak.
ENV GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/policies ./policies
EXPOSE 3000
CMD ["node", "--expose-gc", "dist/apps/api/src/main.js"]
