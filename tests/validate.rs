//! `roles validate`: every problem of every file, each once, each with its
//! position, whatever the file's size.

mod common;

use std::fmt::Write as _;

use common::{file, roles, scratch};

/// A role in the dataset's own format, citing the built-in themes and sources.
/// Runs `roles validate` on `files`.
fn validate(files: &[&str]) -> std::process::Output {
    roles()
        .arg("validate")
        .args(files)
        .output()
        .expect("roles runs")
}

fn role(id: &str) -> String {
    format!(
        "  - id: {id}\n    abbreviation: R\n    title: {{ en: A role, hu: Egy szerepkör }}\n    \
         summary: {{ en: Does things., hu: Dolgokat végez., sources: [article-en] }}\n    \
         focus:\n      - {{ theme: strategy, title: {{ en: T, hu: T }}, detail: {{ en: D, hu: D }}, \
         sources: [article-en] }}\n"
    )
}

#[test]
fn every_duplicate_id_in_a_large_file_is_listed_with_its_position() {
    // Enough duplicates in a file large enough that placing each by reading
    // the file again would cost far more than the file is worth.
    let mut yaml = String::from("roles:\n");
    for index in 0..4_000 {
        yaml.push_str(&role(&format!("role-{index}")));
    }
    for index in 0..400 {
        yaml.push_str(&role(&format!("role-{index}")));
    }
    let directory = scratch();
    let path = file(&directory, "dupes.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = roles()
        .args(["validate", arg])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 400, "each duplicate once");
    for (index, line) in lines.iter().enumerate() {
        let first_line = 2 + index * 6;
        let again_line = 2 + (4_000 + index) * 6;
        assert_eq!(
            *line,
            format!(
                "{arg}:{again_line}:9: duplicate role id 'role-{index}', first defined at \
                 {arg}:{first_line}:9"
            )
        );
    }
}

#[test]
fn whether_a_file_is_valid_does_not_depend_on_its_size() {
    // `roles: []` closes the list; the items after it are a syntax error,
    // in a small file and in one over a mebibyte alike.
    for count in [1, 5_000] {
        let mut yaml = String::from("roles: []\n");
        for index in 0..count {
            yaml.push_str(&role(&format!("role-{index}")));
        }
        let directory = scratch();
        let path = file(&directory, "closed.yaml", yaml.as_bytes());
        let arg = path.to_str().expect("UTF-8");
        let output = validate(&[arg]);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{} bytes: {}",
            yaml.len(),
            String::from_utf8_lossy(&output.stdout)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.starts_with(&format!("{arg}:2:")), "{stdout}");
    }
}

#[test]
fn each_file_is_named_once_in_the_verdict() {
    let directory = scratch();
    let a = file(
        &directory,
        "a.yaml",
        format!("roles:\n{}", role("one")).as_bytes(),
    );
    let b = file(
        &directory,
        "b.yaml",
        format!("roles:\n{}", role("two")).as_bytes(),
    );
    let (a, b) = (a.to_str().expect("UTF-8"), b.to_str().expect("UTF-8"));
    let output = validate(&[a, b]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("valid: <built-in>/data/roles.yaml, {a}, {b} (6 roles, 14 themes, 4 sources)\n")
    );
}

#[test]
fn syntax_errors_are_placed_where_the_mistake_is() {
    let directory = scratch();
    let cases = [
        // The quote opens on line 2; the file ends without closing it.
        (
            "quote.yaml",
            "roles:\n  - id: \"cto\n    abbreviation: CTO\n",
            "2:9: this quoted text is not closed",
        ),
        // The key on line 3 has no `:`; the parser only notices on line 4.
        (
            "colon.yaml",
            "roles:\n  - id: x\n    abbreviation CTO\n    title: { en: X }\n",
            "3:5: a `:` is missing after this key",
        ),
        (
            "tab.yaml",
            "roles:\n\t- id: x\n",
            "2:2: a tab is used for indentation here",
        ),
        (
            "twice.yaml",
            "roles:\n  - id: x\n    id: y\n",
            "3:5: key `id` is given twice in one mapping",
        ),
    ];
    let mut report = String::new();
    for (name, yaml, expected) in cases {
        let path = file(&directory, name, yaml.as_bytes());
        let arg = path.to_str().expect("UTF-8");
        let output = validate(&[arg]);
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !stdout.starts_with(&format!("{arg}:{expected}")) {
            let _ = writeln!(report, "{name}: expected {expected}, got {stdout}");
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn null_is_refused_wherever_text_or_a_value_belongs() {
    let directory = scratch();
    let yaml = "roles:\n  - id: x\n    abbreviation: ~\n    title: { en: null }\n    \
                summary: { en: S, sources: [article-en] }\n    orientation:\n    \
                focus:\n      - { theme: strategy, title: { en: '~' }, detail: { en: D }, sources: [article-en] }\n";
    let path = file(&directory, "nulls.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = validate(&[arg]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let nulls: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains("expected text, found none"))
        .collect();
    assert_eq!(nulls.len(), 3, "{stdout}");
    for place in ["3:19:", "4:18:", "6:5:"] {
        assert!(
            nulls
                .iter()
                .any(|line| line.starts_with(&format!("{arg}:{place}"))),
            "{place} in {stdout}"
        );
    }
}

#[test]
fn an_empty_value_in_braces_is_one_problem() {
    let directory = scratch();
    let yaml = "roles:\n  - id: x\n    abbreviation: X\n    title: { en: T, hu: }\n    \
                summary: { en: S, sources: [article-en] }\n    \
                focus:\n      - { theme: strategy, title: { en: T }, detail: { en: D }, sources: [article-en] }\n";
    let path = file(&directory, "empty.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = validate(&[arg]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let errors: Vec<&str> = stdout
        .lines()
        .filter(|line| !line.contains("warning:"))
        .collect();
    assert_eq!(
        errors,
        [format!(
            "{arg}:4:21: expected text, found none (the field is missing, or `~`, `null` or empty); write the text, or leave out an optional field"
        )]
    );
}

#[test]
fn a_group_must_name_two_different_roles() {
    let directory = scratch();
    let yaml = "shared:\n  - id: g\n    roles: [cto, cto]\n    \
                collaboration:\n      - { theme: strategy, title: { en: T, hu: T }, detail: { en: D, hu: D }, sources: [article-en] }\n";
    let path = file(&directory, "group.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = validate(&[arg]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!(
            "{arg}:3:18: role 'cto' is named twice in this group"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("`roles` must name at least two different roles"),
        "{stdout}"
    );
}

/// A broken item hides neither its role's own problems nor those of the
/// role's other items, before or after it.
#[test]
fn a_broken_item_hides_nothing_else_in_its_role() {
    let directory = scratch();
    let yaml = "roles:\n  - id: lead\n    abbreviation: LEAD\n    title: { en: Lead }\n    \
                summary: { en: Leads., sources: [nowhere] }\n    responsibilities:\n      \
                - { theme: strategi, title: { en: T }, detail: { en: D }, sources: [article-en] }\n      \
                - { theme: strategy, title: { en: T }, detial: { en: D }, sources: [article-en] }\n      \
                - { theme: strategy, title: { en: T }, detail: { en: D }, sources: [nowhere3] }\n";
    let path = file(&directory, "broken.yaml", yaml.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = validate(&[arg]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let errors: Vec<String> = stdout
        .lines()
        .filter(|line| !line.contains("warning:"))
        .map(|line| line.replacen(arg, "broken.yaml", 1))
        .collect();
    assert_eq!(
        errors,
        [
            "broken.yaml:8:46: roles[0].responsibilities[1].detial: unknown field `detial` in an item (did you mean `detail`?)",
            "broken.yaml:5:38: unknown source 'nowhere'",
            "broken.yaml:7:18: unknown theme 'strategi' (did you mean 'strategy'?)",
            "broken.yaml:9:75: unknown source 'nowhere3'",
        ]
    );
}

/// `validate` and loading take and refuse the same files: whatever loads is
/// valid, whatever `validate` calls valid loads.
fn agree(
    directory: &tempfile::TempDir,
    data: &[&str],
    env: &[(&str, &str)],
    files: &[&str],
) -> String {
    let mut loading = roles();
    loading
        .current_dir(directory.path())
        .envs(env.iter().copied());
    for path in data {
        loading.args(["--data", path]);
    }
    let loaded = loading.arg("list").output().expect("roles runs");
    let mut validating = roles();
    validating
        .current_dir(directory.path())
        .envs(env.iter().copied());
    for path in data {
        validating.args(["--data", path]);
    }
    let validated = validating
        .arg("validate")
        .args(files)
        .output()
        .expect("roles runs");
    let (loaded_err, validated_out) = (
        String::from_utf8_lossy(&loaded.stderr),
        String::from_utf8_lossy(&validated.stdout),
    );
    assert!(
        loaded.status.success(),
        "{data:?} {env:?}: loading refused: {loaded_err}"
    );
    assert!(
        validated.status.success()
            && validated_out
                .lines()
                .last()
                .is_some_and(|line| line.starts_with("valid: ")),
        "{data:?} {env:?} {files:?}: {validated_out}{}",
        String::from_utf8_lossy(&validated.stderr)
    );
    validated_out.into_owned()
}

#[test]
fn a_byte_order_mark_is_read_past_by_validate_as_by_loading() {
    let directory = scratch();
    let yaml = format!("\u{feff}roles:\n{}", role("bom"));
    file(&directory, "bom.yaml", yaml.as_bytes());
    agree(&directory, &["bom.yaml"], &[], &[]);
    agree(&directory, &[], &[], &["bom.yaml"]);
}

#[test]
fn a_file_named_twice_is_read_once_by_loading_as_by_validate() {
    let directory = scratch();
    file(
        &directory,
        "team.yaml",
        format!("roles:\n{}", role("mine")).as_bytes(),
    );
    std::os::unix::fs::symlink("team.yaml", directory.path().join("link.yaml")).expect("a link");
    agree(&directory, &["team.yaml", "team.yaml"], &[], &[]);
    agree(
        &directory,
        &["team.yaml", "./team.yaml", "link.yaml"],
        &[],
        &[],
    );
    agree(
        &directory,
        &[],
        &[("ROLES_DATA", "team.yaml:team.yaml")],
        &[],
    );
    agree(&directory, &["team.yaml"], &[], &["./team.yaml"]);
}

/// 3,200 roles in English only: 12,800 missing translations, more warnings
/// than are listed. Warnings never make a file invalid, and the verdict
/// counts them all.
#[test]
fn any_number_of_warnings_leaves_a_file_valid() {
    let mut yaml = String::from("roles:\n");
    for index in 0..3_200 {
        write!(
            yaml,
            "  - id: r{index}\n    abbreviation: R\n    title: {{ en: A role }}\n    \
             summary: {{ en: Does things., sources: [article-en] }}\n    \
             focus: [{{ theme: strategy, title: {{ en: T }}, detail: {{ en: D }}, sources: [article-en] }}]\n"
        )
        .expect("a string");
    }
    let directory = scratch();
    file(&directory, "english.yaml", yaml.as_bytes());
    let out = agree(&directory, &[], &[], &["english.yaml"]);
    let verdict = out.lines().last().unwrap_or_default();
    assert!(verdict.ends_with("; 12800 warnings)"), "{verdict}");
    assert!(
        out.contains("2800 more problems are not listed"),
        "the notice of the rest is there, as a note: {}",
        out.lines().rev().nth(1).unwrap_or_default()
    );
}

/// The invalid datasets of tests/data/invalid, each showing one kind of
/// mistake or several.
fn invalid_fixtures() -> Vec<std::path::PathBuf> {
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/invalid");
    let mut files: Vec<_> = std::fs::read_dir(directory)
        .expect("tests/data/invalid")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    assert!(files.len() > 10, "the fixtures are there");
    files
}

/// Under `--lang hu`, `validate` says every problem of every invalid
/// fixture in Hungarian, at the same places, with the same exit code, and
/// its verdict too; only the YAML library's own words stay English.
#[test]
fn every_problem_is_said_in_hungarian_where_english_says_it() {
    for path in invalid_fixtures() {
        let arg = path.to_str().expect("UTF-8");
        let english = validate(&[arg]);
        let hungarian = roles()
            .args(["--lang", "hu", "validate", arg])
            .output()
            .expect("roles runs");
        assert_eq!(hungarian.status.code(), Some(2), "{arg}");
        assert_eq!(hungarian.status.code(), english.status.code(), "{arg}");
        let (english_out, hungarian_out) = (
            String::from_utf8_lossy(&english.stdout),
            String::from_utf8_lossy(&hungarian.stdout),
        );
        assert_eq!(
            english_out.lines().count(),
            hungarian_out.lines().count(),
            "{hungarian_out}"
        );
        for (english, hungarian) in english_out.lines().zip(hungarian_out.lines()) {
            let place = |line: &str| line.split(": ").next().unwrap_or_default().to_owned();
            assert_eq!(place(english), place(hungarian), "{hungarian}");
            assert_ne!(english, hungarian);
            // The file's name, here or quoted, is not a word of ours.
            let ours = hungarian.replace(arg, "");
            // The YAML library words its syntax errors; we frame them.
            let ours = ours.split("YAML-szintaxishiba: ").next().unwrap_or(&ours);
            let words = common::english::english_words(ours);
            assert!(words.is_empty(), "{words:?} in {hungarian}");
        }
        let verdict = String::from_utf8_lossy(&hungarian.stderr);
        assert!(
            verdict.starts_with("roles: hiba: ")
                && verdict.contains(" hiba és ")
                && verdict
                    .contains(" figyelmeztetés ezekben a fájlokban: <built-in>/data/roles.yaml, "),
            "{verdict}"
        );
    }
}

#[test]
fn a_valid_dataset_is_said_valid_in_hungarian() {
    let vpe = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vpe.yaml");
    let output = roles()
        .args(["--lang", "hu", "validate", vpe])
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("érvényes: <built-in>/data/roles.yaml, {vpe} (5 szerepkör, 14 téma, 5 forrás)\n")
    );
    let nothing = roles()
        .args(["--lang", "hu", "--no-builtin", "validate"])
        .output()
        .expect("roles runs");
    assert_eq!(nothing.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&nothing.stderr),
        "roles: hiba: nincs mit ellenőrizni: a --no-builtin kapcsoló mellett nincs megadva fájl\n"
    );
}

/// The Hungarian words of some problems, exactly, as an editor reviewed them.
#[test]
fn problems_read_as_a_hungarian_editor_wrote_them() {
    let records = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/invalid/records.yaml"
    );
    let output = roles()
        .args(["--lang", "hu", "validate", records])
        .output()
        .expect("roles runs");
    let stdout = String::from_utf8_lossy(&output.stdout).replace(records, "records.yaml");
    for expected in [
        "records.yaml:18:5: roles[1].titel: ismeretlen mező egy szerepkörben: `titel`. Talán erre gondolt: `title`?",
        "records.yaml:16:19: roles[0].abbreviation: rossz értéktípus: lista; ide ez kell: szöveg",
        "records.yaml:35:34: ismeretlen téma: „strategi”. Talán erre gondolt: „strategy”?",
        "records.yaml:12:9: ismétlődő azonosító: „planning”; már van ilyen azonosítójú téma (első előfordulása: records.yaml:10:9)",
        "records.yaml:9:12: figyelmeztetés: nincs magyar fordítás; helyette az angol szöveg jelenik meg",
        "records.yaml:45:18: ez a szerepkör kétszer van megadva ebben a közös csoportban: „cto”",
    ] {
        assert!(
            stdout.lines().any(|line| line == expected),
            "{expected} in {stdout}"
        );
    }
}

/// Shapes serde words itself (a list where a record belongs, a language
/// code that is none) are said in the chosen language, with the article
/// English needs.
#[test]
fn shapes_serde_words_are_said_in_either_language() {
    let directory = common::scratch();
    let yaml = "roles:\n  - []\n  - id: x\n    abbreviation: X\n    title: { en: X }\n    summary: { en: S, sources: [esco] }\n    responsibilities: [ \"str\" ]\n    classification: { source: esco, esco_code: \"1\", isco_group: \"1\", uri: u, alt_labels: [{ lang: xx, label: y }] }\n";
    let path = common::file(&directory, "shapes.yaml", yaml.as_bytes());
    let run = |lang: &str| {
        let output = roles()
            .args(["--lang", lang, "validate"])
            .arg(&path)
            .output()
            .expect("roles runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let english = run("en");
    for line in [
        "roles[0]: expected a role, found a list",
        "roles[1].responsibilities[0]: expected an item, found text",
        "roles[1].classification.alt_labels[0].lang: expected a language code, found `xx`",
    ] {
        assert!(english.contains(line), "{line} in {english}");
    }
    let hungarian = run("hu");
    for line in [
        "roles[0]: rossz értéktípus: lista; ide ez kell: szerepkör",
        "roles[1].responsibilities[0]: rossz értéktípus: szöveg; ide ez kell: tétel",
        "roles[1].classification.alt_labels[0].lang: rossz értéktípus: `xx`; ide ez kell: nyelvkód",
    ] {
        assert!(hungarian.contains(line), "{line} in {hungarian}");
    }
}

/// A backslash that starts no escape is said as such, not as an unclosed
/// quote; and every text of a source must say something.
#[test]
fn a_bad_escape_and_empty_source_texts_are_named() {
    let directory = scratch();
    let escape = file(
        &directory,
        "escape.yaml",
        b"sources: [{id: s, title: \"see C:\\Docs\\roles\", language: en}]\n",
    );
    let output = roles()
        .arg("validate")
        .arg(&escape)
        .output()
        .expect("roles runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("a backslash that starts no escape"),
        "{stdout}"
    );
    assert!(!stdout.contains("not closed"), "{stdout}");
    let empty = file(
        &directory,
        "empty.yaml",
        b"sources: [{ id: s, title: t, language: \"\", publisher: {en: \"\", hu: \"\"}, url: \"\", date: \"\" }]\n",
    );
    let output = roles()
        .arg("validate")
        .arg(&empty)
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    for said in [
        "language is empty",
        "date is empty",
        "url is empty",
        "English text is empty",
    ] {
        assert!(stdout.contains(said), "{said} in {stdout}");
    }
}
