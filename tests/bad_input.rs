//! Hostile and broken input: each gets exit code 2 and one line on stderr that
//! names the file (with line and column where there is one), in bounded time,
//! and never a panic.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use common::{file, roles, scratch};

/// What `roles` said and how it ended.
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Outcome {
    let output = roles()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("roles runs");
    Outcome {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Loads `path` as a user dataset and asserts the one-line refusal, which must contain `expected`.
fn refused(path: &Path, expected: &str) -> String {
    let path = path.to_str().expect("a UTF-8 path");
    let outcome = run(&["--data", path, "list"]);
    assert_eq!(outcome.code, Some(2), "stderr: {}", outcome.stderr);
    assert!(!outcome.stderr.contains("panicked"), "{}", outcome.stderr);
    assert_eq!(
        outcome.stderr.lines().count(),
        1,
        "one line: {}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.starts_with(&format!("roles: error: {path}")),
        "{}",
        outcome.stderr
    );
    assert!(outcome.stderr.contains(expected), "{}", outcome.stderr);
    assert!(outcome.stdout.is_empty());
    outcome.stderr
}

#[test]
fn an_alias_bomb_is_refused() {
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(",");
        yaml.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    let directory = scratch();
    let path = file(&directory, "bomb.yaml", yaml.as_bytes());
    let stderr = refused(
        &path,
        "anchors and aliases (`&name`, `*name`) are not used in datasets",
    );
    assert!(
        stderr.contains("bomb.yaml:1:7:"),
        "at the first anchored value: {stderr}"
    );
}

#[test]
fn deep_nesting_is_refused_with_a_position() {
    let yaml = format!("roles: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let directory = scratch();
    let path = file(&directory, "deep.yaml", yaml.as_bytes());
    let stderr = refused(&path, "nested too deeply");
    assert!(stderr.contains("deep.yaml:1:"), "{stderr}");
}

/// Block collections nest by indicators on one line (`- - - x`, `? ? x`)
/// as deeply as brackets do, and both parsers recurse once per level: each
/// kind is refused where it passes the limit, when loading, when validating
/// and when a TAB loads the file to offer its ids.
#[test]
fn deep_block_nesting_is_refused_with_a_position_everywhere() {
    let directory = scratch();
    let files = [
        (
            "dashes.yaml",
            format!("{}x\n", "- ".repeat(50_000)),
            "1:129",
        ),
        ("keys.yaml", format!("{}x\n", "? ".repeat(50_000)), "1:129"),
        (
            "roles.yaml",
            format!("roles:\n  {}x\n", "- ".repeat(50_000)),
            "2:129",
        ),
        ("tabs.yaml", format!("{}x\n", "-\t".repeat(50_000)), "1:129"),
    ];
    for (name, yaml, at) in files {
        let path = file(&directory, name, yaml.as_bytes());
        let stderr = refused(&path, "nested too deeply");
        assert!(stderr.contains(&format!("{name}:{at}:")), "{stderr}");
        let path = path.to_str().expect("a UTF-8 path");
        let validated = run(&["validate", path]);
        assert_eq!(validated.code, Some(2), "{}", validated.stderr);
        assert!(
            validated
                .stdout
                .contains(&format!("{name}:{at}: the YAML is nested too deeply")),
            "{}",
            validated.stdout
        );
        // What bash asks at a TAB after `roles --data FILE show `.
        let output = roles()
            .env("ROLES_COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "4")
            .args(["--", "roles", "--data", path, "show", ""])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("roles runs");
        assert!(output.status.success(), "{output:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            !stdout.contains("cto"),
            "no ids from a file that failed: {stdout}"
        );
        assert!(
            output.stderr.is_empty(),
            "nothing printed into the shell: {output:?}"
        );
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let directory = scratch();
    let path = directory.path().join("huge.yaml");
    // Sparse: 200 MB on paper, nothing on disk, and nothing read.
    fs::File::create(&path)
        .and_then(|file| file.set_len(200 * 1024 * 1024))
        .expect("creatable");
    refused(
        &path,
        "is 200.0 MiB, over the 64 MiB limit for a dataset file (raise it with --max-data-size MIB)",
    );
}

#[test]
fn the_size_limit_can_be_raised() {
    let directory = scratch();
    let padding = format!("# {}\n", "x".repeat(2 * 1024 * 1024));
    let path = file(
        &directory,
        "big.yaml",
        format!("{padding}themes: []\n").as_bytes(),
    );
    let arg = path.to_str().expect("UTF-8");
    let outcome = run(&["--max-data-size", "1", "--data", arg, "list"]);
    assert_eq!(outcome.code, Some(2));
    assert!(
        outcome.stderr.contains("over the 1 MiB limit"),
        "{}",
        outcome.stderr
    );
    let outcome = run(&["--max-data-size", "3", "--data", arg, "list"]);
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
}

#[test]
fn binary_and_non_utf8_bytes_are_refused_with_a_position() {
    let directory = scratch();
    let path = file(&directory, "latin1.yaml", b"roles:\n  - id: caf\xe9\n");
    let stderr = refused(&path, "is not UTF-8 text");
    assert!(stderr.contains("latin1.yaml:2:12:"), "{stderr}");

    let path = file(
        &directory,
        "binary.yaml",
        b"\x7fELF\x02\x01\x01\x00\x00\x00",
    );
    let stderr = refused(&path, "is not a text file: it holds a NUL byte");
    assert!(stderr.contains("binary.yaml:1:8:"), "{stderr}");
}

#[test]
fn an_empty_file_is_refused() {
    let directory = scratch();
    let path = file(&directory, "empty.yaml", b"");
    refused(&path, "the file is empty");
    let path = file(&directory, "blank.yaml", b"\n   \n");
    refused(&path, "the file is empty");
}

#[test]
fn a_directory_is_refused() {
    let directory = scratch();
    refused(directory.path(), "is a directory, not a dataset file");
}

#[test]
fn a_missing_file_is_refused() {
    let directory = scratch();
    refused(
        &directory.path().join("nowhere.yaml"),
        "cannot read: No such file or directory",
    );
}

#[test]
fn an_unreadable_file_is_refused() {
    // /proc/self/mem looks like a file but cannot be read from its start, even by root.
    refused(Path::new("/proc/self/mem"), "cannot read:");

    // A file whose permissions stop its reader: tests/hostile_files.rs, as a user they stop.
}

#[test]
fn a_device_is_refused_unread() {
    // FIFOs: tests/hostile_files.rs.
    refused(Path::new("/dev/zero"), "is not a regular file");
}

#[test]
fn several_documents_are_refused() {
    let directory = scratch();
    let path = file(&directory, "two.yaml", b"themes: []\n---\nthemes: []\n");
    let stderr = refused(&path, "a second YAML document starts here (`---`)");
    assert!(stderr.contains("two.yaml:2:1:"), "{stderr}");
}

#[test]
fn a_ten_thousand_character_id_is_refused_and_shortened() {
    let id = "a".repeat(10_000);
    let yaml = format!(
        "roles:\n  - id: {id}\n    abbreviation: A\n    title: {{ en: A }}\n    summary: {{ en: A, sources: [article-en] }}\n    focus:\n      - {{ theme: strategy, title: {{ en: T }}, detail: {{ en: D }}, sources: [article-en] }}\n"
    );
    let directory = scratch();
    let path = file(&directory, "long.yaml", yaml.as_bytes());
    let stderr = refused(&path, "must be 1 to 64 lowercase letters");
    assert!(stderr.contains("long.yaml:2:9:"), "{stderr}");
    assert!(
        stderr.len() < 400,
        "the id is shortened: {} bytes",
        stderr.len()
    );
}

#[test]
fn a_wrong_type_and_an_unknown_field_are_refused_with_positions() {
    let directory = scratch();
    let path = file(
        &directory,
        "typo.yaml",
        b"roles:\n  - id: cpro\n    responsibilites: []\n  - id: cpo\n    titel: x\n",
    );
    let stderr = refused(
        &path,
        "typo.yaml:3:5: roles[0].responsibilites: unknown field",
    );
    assert!(
        stderr.contains("(did you mean `responsibilities`?)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`roles validate "),
        "points at validate for the rest: {stderr}"
    );
}

#[test]
fn control_sequences_in_a_dataset_never_reach_the_terminal() {
    let yaml = "roles:\n  - id: evil\n    abbreviation: \"E\\e[2J\"\n    title: { en: \"\\e]0;pwned\\a Evil\" }\n    summary: { en: \"\\e[31mred\", sources: [article-en] }\n    focus:\n      - { theme: strategy, title: { en: \"\\e[5mT\" }, detail: { en: D }, sources: [article-en] }\n";
    let directory = scratch();
    let path = file(&directory, "evil.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    for args in [
        vec!["--data", arg, "list"],
        vec!["--data", arg, "show", "evil"],
        vec!["--data", arg, "compare", "evil", "cto"],
        vec!["--data", arg, "search", "T"],
    ] {
        let outcome = run(&args);
        assert!(
            matches!(outcome.code, Some(0 | 1)),
            "{args:?}: {}",
            outcome.stderr
        );
        assert!(
            !outcome.stdout.contains('\x1b'),
            "{args:?} sent ESC to the terminal"
        );
        assert!(!outcome.stdout.contains('\x07'));
    }
    let outcome = run(&["--data", arg, "show", "evil"]);
    assert!(
        outcome.stdout.contains("\\u{1b}[31mred"),
        "shown escaped: {}",
        outcome.stdout
    );
}

#[test]
fn validate_lists_every_problem_with_its_position() {
    let yaml = b"themes:\n  - id: Bad Theme\n    label: { en: X }\nroles:\n  - id: cpro\n    abbreviation: [CPRO]\n    titel: { en: CPRO }\n    summary: { en: S, sources: [article-en] }\n  - id: cpo\n    abbreviation: CPO\n    title: { en: Chief Data Officer }\n    summary: { en: S, sources: [nowhere] }\n    focus:\n      - { theme: strategi, title: { en: T, hu: '' }, detail: { en: D }, sources: [article-en] }\n";
    let directory = scratch();
    let path = file(&directory, "many.yaml", yaml);
    let arg = path.to_str().expect("UTF-8");
    let outcome = run(&["validate", arg]);
    assert_eq!(outcome.code, Some(2));
    let lines: Vec<String> = outcome
        .stdout
        .lines()
        .map(|line| line.replacen(arg, "many.yaml", 1))
        .collect();
    assert_eq!(
        lines,
        [
            // A record is read as a whole and reported at its first mistake; the
            // records after it are still read and checked.
            "many.yaml:6:19: roles[0].abbreviation: expected text, found a list",
            "many.yaml:2:9: theme id 'Bad Theme' must be 1 to 64 lowercase letters, digits and '-'",
            "many.yaml:3:12: warning: no 'hu' translation; English is shown instead",
            "many.yaml:11:12: warning: no 'hu' translation; English is shown instead",
            "many.yaml:12:14: warning: no 'hu' translation; English is shown instead",
            "many.yaml:12:33: unknown source 'nowhere'",
            "many.yaml:14:18: unknown theme 'strategi' (did you mean 'strategy'?)",
            "many.yaml:14:48: Hungarian text is empty",
            "many.yaml:14:62: warning: no 'hu' translation; English is shown instead",
        ]
    );
    assert_eq!(outcome.stderr.lines().count(), 1);
    assert!(
        outcome
            .stderr
            .starts_with("roles: error: 5 errors and 4 warnings in "),
        "{}",
        outcome.stderr
    );
}

#[test]
fn validate_passes_the_builtin_dataset_and_a_good_file() {
    let outcome = run(&["validate"]);
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
    assert_eq!(
        outcome.stdout,
        "valid: <built-in>/data/roles.yaml (4 roles, 14 themes, 4 sources)\n"
    );
    let vpe = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vpe.yaml");
    let outcome = run(&["validate", vpe]);
    assert_eq!(outcome.code, Some(0), "{}", outcome.stdout);
    assert!(outcome.stdout.contains("(5 roles, 14 themes, 5 sources)"));
}

#[test]
fn a_file_of_countless_mistakes_lists_the_first_ten_thousand() {
    // A file made of mistakes is not read into gigabytes of messages: the
    // first 10,000 are listed, and the rest counted.
    let yaml = format!("roles: [{}]\n", "a,".repeat(20_000));
    let directory = scratch();
    let path = file(&directory, "mistakes.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let outcome = run(&["validate", arg]);
    assert_eq!(outcome.code, Some(2));
    let lines: Vec<&str> = outcome.stdout.lines().collect();
    assert_eq!(lines.len(), 10_001, "{}", lines.last().unwrap_or(&""));
    assert_eq!(
        lines[10_000],
        format!("{arg}: 10000 more problems are not listed: fix the first 10000 and check again")
    );
    let outcome = run(&["--data", arg, "list"]);
    assert_eq!(outcome.code, Some(2));
    assert_eq!(outcome.stderr.lines().count(), 1);
}

/// Loads `path` under `--lang hu` and gives the one-line refusal, which
/// names the file first and has no English sentence of ours.
fn refused_in_hungarian(path: &Path) -> String {
    let arg = path.to_str().expect("a UTF-8 path");
    let outcome = run(&["--lang", "hu", "--data", arg, "list"]);
    assert_eq!(outcome.code, Some(2), "stderr: {}", outcome.stderr);
    assert_eq!(outcome.stderr.lines().count(), 1, "{}", outcome.stderr);
    let prefix = format!("roles: hiba: {arg}");
    assert!(outcome.stderr.starts_with(&prefix), "{}", outcome.stderr);
    let words = common::english::english_words(&outcome.stderr.replace(arg, ""));
    assert!(words.is_empty(), "{words:?} in {}", outcome.stderr);
    outcome.stderr.replace(arg, "FILE")
}

#[test]
fn file_errors_are_said_in_hungarian() {
    let directory = scratch();
    assert_eq!(
        refused_in_hungarian(&directory.path().join("nowhere.yaml")),
        "roles: hiba: FILE: nem olvasható: nincs ilyen fájl vagy könyvtár\n"
    );
    assert_eq!(
        refused_in_hungarian(directory.path()),
        "roles: hiba: FILE: ez egy könyvtár, nem adatkészletfájl\n"
    );
    let inside_a_file = file(&directory, "plain.yaml", b"themes: []\n").join("x.yaml");
    assert_eq!(
        refused_in_hungarian(&inside_a_file),
        "roles: hiba: FILE: nem olvasható: az útvonal egyik tagja nem könyvtár\n"
    );
    assert_eq!(
        refused_in_hungarian(Path::new("/dev/zero")),
        "roles: hiba: FILE: nem közönséges fájl (hanem FIFO, foglalat vagy eszköz); \
         az adatkészletnek közönséges fájlnak kell lennie\n"
    );
    let huge = directory.path().join("huge.yaml");
    fs::File::create(&huge)
        .and_then(|file| file.set_len(200 * 1024 * 1024))
        .expect("creatable");
    assert_eq!(
        refused_in_hungarian(&huge),
        "roles: hiba: FILE: túl nagy (200,0 MiB); egy adatkészletfájl legfeljebb 64 MiB lehet \
         (a korlát a --max-data-size MIB kapcsolóval emelhető)\n"
    );
    let latin1 = file(&directory, "latin1.yaml", b"roles:\n  - id: caf\xe9\n");
    assert_eq!(
        refused_in_hungarian(&latin1),
        "roles: hiba: FILE:2:12: nem UTF-8 kódolású szöveg: az itt álló bájt nem érvényes UTF-8\n"
    );
}

#[test]
fn a_refused_dataset_points_at_validate_in_hungarian() {
    let directory = scratch();
    let path = file(
        &directory,
        "typo.yaml",
        b"roles:\n  - id: cpro\n    responsibilites: []\n  - id: cpo\n    titel: x\n",
    );
    let stderr = refused_in_hungarian(&path);
    assert!(
        stderr.starts_with(
            "roles: hiba: FILE:3:5: roles[0].responsibilites: ismeretlen mező egy szerepkörben: \
             `responsibilites`. Talán erre gondolt: `responsibilities`? (és még "
        ),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("hiba; mindet felsorolja a `roles validate FILE` parancs)\n"),
        "{stderr}"
    );
}

#[test]
fn problems_beyond_the_first_ten_thousand_are_counted_in_hungarian() {
    let yaml = format!("roles: [{}]\n", "a,".repeat(20_000));
    let directory = scratch();
    let path = file(&directory, "mistakes.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let outcome = run(&["--lang", "hu", "validate", arg]);
    assert_eq!(outcome.code, Some(2));
    assert_eq!(
        outcome.stdout.lines().last(),
        Some(
            format!(
                "{arg}: további 10000 probléma nincs felsorolva; javítsa ki az első 10000 \
                 problémát, és ellenőrizze újra"
            )
            .as_str()
        )
    );
}
