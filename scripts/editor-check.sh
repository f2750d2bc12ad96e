#!/usr/bin/env bash
# Checks `roles schema` with a real editor client rather than our own
# validator: installs yaml-language-server (the server behind the YAML support
# of VS Code, Neovim, Helix and Zed) from the npm registry into
# a scratch directory, writes a file with `roles new` whose first line names
# the schema, misspells one of its keys, and prints what the server says:
# the diagnostic for the misspelt key, the theme ids it completes, and the
# description it shows on hover. Fails unless the first two are there.
#
# Needs Node.js and npm, so it is not part of `cargo test`. Run from the
# repository:  bash scripts/editor-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.25.0
cargo build --quiet --locked
roles=$PWD/target/debug/roles
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work/npm" --silent --no-audit --no-fund "yaml-language-server@$version" >/dev/null
"$roles" new vpe -o "$work/vpe.yaml" 2>/dev/null
"$roles" schema -o "$work/roles.schema.json"
# The misspelling: `abbreviation` without its second i.
sed -i 's/^    abbreviation:/    abbreviaton:/' "$work/vpe.yaml"

echo "yaml-language-server $version on a file from \`roles new vpe\`, with abbreviation misspelt:"
sed -n '1p;/abbreviaton/p' "$work/vpe.yaml"
node scripts/editor-check.mjs "$work/npm/node_modules/.bin/yaml-language-server" "$work/vpe.yaml"
