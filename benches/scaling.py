#!/usr/bin/env python3
"""How `roles` grows with hostile input: each family of hostile datasets
is generated at two sizes, the second twice the first, and the whole process
is timed (median of 5 runs) and its peak memory read (/usr/bin/time).
A cost that grows linearly shows ratios of about 2; a quadratic one, 4.

    cargo build --release --locked && python3 benches/scaling.py

Prints a Markdown table. Needs /usr/bin/time (Debian: apt-get install time).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "roles")
SOURCE = "sources:\n  - { id: s, title: S, language: en }\n"


def item(n, theme="strategy", sources="[s]", detail=None):
    detail = detail if detail is not None else f"Detail {n}."
    return (
        f"      - {{ theme: {theme}, title: {{ en: Item {n}, hu: Tétel {n} }}, "
        f"detail: {{ en: '{detail}', hu: 'Részlet {n}.' }}, sources: {sources} }}\n"
    )


def role(index, items, english_only=False, key="title"):
    hu = "" if english_only else f", hu: Szerep {index}"
    head = (
        f"  - id: r{index}\n    abbreviation: R{index}\n    {key}: {{ en: Role {index}{hu} }}\n"
        f"    summary: {{ en: Summary {index}.{hu}, sources: [s] }}\n    responsibilities:\n"
    )
    return head + "".join(items)


def english_only(n):
    # Hungarian is optional: every text without it is a warning, with a position.
    roles = []
    for index in range(n):
        text = f"      - {{ theme: strategy, title: {{ en: Item {index} }}, detail: {{ en: Detail. }}, sources: [s] }}\n"
        roles.append(role(index, [text], english_only=True))
    return SOURCE + "roles:\n" + "".join(roles), ["validate", "{file}"]


def same_file_twice(n):
    text, _ = english_only(n)
    return text, ["--data", "{file}", "validate", "{file}"]


def duplicate_theme_ids(n):
    themes = "".join(f"  - {{ id: t, label: {{ en: T{i}, hu: T{i} }} }}\n" for i in range(n))
    return "themes:\n" + themes, ["validate", "{file}"]


def duplicate_role_ids_and_unknown_keys(n):
    roles = [role(0 if i % 2 else i, [item(i)], key="titel" if i % 3 == 0 else "title") for i in range(n)]
    return SOURCE + "roles:\n" + "".join(roles), ["validate", "{file}"]


def long_unknown_references(n):
    # A long unknown theme id beside a defined one: "did you mean" must not
    # take time proportional to the product of their lengths.
    themes = f"themes:\n  - {{ id: {'a' * 64}, label: {{ en: A, hu: A }} }}\n"
    items = [item(0, theme="b" * n)]
    return SOURCE + themes + "roles:\n" + role(0, items), ["validate", "{file}"]


def many_citations(n):
    # n sources, one item citing all of them: looked up by index, not by search.
    sources = "sources:\n" + "".join(
        f"  - {{ id: s{i}, title: S{i}, language: en }}\n" for i in range(n)
    )
    cited = "[" + ", ".join(f"s{i}" for i in range(n)) + "]"
    roles = "roles:\n" + role(0, [item(0, sources=cited)]).replace("[s]", "[s0]")
    return sources + roles, ["--data", "{file}", "--width", "100", "compare", "r0", "cto"]


def many_items_on_many_themes(n):
    # n themes and n items spread over them: placed by index, not by scanning.
    themes = "themes:\n" + "".join(f"  - {{ id: t{i}, label: {{ en: T{i}, hu: T{i} }} }}\n" for i in range(n))
    items = [item(i, theme=f"t{i}") for i in range(n)]
    return SOURCE + themes + "roles:\n" + role(0, items), ["--data", "{file}", "compare", "r0", "cto"]


def one_long_word(n):
    word = "字" * n
    return SOURCE + "roles:\n" + role(0, [item(0, detail=word)]), [
        "--data", "{file}", "--width", "80", "compare", "r0", "cto",
    ]


def aliases(n):
    # An anchor of n scalars, referenced n times: refused, not expanded.
    anchor = "[" + ", ".join("x" for _ in range(n)) + "]"
    refs = "".join(f"  - *a\n" for _ in range(n))
    return f"anchor: &a {anchor}\nlist:\n{refs}", ["validate", "{file}"]


def near_misses(n):
    # n themes and 400 references to unknown ones, every id 64 random
    # characters: each reference's "did you mean" looks among the themes.
    import random
    rng = random.Random(1)
    word = lambda prefix: prefix + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(63))
    themes = "".join(f"  - {{ id: {word('t')}, label: {{ en: L }} }}\n" for _ in range(n))
    items = "".join(
        f"      - {{ theme: {word('x')}, title: {{ en: a }}, detail: {{ en: b }}, sources: [s] }}\n"
        for _ in range(400)
    )
    role = f"  - id: r\n    abbreviation: R\n    title: {{ en: T }}\n    summary: {{ en: S, sources: [s] }}\n    responsibilities:\n{items}"
    return SOURCE + "themes:\n" + themes + "roles:\n" + role, ["--data", "{file}", "list"]


def deep_flow(n):
    # n nested brackets, refused at the 65th.
    return "roles: " + "[" * n + "\n", ["--data", "{file}", "list"]


def deep_block_dashes(n):
    # n block sequences nested on one line, refused where they pass the limit.
    return "- " * n + "x\n", ["--data", "{file}", "list"]


def deep_block_keys(n):
    # n complex keys nested on one line, inside `roles:`.
    return "roles:\n  " + "? " * n + "x\n", ["validate", "{file}"]


def repeated_search_words(n):
    # One word typed n times: looked for once.
    # Separate arguments: one argument is limited to 128 KiB.
    return "themes: []\n", ["--data", "{file}", "search", *(["vendor"] * n)]


def many_themes(n):
    # n valid themes, some 53 bytes each: a million is a 53 MB file.
    themes = "".join(f"  - {{id: t{i}, label: {{en: T{i}, hu: T{i}}}}}\n" for i in range(n))
    return "themes:\n" + themes, ["validate", "{file}"]


def broken_records(n):
    # n records, each a null where a role belongs.
    return "roles: [" + "~," * n + "]\n", ["validate", "{file}"]


FAMILIES = [
    ("English-only roles (warnings)", english_only, 4000),
    ("the same file twice", same_file_twice, 4000),
    ("duplicate theme ids", duplicate_theme_ids, 20000),
    ("duplicate role ids, unknown keys", duplicate_role_ids_and_unknown_keys, 10000),
    ("a long unknown reference", long_unknown_references, 200000),
    ("citations of one item", many_citations, 20000),
    ("items on as many themes", many_items_on_many_themes, 5000),
    ("one long word (CJK)", one_long_word, 200000),
    ("an alias bomb", aliases, 4000),
    ("near-miss references to long ids", near_misses, 5000),
    ("deep flow nesting", deep_flow, 500000),
    ("broken records", broken_records, 250000),
    ("deep block nesting (- - -)", deep_block_dashes, 50000),
    ("deep block nesting (? ? ?) in roles", deep_block_keys, 50000),
    ("one search word typed n times", repeated_search_words, 40000),
    ("valid themes (validate)", many_themes, 500000),
]


def measure(args):
    """Median seconds of 5 runs, and peak resident memory in KiB."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([ROLES, "--max-data-size", "1024", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "%M", ROLES, "--max-data-size", "1024", *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    return statistics.median(times), int(timed.stderr.strip().splitlines()[-1])


def main():
    if not os.access(ROLES, os.X_OK):
        sys.exit(f"scaling.py: build first: cargo build --release --locked ({ROLES})")
    print("| family | size n | file at n | time at n | time at 2n | ratio | memory at n | memory at 2n | ratio | memory ÷ file at 2n |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as directory:
        for name, family, n in FAMILIES:
            results = []
            for size in (n, 2 * n):
                text, args = family(size)
                path = os.path.join(directory, f"data-{size}.yaml")
                with open(path, "w", encoding="utf-8") as file:
                    file.write(text)
                results.append((os.path.getsize(path), *measure([a.format(file=path) for a in args])))
            (bytes1, t1, m1), (bytes2, t2, m2) = results
            print(
                f"| {name} | {n:,} | {bytes1 / 1024:,.0f} KiB | {t1 * 1000:,.0f} ms | {t2 * 1000:,.0f} ms | "
                f"{t2 / t1:.2f} | {m1 / 1024:,.1f} MiB | {m2 / 1024:,.1f} MiB | {m2 / m1:.2f} | "
                f"{m2 * 1024 / bytes2:,.1f} |"
            )


if __name__ == "__main__":
    main()
