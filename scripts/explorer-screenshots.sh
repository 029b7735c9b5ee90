#!/usr/bin/env bash
# Takes the README's screenshots of the explorer on seed/ (docs/images/explorer-*.png) with the browser tests'
# chromium: builds, then runs the opt-in ExplorerScreenshots tests with TEAMGRAPH_SCREENSHOTS set.
# Usage: scripts/explorer-screenshots.sh [folder]   (default docs/images, relative to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

export TEAMGRAPH_SCREENSHOTS="${1:-docs/images}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet build tests/TeamGraph.Browser.Tests
dotnet test --project tests/TeamGraph.Browser.Tests --no-build -- --filter-class "*ExplorerScreenshots"
ls -l "$TEAMGRAPH_SCREENSHOTS"/explorer-*.png
