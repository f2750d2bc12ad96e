//! The roles' ESCO skills: generated from ESCO's links, not typed; shown
//! side by side in every format; found by search. The check against ESCO's
//! CSV is ignored, saying so, where the reference file is not at hand.

mod common;

use std::path::PathBuf;

use common::{roles, run_trials, scratch, stdout_of, trial, unless};

#[path = "../examples/esco-skills/generate.rs"]
mod generate;

fn main() {
    let trials = vec![
        unless(
            trial(
                "the_skills_are_what_the_script_makes_of_escos_links",
                the_skills_are_what_the_script_makes_of_escos_links,
            ),
            esco_csv().err(),
        ),
        trial(
            "every_role_carries_every_link_in_json_and_csv",
            every_role_carries_every_link_in_json_and_csv,
        ),
        trial(
            "two_roles_show_shared_and_own_essential_skills_on_one_screen",
            two_roles_show_shared_and_own_essential_skills_on_one_screen,
        ),
        trial(
            "more_roles_show_a_grid_shared_skills_first",
            more_roles_show_a_grid_shared_skills_first,
        ),
        trial(
            "hungarian_output_says_the_labels_are_english",
            hungarian_output_says_the_labels_are_english,
        ),
        trial(
            "search_finds_skills_and_the_other_cdo",
            search_finds_skills_and_the_other_cdo,
        ),
        trial(
            "a_users_skills_are_checked_with_positions",
            a_users_skills_are_checked_with_positions,
        ),
    ];
    run_trials(trials)
}

/// Lines as a terminal `width` columns wide shows them.
fn screen_lines(text: &str, width: usize) -> usize {
    text.lines()
        .map(|line| line.chars().count().div_ceil(width).max(1))
        .sum()
}

/// ESCO v1.2.0's counts for the built-in roles: essential, of which
/// knowledge, and optional (the table, from the reference CSV).
const COUNTS: [(&str, usize, usize, usize); 4] = [
    ("cto", 22, 5, 61),
    ("cio", 23, 9, 66),
    ("cdo", 16, 8, 45),
    ("ciso", 47, 21, 34),
];

fn every_role_carries_every_link_in_json_and_csv() {
    for (role, essential, knowledge, optional) in COUNTS {
        let json = stdout_of(&["show", role, "--format", "json"]);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let skills = &value["skills"][0];
        assert_eq!(skills["role"], role);
        assert_eq!(skills["source"], "esco-skills");
        assert!(
            skills["occupation"]
                .as_str()
                .is_some_and(|uri| uri.starts_with("http://data.europa.eu/esco/occupation/"))
        );
        let links = skills["links"].as_array().expect("links");
        let count = |relation: &str, kind: Option<&str>| {
            links
                .iter()
                .filter(|link| link["relation"] == relation)
                .filter(|link| kind.is_none_or(|kind| link["kind"] == kind))
                .count()
        };
        assert_eq!(count("essential", None), essential, "{role}");
        assert_eq!(count("essential", Some("knowledge")), knowledge, "{role}");
        assert_eq!(count("optional", None), optional, "{role}");
        assert_eq!(skills["essential"], essential);
        assert_eq!(skills["optional"], optional);

        let csv = stdout_of(&["show", role, "--format", "csv"]);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().expect("a header").clone();
        assert_eq!(&header[7], "kind");
        assert_eq!(&header[8], "flags");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("CSV")).collect();
        let of = |section: &str| rows.iter().filter(|row| &row[1] == section).count();
        assert_eq!(of("skills/essential"), essential, "{role} CSV");
        assert_eq!(of("skills/optional"), optional, "{role} CSV");
        assert!(
            rows.iter()
                .any(|row| &row[1] == "skills/essential" && &row[8] == "digital")
        );
    }
    // "manage digital identity", ESCO's one transversal skill among these roles.
    let csv = stdout_of(&["show", "ciso", "--format", "csv"]);
    assert!(csv.contains("\"manage digital identity\""), "{csv}");
    assert!(csv.contains("transversal"), "{csv}");
}

fn two_roles_show_shared_and_own_essential_skills_on_one_screen() {
    let shown = stdout_of(&[
        "--width",
        "100",
        "compare",
        "cto",
        "cio",
        "--section",
        "skills",
    ]);
    for words in [
        "Essential skills: 13 shared, 9 CTO only, 10 CIO only.",
        "Optional skills: CTO 61, CIO 66.",
        "Shared (13)",
        "CTO only (9)",
        "CIO only (10)",
        "[4] ESCO v1.2.0",
    ] {
        assert!(shown.contains(words), "{words:?} in\n{shown}");
    }
    // "manage budgets" is the CTO's alone, in the CTO's column.
    let budgets = shown
        .lines()
        .find(|line| line.contains("manage budgets"))
        .expect("manage budgets");
    let cells: Vec<&str> = budgets.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(cells[2], "manage budgets", "{budgets}");
    assert!(
        shown.contains("information architecture\u{a0}◆"),
        "knowledge marked"
    );
    for lang in ["en", "hu"] {
        let shown = stdout_of(&[
            "--lang",
            lang,
            "--width",
            "100",
            "compare",
            "cto",
            "cio",
            "--section",
            "skills",
        ]);
        let lines = screen_lines(&shown, 100);
        assert!(lines <= 50, "{lang}: {lines} lines\n{shown}");
    }
    // The whole comparison lists the optional skills too.
    let whole = stdout_of(&["--width", "100", "compare", "cto", "cio"]);
    assert!(whole.contains("Optional, shared (45): ABAP,"), "{whole}");
    assert!(whole.contains("Optional, CTO only (16):"), "{whole}");
    assert!(whole.contains("Optional, CIO only (21):"), "{whole}");
}

fn more_roles_show_a_grid_shared_skills_first() {
    let shown = stdout_of(&[
        "--width",
        "100",
        "compare",
        "cto",
        "cio",
        "ciso",
        "cdo",
        "--section",
        "skills",
    ]);
    assert!(
        shown.contains("Essential skills: CTO 22, CIO 23, CISO 47, CDO 16."),
        "{shown}"
    );
    let rows: Vec<&str> = shown
        .lines()
        .filter(|line| line.starts_with('│') && !line.contains("Essential skill "))
        .collect();
    let marks = |line: &str| line.matches('●').count();
    // Shared by all four first, then by fewer, never more after fewer.
    assert_eq!(marks(rows[0]), 4, "{shown}");
    assert_eq!(marks(rows[1]), 4, "{shown}");
    assert!(
        rows.windows(2).all(|pair| marks(pair[0]) >= marks(pair[1])),
        "{shown}"
    );
    assert!(shown.contains("● essential · ○ optional"), "{shown}");
}

fn hungarian_output_says_the_labels_are_english() {
    let shown = stdout_of(&[
        "--lang",
        "hu",
        "--width",
        "100",
        "compare",
        "cto",
        "cio",
        "--section",
        "skills",
    ]);
    assert!(
        shown.contains("angol nyelvű megnevezésével, fordítás nélkül"),
        "{shown}"
    );
    assert!(
        shown.contains("13 közös, 9 csak a CTO-é, 10 csak a CIO-é"),
        "{shown}"
    );
    assert!(
        shown.contains("manage budgets"),
        "the label is ESCO's, untranslated"
    );
    let found = stdout_of(&["--lang", "hu", "search", "manage", "budgets"]);
    assert!(
        found.contains("manage budgets (alapvető készség, angolul) [4]"),
        "{found}"
    );
    let json = stdout_of(&["--lang", "hu", "show", "cto", "--format", "json"]);
    assert!(json.contains("\"labels_lang\": \"en\""), "{json}");
}

fn search_finds_skills_and_the_other_cdo() {
    let found = stdout_of(&["search", "budget"]);
    assert!(found.contains("CTO  Budget: Technology budget"), "{found}");
    assert!(
        found.contains("CTO  Skills: manage budgets (essential skill) [4]"),
        "{found}"
    );
    assert!(
        found.contains("CIO  Skills: manage budgets (optional skill) [4]"),
        "{found}"
    );
    for lang in ["en", "hu"] {
        let output = roles()
            .args(["--lang", lang, "search", "chief", "digital", "officer"])
            .output()
            .expect("roles runs");
        assert_eq!(output.status.code(), Some(0), "{lang}");
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(said.contains("ESCO v1.2.0"), "{said}");
        assert!(said.contains("chief digital officer"), "{said}");
        assert!(said.contains("chief data officer"), "{said}");
    }
}

fn a_users_skills_are_checked_with_positions() {
    let directory = scratch();
    let path = common::file(
        &directory,
        "vpe.yaml",
        b"roles:
  - id: vpe
    abbreviation: VPE
    title: { en: VP of Engineering, hu: m\xc3\xa9rn\xc3\xb6ki aleln\xc3\xb6k }
    summary: { en: Leads engineering., hu: Vezeti a m\xc3\xa9rn\xc3\xb6k\xc3\xb6ket., sources: [esco] }
    responsibilities:
      - { theme: strategy, title: { en: a, hu: a }, detail: { en: b, hu: b }, sources: [esco] }
    skills:
      source: esco-skills
      links:
        - { label: manage budgets, relation: mandatory }
",
    );
    let path = path.to_str().expect("a UTF-8 path");
    // What `validate` says of `file` in `lang`, where it finds an error.
    let validate = |lang: &str, file: &str| {
        let output = roles()
            .args(["--lang", lang, "validate", file])
            .output()
            .expect("roles runs");
        assert_eq!(output.status.code(), Some(2), "{lang}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let said = validate("en", path);
    assert!(
        said.contains(&format!(
            "{path}:11:46: roles[0].skills.links[0].relation: expected one of `essential`, `optional`, found `mandatory`"
        )),
        "{said}"
    );
    let said = validate("hu", path);
    assert!(said.contains(":11:46: "), "{said}");
    assert!(
        said.contains("a következők egyike: `essential`, `optional`"),
        "{said}"
    );
    // A skill linked twice would be counted twice and listed once.
    let twice = std::fs::read_to_string(path).expect("readable").replace(
        "relation: mandatory }",
        "relation: essential }\n        - { label: manage budgets, relation: optional }",
    );
    let twice = common::file(&directory, "twice.yaml", twice.as_bytes());
    let said = validate("en", twice.to_str().expect("UTF-8"));
    assert!(
        said.contains(":12:20: skill 'manage budgets' is linked to the role twice"),
        "{said}"
    );
    let good = std::fs::read_to_string(path)
        .expect("readable")
        .replace("mandatory", "essential");
    let good = common::file(&directory, "good.yaml", good.as_bytes());
    let shown = stdout_of(&[
        "--data",
        good.to_str().expect("UTF-8"),
        "compare",
        "vpe",
        "cto",
        "--section",
        "skills",
    ]);
    assert!(
        shown.contains("Essential skills: 1 shared, 0 VPE only, 21 CTO only."),
        "{shown}"
    );
}

/// ESCO v1.2.0's links of the built-in roles: `ROLES_ESCO_SKILLS`, or the
/// reference copy beside the repository.
fn esco_csv() -> Result<PathBuf, String> {
    let path = std::env::var_os("ROLES_ESCO_SKILLS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/esco/skills_v1.2.0_team.csv"),
        PathBuf::from,
    );
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!(
            "needs ESCO's skills CSV ({}; set ROLES_ESCO_SKILLS)",
            path.display()
        ))
    }
}

/// The script run over the built-in dataset changes nothing: every label,
/// relation, kind and flag is ESCO's, in the script's order.
fn the_skills_are_what_the_script_makes_of_escos_links() {
    let path = esco_csv().expect("checked before the trial runs");
    let csv = std::fs::read_to_string(&path).expect("the CSV is readable");
    let builtin = roles::dataset::BUILTIN_YAML;
    let made = generate::with_skills(&csv, builtin).expect("the script runs");
    if made != builtin {
        let diff = similar::TextDiff::from_lines(builtin, made.as_str());
        panic!(
            "data/roles.yaml differs from what `cargo run --example esco-skills` writes:\n{}",
            diff.unified_diff().context_radius(1)
        );
    }
}
