# syntax=docker/dockerfile:1
# TeamGraph: the API (GraphQL, GraphiQL, the explorer) serving /app/seed, and the `teamgraph` CLI for one-shot jobs
# such as `teamgraph ingest` into Neo4j (see docker-compose.yml).
#
#   docker build -t teamgraph .
#   docker run --rm -p 5080:8080 teamgraph                          # http://localhost:5080/graphql
#   docker run --rm --entrypoint teamgraph teamgraph lint /app/seed

# --- 1. GraphiQL and the explorer: npm packages bundled by esbuild into src/TeamGraph.Api/wwwroot/ui ---------------
FROM node:20-bookworm-slim AS ui
WORKDIR /src/src/TeamGraph.Api/ClientApp
# The lockfile alone first, so that a change to the pages does not reinstall the packages.
COPY src/TeamGraph.Api/ClientApp/package.json src/TeamGraph.Api/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY src/TeamGraph.Api/ClientApp/build.mjs ./
COPY src/TeamGraph.Api/ClientApp/src ./src
RUN npm run build

# --- 2. The .NET build: restore from the project files alone (cached until one of them changes), then publish --------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TeamGraph.Core/TeamGraph.Core.csproj src/TeamGraph.Core/
COPY src/TeamGraph.GraphQL/TeamGraph.GraphQL.csproj src/TeamGraph.GraphQL/
COPY src/TeamGraph.Neo4j/TeamGraph.Neo4j.csproj src/TeamGraph.Neo4j/
COPY src/TeamGraph.Api/TeamGraph.Api.csproj src/TeamGraph.Api/
COPY src/TeamGraph.Cli/TeamGraph.Cli.csproj src/TeamGraph.Cli/
RUN dotnet restore src/TeamGraph.Api/TeamGraph.Api.csproj \
 && dotnet restore src/TeamGraph.Cli/TeamGraph.Cli.csproj -p:PublishAot=false
COPY src/ src/
# The API embeds the example queries GraphiQL opens as tabs; the CLI the role card templates and the GraphQL schema.
COPY docs/examples/ docs/examples/
COPY docs/templates/ docs/templates/
COPY schema.graphql ./
COPY --from=ui /src/src/TeamGraph.Api/wwwroot/ui/ src/TeamGraph.Api/wwwroot/ui/
# TEAMGRAPH_SKIP_UI_BUILD=1: the UI was built above (this image has no npm); the publish copies wwwroot/ui as it is.
# UseAppHost=false: the SDK image is glibc and the runtime image musl, so both run as `dotnet <dll>`; for the same
# reason the CLI is published framework-dependent here (PublishAot=false), not compiled ahead of time for glibc.
ENV TEAMGRAPH_SKIP_UI_BUILD=1
RUN dotnet publish src/TeamGraph.Api/TeamGraph.Api.csproj -c Release --no-restore -p:UseAppHost=false -o /out/api \
 && dotnet publish src/TeamGraph.Cli/TeamGraph.Cli.csproj -c Release --no-restore -p:UseAppHost=false -p:PublishAot=false -o /out/cli \
 && test -f /out/api/wwwroot/ui/graphiql.html && test -f /out/api/wwwroot/ui/explorer.html

# --- 3. The runtime: ASP.NET Core on Alpine, non-root -------------------------------------------------------------
# Alpine rather than noble-chiseled: it has a shell and busybox wget for the HEALTHCHECK and the CLI wrapper. Its
# aspnet image has no ICU and sets DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true, which wins over the projects'
# InvariantGlobalization=false. The code is ordinal and culture-free, and its Core tests pass in invariant mode but for
# one that builds a ru-RU culture itself; still, ICU is installed and invariant mode switched off so that the image
# runs exactly as the tests and the developers do (case folding and NFKC of Cyrillic names through ICU). The code
# pages (Mac Roman for the mojibake repair) come from System.Text.Encoding.CodePages in the shared framework.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine AS runtime
RUN apk add --no-cache icu-libs icu-data-full \
 && printf '#!/bin/sh\nexec dotnet /app/cli/teamgraph.dll "$@"\n' > /usr/local/bin/teamgraph \
 && chmod 755 /usr/local/bin/teamgraph
# ASPNETCORE_URLS: with no URL configured the API listens on localhost:5080 only, unreachable from outside the
# container; the image's ASPNETCORE_HTTP_PORTS is cleared so that ASP.NET Core does not warn that URLS overrides it.
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    TEAMGRAPH_DOCS=/app/seed
WORKDIR /app/api
COPY --from=build /out/api/ /app/api/
COPY --from=build /out/cli/ /app/cli/
COPY seed/ /app/seed/
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "/app/api/TeamGraph.Api.dll"]
