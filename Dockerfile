# Netværk for Teams as a container, for municipalities that run containers rather than App Service. The image
# holds the lean artefact only (`npm run package:server` → dist/server: the server's runtime files and the
# built tab), so build that first; nothing is installed or compiled inside the image.
#
#   npm ci && npm run package:server
#   docker build -t netvaerk-for-teams .
#   docker run --read-only --tmpfs /tmp --cap-drop ALL -p 8080:8080 --env-file netvaerk.env netvaerk-for-teams
#
# The configuration is the same as on App Service (README, "Configuration"): environment variables, checked at
# start-up. The server writes nothing to disk (logs go to stdout; Application Insights' offline buffer uses
# /tmp), so a read-only root file system with a tmpfs on /tmp is enough. It runs as the image's `node` user.
FROM node:22-bookworm-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080

WORKDIR /app
# COPY gives the files to root (modes as in dist/server: 644, folders 755): the server's user cannot change them.
COPY dist/server/ ./

USER node
EXPOSE 8080

# The same check App Service makes (healthCheckPath): /healthz answers 200 while the server can serve.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# SIGTERM (docker stop) makes the server finish its requests and stop cleanly.
CMD ["node", "bot/dist/main.js"]
