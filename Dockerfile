# The team relay (`wxpush relay`, see docs/relay.md) as a container. Build from the repository:
#   docker build -t wxpush-relay .
#   docker run -d --restart unless-stopped -p 127.0.0.1:8787:8787 \
#     -e WXPUSH_APPID -e WXPUSH_APPSECRET -e WXPUSH_RELAY_KEYS wxpush-relay
# Publish the port on 127.0.0.1 only and put an HTTPS reverse proxy in front of it.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY esbuild.js tsconfig.json ./
COPY src ./src
RUN node esbuild.js --production

FROM node:20-slim
# The CLI is one self-contained bundle: nothing else of the repository is needed at run time.
COPY --from=build /src/dist/cli.js /opt/wxpush/cli.js
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8787/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Inside the container the relay listens on every interface; the host decides who can reach it.
ENTRYPOINT ["node", "/opt/wxpush/cli.js", "relay", "--host", "0.0.0.0", "--port", "8787"]
