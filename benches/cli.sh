#!/usr/bin/env bash
# Whole-process measurements of `roles`, as benches/README.md reports them.
# Needs hyperfine, valgrind, yq and bat (Debian: apt-get install hyperfine
# valgrind yq bat); takes a few minutes. Run from anywhere; prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine valgrind yq batcat /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "cli.sh needs $tool" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start=$(date +%s.%N)
cargo build --release --locked --quiet --example generate --bin roles
roles=target/release/roles
generate=target/release/examples/generate

median() { # hyperfine JSON -> median seconds of command N
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "$2"
}
rss() { # peak resident memory in KiB of a command
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
}

echo "## Built-in: roles compare cto cio"
"$roles" compare cto cio > "$work/out.txt"
hyperfine --shell=none --warmup 20 --runs 300 --export-json "$work/cat.json" \
  --output=null "$roles compare cto cio" "cat $work/out.txt" >/dev/null
r=$(median "$work/cat.json" 0); c=$(median "$work/cat.json" 1)
instructions=$(valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$roles" compare cto cio 2>&1 >/dev/null \
  | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
echo
echo "| measure | roles | cat of its output | target |"
echo "| --- | --- | --- | --- |"
python3 - "$r" "$c" <<'PY'
import sys
r, c = map(float, sys.argv[1:])
print(f"| median wall time | {r*1000:.2f} ms | {c*1000:.2f} ms | ratio {r/c:.2f} (at most 2.2) |")
PY
echo "| instructions (callgrind) | $instructions | | at most 5,000,000 |"
echo "| peak memory | $(rss "$roles" compare cto cio) KiB | $(rss cat "$work/out.txt") KiB | at most 4096 KiB |"
echo "| release binary | $(stat -c %s "$roles") bytes | | at most 3.0 MB |"

echo
echo "## Against bat showing the same comparison's Markdown"
# bat highlights Markdown as it does on a terminal only when told to colour;
# into a pipe it copies the file, which is no comparison of work done.
"$roles" export cto cio > "$work/out.md"
hyperfine --shell=none --warmup 5 --runs 50 --export-json "$work/bat.json" --output=null \
  "$roles compare cto cio" \
  "batcat --paging never --style plain --color always $work/out.md" \
  "batcat --paging never --style plain --color never $work/out.md" >/dev/null
python3 - "$(median "$work/bat.json" 0)" "$(median "$work/bat.json" 1)" "$(median "$work/bat.json" 2)" <<'PY'
import sys
r, coloured, plain = map(float, sys.argv[1:])
print(f"\nroles {r*1000:.2f} ms; bat highlighting {coloured*1000:.2f} ms ({coloured/r:.1f} x, target at least 20 x); bat copying {plain*1000:.2f} ms ({plain/r:.1f} x)")
PY

echo
echo "## A user's dataset: load it and compare two of its roles"
echo
echo "| roles x items | file | median time | peak memory | target |"
echo "| --- | --- | --- | --- | --- |"
for n in 100 1000 10000; do
  "$generate" "$n" 30 > "$work/data-$n.yaml"
  size=$(stat -c %s "$work/data-$n.yaml")
  runs=10; [ "$n" -eq 10000 ] && runs=3
  hyperfine --shell=none --warmup 1 --runs "$runs" --export-json "$work/n$n.json" --output=null \
    "$roles --max-data-size 1024 --data $work/data-$n.yaml compare role-1 role-2" >/dev/null
  t=$(median "$work/n$n.json" 0)
  m=$(rss "$roles" --max-data-size 1024 --data "$work/data-$n.yaml" compare role-1 role-2)
  python3 -c "import sys; n,s,t,m=sys.argv[1:]; target = 'at most 0.5 s, 160 MiB' if n == '1000' else 'linear'; print(f'| {int(n):,} x 30 | {int(s)/1048576:.1f} MiB | {float(t):.3f} s | {int(m)/1024:.0f} MiB | {target} |')" "$n" "$size" "$t" "$m"
done

echo
echo "## Against yq, selecting the same two roles from the 1,000-role file"
# The shell is needed to quote yq's filter; hyperfine subtracts its start-up.
hyperfine --warmup 1 --runs 5 --export-json "$work/yq.json" --output=null \
  "$roles --data $work/data-1000.yaml compare role-1 role-2" \
  "yq '.roles[] | select(.id == \"role-1\" or .id == \"role-2\")' $work/data-1000.yaml" >/dev/null
r=$(median "$work/yq.json" 0); y=$(median "$work/yq.json" 1)
python3 -c "import sys; r,y=map(float,sys.argv[1:]); print(f'\nroles {r:.3f} s, yq {y:.3f} s: roles is {y/r:.1f} x faster (target at least 8 x)')" "$r" "$y"

echo
echo "## validate: 11 MiB with 1,000 duplicate ids and 1,000 unknown fields, against loading the same file without mistakes"
"$generate" 2000 12 > "$work/clean.yaml"
# Roles 1000 to 1999 take the ids of roles 0 to 999, and every fifth of the
# first 5,000 items misspells 'detail'.
python3 - "$work/clean.yaml" "$work/hostile.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r"^- id: role-(\d+)$", lambda m: f"- id: role-{int(m[1]) - 1000}" if int(m[1]) >= 1000 else m[0], text, flags=re.M)
seen = 0
def misspell(m):
    global seen
    seen += 1
    return "    detial:" if seen % 5 == 0 and seen <= 5000 else m[0]
open(sys.argv[2], "w").write(re.sub(r"^    detail:", misspell, text, flags=re.M))
PY
hyperfine --shell=none --warmup 1 --runs 5 --export-json "$work/validate.json" --output=null -i \
  "$roles --max-data-size 64 --data $work/clean.yaml list" \
  "$roles --max-data-size 64 validate $work/hostile.yaml" >/dev/null
clean=$(median "$work/validate.json" 0); hostile=$(median "$work/validate.json" 1)
listed=$({ "$roles" --max-data-size 64 validate "$work/hostile.yaml" 2>/dev/null || true; } | sort -u | wc -l)
python3 -c "import sys; c,h=map(float,sys.argv[1:3]); print(f'\nclean load {c:.3f} s, validate {h:.3f} s: {h/c:.2f} x (target at most 2 x); {sys.argv[3]} distinct problems listed (2,000 expected)')" "$clean" "$hostile" "$listed"

echo
python3 -c "import sys,time; print(f'(measured in {time.time()-float(sys.argv[1]):.0f} s on $(nproc) cores, $(uname -m))')" "$start"
