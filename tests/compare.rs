//! `roles compare`: roles side by side, aligned by theme.

mod common;

use common::{assert_rendered, failure_of, lines_with, stdout_of};
use roles::model::{Lang, Section};

/// One table of unwrapped output: rows of cells, each cell's lines joined by `\n`.
fn table_after(output: &str, heading: &str) -> Vec<Vec<String>> {
    let lines = output
        .lines()
        .skip_while(|line| *line != heading)
        .skip_while(|line| !line.starts_with('┌'))
        .skip(1);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in lines {
        if line.starts_with('├') || line.starts_with('╞') || line.starts_with('└') {
            rows.push(
                current
                    .drain(..)
                    .map(|cell| cell.join("\n").trim().to_owned())
                    .collect(),
            );
            if line.starts_with('└') {
                break;
            }
            continue;
        }
        if !line.starts_with('│') {
            break;
        }
        let inner = line.trim_start_matches('│').trim_end_matches('│');
        let cells: Vec<&str> = inner.split('┆').collect();
        if current.is_empty() {
            current = vec![Vec::new(); cells.len()];
        }
        for (column, cell) in cells.iter().enumerate() {
            current[column].push(cell.trim().to_owned());
        }
    }
    rows
}

fn row<'a>(table: &'a [Vec<String>], theme: &str) -> &'a [String] {
    table
        .iter()
        .find(|row| row[0].trim_start_matches(['●', '≠', ' ']) == theme)
        .unwrap_or_else(|| panic!("no row for {theme}"))
}

#[test]
fn items_of_one_theme_stand_on_one_row() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    let table = table_after(&output, "Responsibilities");
    assert_eq!(table[0], ["Theme", "CTO", "CIO"]);

    let infrastructure = row(&table, "Infrastructure and IT operations");
    assert!(infrastructure[1].contains("▸ Architect of the technology infrastructure"));
    assert!(infrastructure[1].contains("[2]"));
    assert!(infrastructure[2].contains("▸ IT infrastructure"));
    assert!(infrastructure[2].contains("hardware, networks and software systems"));

    let vendors = row(&table, "Vendors and partners");
    assert!(vendors[1].contains("assesses and chooses the vendors"));
    assert!(vendors[2].contains("▸ Communication with technology vendors"));
    assert!(!vendors[1].contains("▸ Communication with technology vendors"));
}

#[test]
fn a_cell_no_source_covers_says_so() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    let table = table_after(&output, "Responsibilities");
    let security = row(&table, "Security");
    assert_eq!(security[1], "—");
    assert!(security[2].contains("Cybersecurity"));
    // Its legend stands directly under the table that uses it.
    let after = output
        .split("Responsibilities\n")
        .nth(1)
        .and_then(|rest| rest.split("\n└").nth(1))
        .unwrap_or_default();
    assert!(
        after.contains("\n— not covered by the sources\n"),
        "{after}"
    );
}

#[test]
fn themes_every_role_has_are_marked() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    let table = table_after(&output, "Responsibilities");
    let marked: Vec<&str> = table
        .iter()
        .filter_map(|row| row[0].strip_prefix("● "))
        .collect();
    assert!(marked.contains(&"Teams and leadership"));
    assert!(!marked.contains(&"Security"));
    // Where the sources disagree, the row is not marked as common ground but
    // as contested, and what each source says stands under the table.
    let contested: Vec<&str> = table
        .iter()
        .filter_map(|row| row[0].strip_prefix("≠ "))
        .collect();
    assert_eq!(
        contested,
        ["Vendors and partners", "Infrastructure and IT operations"]
    );
    assert!(!marked.contains(&"Vendors and partners"));
    let notes = lines_with(
        &output,
        &["≠ Vendors and partners: the sources disagree. [1]"],
    );
    assert_eq!(notes.len(), 1, "{output}");
    assert_eq!(
        lines_with(
            &output,
            &["● each compared role has items of its own on this theme"]
        )
        .len(),
        1
    );
}

#[test]
fn every_item_of_both_roles_is_shown() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    let dataset = roles::builtin::dataset();
    for id in ["cto", "cio"] {
        let role = dataset.role(id).expect("built-in role");
        for section in [
            Section::Responsibilities,
            Section::Focus,
            Section::Challenges,
        ] {
            for item in role.items(section) {
                assert!(
                    output.contains(item.title.en()),
                    "{id} {section:?} item '{}' is missing",
                    item.title.en()
                );
                assert!(output.contains(item.detail.en()));
            }
        }
    }
    for shared in dataset.shared() {
        for item in shared.collaboration.iter().chain(shared.challenges.iter()) {
            assert!(
                output.contains(item.title.en()),
                "shared item '{}' is missing",
                item.title.en()
            );
        }
    }
}

#[test]
fn shared_ground_follows_the_sections() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    let headings: Vec<&str> = output
        .lines()
        .filter(|line| {
            [
                "Responsibilities",
                "Focus areas",
                "Challenges",
                "Common ground",
                "Sources",
            ]
            .contains(line)
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Responsibilities",
            "Focus areas",
            "Challenges",
            "Common ground",
            "Sources"
        ]
    );
    let shared = table_after(&output, "Common ground");
    assert_eq!(
        shared[0],
        ["Theme", "How they work together", "Challenges they share"]
    );
    let collaboration = row(&shared, "Collaboration");
    assert!(collaboration[2].contains("Bridging technology and business"));
    assert!(output.contains("two distinct positions"));
}

#[test]
fn sources_are_listed_with_their_numbers() {
    let output = stdout_of(&["compare", "cto", "cio"]);
    assert!(
        output.contains("[1] CTO vs. CIO – Understanding the Difference (web article, in English)")
    );
    assert!(output.contains("[2] CTO vs CIO (web article, in Hungarian)"));
    // A reader gets a reference, not the file name the dataset keeps it under.
    assert!(!output.contains(".txt"));
}

#[test]
fn sections_narrow_the_comparison() {
    let output = stdout_of(&["compare", "cto", "cio", "--section", "challenges"]);
    assert!(output.lines().any(|line| line == "Challenges"));
    assert!(!output.lines().any(|line| line == "Responsibilities"));
    assert!(!output.lines().any(|line| line == "Common ground"));
    assert!(output.contains("Changing cyber threats"));
    assert!(!output.contains("Technology budget"));
}

#[test]
fn hungarian_is_hungarian_with_correct_accents() {
    let output = stdout_of(&["--lang", "hu", "compare", "cto", "cio"]);
    assert!(output.starts_with("CTO és CIO\n"));
    for expected in [
        "technológiai igazgató",
        "informatikai igazgató",
        "Felelősségi körök",
        "Fókuszterületek",
        "Kihívások",
        "Közös pontok",
        "Források",
        "Kiberbiztonság",
        "A mérnöki osztály vezetése",
    ] {
        assert!(output.contains(expected), "missing {expected}");
    }
    assert!(
        !output.contains('õ') && !output.contains('û'),
        "encoding artefacts in Hungarian"
    );
    assert!(!output.contains("Responsibilities") && !output.contains("Cybersecurity"));
}

#[test]
fn every_language_has_every_text() {
    let dataset = roles::builtin::dataset();
    for lang in Lang::ALL {
        let output = stdout_of(&["--lang", lang.code(), "compare", "cto", "cio"]);
        for id in ["cto", "cio"] {
            let role = dataset.role(id).expect("built-in role");
            for item in role.every_item() {
                let title = item.title.translation(lang).expect("translated");
                assert!(output.contains(title), "{lang}: '{title}' missing");
            }
        }
    }
}

#[test]
fn role_ids_ignore_case() {
    assert_eq!(
        stdout_of(&["compare", "CTO", "Cio"]),
        stdout_of(&["compare", "cto", "cio"])
    );
}

#[test]
fn unknown_role_is_one_line_with_a_suggestion() {
    let stderr = failure_of(&["compare", "ctoo", "cio"], 2);
    assert_eq!(
        stderr,
        "roles: error: unknown role 'ctoo' (did you mean 'cto'?); known roles: cto, cio, ciso, cdo\n"
    );
    let stderr = failure_of(&["compare", "cto", "ceo"], 2);
    assert!(stderr.starts_with("roles: error: unknown role 'ceo'"));
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn naming_a_role_twice_is_an_error() {
    let stderr = failure_of(&["compare", "cto", "cto"], 2);
    assert_eq!(stderr, "roles: error: role 'cto' is named more than once\n");
}

#[test]
fn one_role_is_a_usage_error_on_one_line() {
    let stderr = failure_of(&["compare", "cto"], 2);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("roles: error: "));
}

#[test]
fn unknown_language_lists_the_available_ones() {
    let stderr = failure_of(&["--lang", "de", "compare", "cto", "cio"], 2);
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("available languages: en, hu"), "{stderr}");
}

#[test]
fn unwrapped_when_piped_and_wrapped_on_request() {
    let piped = stdout_of(&["compare", "cto", "cio"]);
    assert!(piped.lines().any(|line| line.chars().count() > 200));
    let wrapped = stdout_of(&["--width", "100", "compare", "cto", "cio"]);
    assert!(wrapped.lines().all(|line| line.chars().count() <= 100));
    let tiny = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
    assert!(tiny.lines().all(|line| line.chars().count() <= 60));
    assert!(tiny.contains("Chief"));
}

#[test]
fn wrapped_output_matches_the_rendered_file() {
    assert_rendered(
        "compare-cto-cio.en.txt",
        &stdout_of(&["compare", "cto", "cio"]),
    );
    assert_rendered(
        "compare-cto-cio.hu.txt",
        &stdout_of(&["--lang", "hu", "compare", "cto", "cio"]),
    );
    assert_rendered(
        "compare-cto-cio.width-100.en.txt",
        &stdout_of(&["--width", "100", "compare", "cto", "cio"]),
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_roles"))
        .args(["--color=never", "compare", "cto", "cio"])
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("roles starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("roles ends");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
