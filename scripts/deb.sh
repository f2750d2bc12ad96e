#!/usr/bin/env bash
# Builds the Debian package (cargo-deb) and checks it as an installed system
# would hold it: unpacked into a scratch root, its binary run, its manual page
# read by man, its completion scripts loaded by bash, zsh and fish.
# Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "deb.sh: $*" >&2; exit 1; }
# Each check captures what it reads whole, then greps it: with pipefail, a
# `grep -q` that stops reading at its first match would fail the writer
# with SIGPIPE, and the check with it, at random.
command -v cargo-deb >/dev/null || { echo "deb.sh needs cargo-deb: cargo install cargo-deb" >&2; exit 2; }

cargo build --release --locked --quiet
# Where cargo put the build: CARGO_TARGET_DIR when set. cargo-deb maps the
# manifest's target/release/ paths there itself.
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
release=$target/release
assets=$release/assets
mkdir -p "$assets"
# Made by the binary just built, never another `roles` on PATH, called
# `roles`: the completion scripts run `roles` by the name they were made with.
PATH="$release:$PATH"
[ "$(command -v roles)" = "$release/roles" ] || fail "not the roles just built: $(command -v roles)"
roles man | gzip -9n > "$assets/roles.1.gz"
roles completions bash > "$assets/roles.bash"
roles completions zsh > "$assets/_roles"
roles completions fish > "$assets/roles.fish"

deb=$(cargo deb --no-build --locked --output "$target/debian/" 2>/dev/null | tail -n 1)
[ -f "$deb" ] || fail "cargo deb made no package"

echo "== $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Installed-Size\):/\1:/p'
dpkg-deb --contents "$deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb --extract "$deb" "$root"
for file in usr/bin/roles usr/share/man/man1/roles.1.gz \
  usr/share/bash-completion/completions/roles usr/share/zsh/vendor-completions/_roles \
  usr/share/fish/vendor_completions.d/roles.fish; do
  [ -s "$root/$file" ] || fail "the package lacks /$file"
done
# The installed binary runs with nothing else beside it.
shown=$(env -i "$root/usr/bin/roles" compare cto cio --brief --format markdown)
[ "${shown%%$'\n'*}" = '# CTO vs CIO' ] || fail "the installed binary does not compare"
# man finds every option in the page.
if command -v man >/dev/null; then
  page=$(MANWIDTH=100 man -l "$root/usr/share/man/man1/roles.1.gz" 2>/dev/null)
  for option in --format --section --output --brief --wide --data --paging; do
    grep -q -- "$option" <<<"$page" || fail "the manual page lacks $option"
  done
fi
# Each shell loads its script, which asks `roles` (from PATH) at each TAB.
export PATH="$root/usr/bin:$PATH"
offered=$(bash -c "source $root/usr/share/bash-completion/completions/roles
  COMP_WORDS=(roles compare ''); COMP_CWORD=2; COMP_LINE='roles compare '; COMP_POINT=14
  _clap_complete_roles roles '' compare; printf '%s\n' \"\${COMPREPLY[@]}\"")
grep -qx ciso <<<"$offered" || fail "bash does not complete role ids"
if command -v fish >/dev/null; then
  offered=$(fish -c "source $root/usr/share/fish/vendor_completions.d/roles.fish; complete -C 'roles show '")
  grep -q '^cdo' <<<"$offered" || fail "fish does not complete role ids"
fi
if command -v zsh >/dev/null; then
  offered=$(zsh -c "compdef() { :; }; _describe() { print -rl -- \"\${(@P)3}\"; }
    source $root/usr/share/zsh/vendor-completions/_roles
    words=(roles --lang ''); CURRENT=3; _clap_dynamic_completer_roles")
  grep -qx hu <<<"$offered" || fail "zsh does not complete --lang"
fi
echo "ok: the package installs roles, its manual page and its bash, zsh and fish completions"
echo "$deb"
