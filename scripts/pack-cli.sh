#!/usr/bin/env bash
# Packs the command line as the .NET tool TeamGraph.Cli (README, "Install as a .NET tool"). `dotnet tool install
# TeamGraph.Cli` finds the package of that name, which points at two others and installs the one for its platform:
# TeamGraph.Cli.linux-x64, compiled ahead of time (Native AOT: no JIT, a tenth of the start-up), and TeamGraph.Cli.any,
# framework-dependent, for every other platform. Native AOT compiles for the platform it runs on, so the linux-x64
# package is made only on linux-x64 (where it needs clang and zlib, as Debian's clang and zlib1g-dev provide).
# Usage: scripts/pack-cli.sh [FOLDER]   (default: artifacts/packages)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/packages}
# The packs build the CLI again, the tool's package without an app host: in a folder of their own, so the projects'
# usual bin/ and obj/ (what `dotnet run --no-build` and the tests run) are left as they were.
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
pack() { dotnet pack src/TeamGraph.Cli -c Release --artifacts-path "$build" -o "$out" -v quiet -nologo "$@"; }
pack
pack -r any
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  pack -r linux-x64
else
  echo "note: TeamGraph.Cli.linux-x64 is compiled on linux-x64 only; on linux-x64, install from a folder packed there" >&2
fi
ls "$out"/TeamGraph.Cli.*nupkg
