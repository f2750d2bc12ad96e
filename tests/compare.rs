//! `roles compare`: roles side by side, aligned by theme.

mod common;

use common::{failure_of, lines_with, stdout_of};
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
    // Unwrapped, so that each table row is one line.
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
    let table = table_after(&output, "Responsibilities");
    assert_eq!(table[0], ["Theme", "CTO", "CIO"]);

    let infrastructure = row(&table, "Infrastructure and IT operations");
    assert!(infrastructure[1].contains("▸ Technology infrastructure design"));
    assert!(infrastructure[1].contains("[2]"));
    assert!(infrastructure[2].contains("▸ IT infrastructure"));
    assert!(infrastructure[2].contains("hardware, networks and software systems"));

    let vendors = row(&table, "Vendors and partners");
    assert!(vendors[1].contains("assesses and chooses vendors"));
    assert!(vendors[2].contains("▸ Communication with technology vendors"));
    assert!(!vendors[1].contains("▸ Communication with technology vendors"));
}

#[test]
fn a_cell_no_source_covers_says_so() {
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
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
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
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
        [
            "Strategy and vision",
            "Budget",
            "Vendors and partners",
            "Infrastructure and IT operations",
            "Information and data",
            "Security"
        ]
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

/// The themes the sources disagree on for the CTO and the CIO, by id and
/// by label in each language.
const CONTESTED: [(&str, &str, &str); 6] = [
    ("strategy", "Strategy and vision", "Stratégia és jövőkép"),
    ("budget", "Budget", "Költségvetés"),
    (
        "vendors",
        "Vendors and partners",
        "Beszállítók és partnerek",
    ),
    (
        "infrastructure",
        "Infrastructure and IT operations",
        "Infrastruktúra és informatikai üzemeltetés",
    ),
    ("data", "Information and data", "Információk és adatok"),
    ("security", "Security", "Biztonság"),
];

#[test]
fn every_disagreement_is_shown_in_every_format_and_language() {
    let dataset = roles::builtin::dataset();
    for lang in ["en", "hu"] {
        let code = Lang::from_code(lang).expect("a language");
        let table = stdout_of(&["--lang", lang, "--width", "0", "compare", "cto", "cio"]);
        let markdown = stdout_of(&["--lang", lang, "export", "cto", "cio"]);
        let csv = stdout_of(&["--lang", lang, "compare", "cto", "cio", "--format", "csv"]);
        let wide = stdout_of(&[
            "--lang", lang, "compare", "cto", "cio", "--format", "csv", "--wide",
        ]);
        let json = stdout_of(&["--lang", lang, "compare", "cto", "cio", "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let ids: Vec<&str> = json["disagreements"]
            .as_array()
            .expect("disagreements")
            .iter()
            .filter_map(|it| it["id"].as_str())
            .collect();
        for (id, en, hu) in CONTESTED {
            let label = if lang == "en" { en } else { hu };
            let disagreement = dataset
                .disagreements()
                .iter()
                .find(|it| it.id == id)
                .expect("recorded");
            // What the first side says, as every format words it.
            let says = disagreement.sides[0].says.get(code);
            let first_words: String = says
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                !lines_with(&table, &[&format!("≠ {label}:")]).is_empty(),
                "{lang}: no note under the table for {label}"
            );
            assert!(table.contains(&first_words), "{lang} table: {first_words}");
            assert!(
                markdown.contains(&format!("≠ {label}")),
                "{lang} Markdown: {label}"
            );
            assert!(
                markdown.contains(&first_words),
                "{lang} Markdown: {first_words}"
            );
            // Items name the disagreement by id; the wide sheet says it.
            let mut reader = csv::Reader::from_reader(csv.as_bytes());
            let disputed = reader
                .headers()
                .expect("a header")
                .iter()
                .position(|name| name == "disputed")
                .expect("a disputed column");
            assert!(
                reader
                    .records()
                    .any(|record| record.expect("valid CSV")[disputed] == *id),
                "{lang} CSV: {id}"
            );
            assert!(
                wide.contains(&first_words),
                "{lang} wide CSV: {first_words}"
            );
            assert!(ids.contains(&id), "{lang} JSON: {id}");
        }
    }
}

#[test]
fn the_matrix_marks_and_notes_every_disagreement() {
    for lang in ["en", "hu"] {
        let table = stdout_of(&[
            "--lang", lang, "--width", "0", "matrix", "cto", "cio", "ciso", "cdo",
        ]);
        let json = stdout_of(&[
            "--lang", lang, "matrix", "cto", "cio", "ciso", "cdo", "--format", "json",
        ]);
        let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let csv = stdout_of(&[
            "--lang", lang, "matrix", "cto", "cio", "ciso", "cdo", "--format", "csv",
        ]);
        for (id, en, hu) in CONTESTED {
            let label = if lang == "en" { en } else { hu };
            let row = json["rows"]
                .as_array()
                .expect("rows")
                .iter()
                .find(|row| row["theme"]["label"] == label)
                .expect("a row for every contested theme");
            assert!(
                row["contested"]
                    .as_array()
                    .expect("ids")
                    .iter()
                    .any(|it| it == id),
                "{lang}: {id}"
            );
            assert!(
                row["cells"]
                    .as_array()
                    .expect("cells")
                    .iter()
                    .any(|cell| cell["coverage"] == "contested")
            );
            assert_eq!(
                lines_with(&table, &[&format!("≠ {label}: [")]).len(),
                1,
                "{lang}: {label}\n{table}"
            );
            let csv_row = csv
                .lines()
                .find(|line| {
                    line.starts_with(&format!(
                        "\"{}\",",
                        row["theme"]["id"].as_str().expect("id")
                    ))
                })
                .expect("a CSV row");
            assert!(csv_row.contains("[1]") || csv_row.contains("[2]") || csv_row.contains("[3]"));
        }
        // Security: the CIO's cybersecurity against ESCO's CISO, both marked.
        let security = json["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|row| row["theme"]["id"] == "security")
            .expect("security row");
        let coverage: Vec<&str> = security["cells"]
            .as_array()
            .expect("cells")
            .iter()
            .filter_map(|cell| cell["coverage"].as_str())
            .collect();
        assert_eq!(
            coverage,
            ["not-covered", "contested", "contested", "not-covered"]
        );
        assert!(json["disagreements"].as_array().expect("notes").len() >= 6);
    }
}

#[test]
fn every_item_of_both_roles_is_shown() {
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
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
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
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
    assert!(collaboration[2].contains("Bridge between technology and business"));
    assert!(output.contains("two distinct positions"));
}

#[test]
fn sources_are_listed_with_their_numbers() {
    let output = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
    assert!(output.contains(
        "[1] CTO vs. CIO – Understanding the Difference (web article, in English, publisher and address unknown)"
    ));
    assert!(output.contains(
        "[2] CTO vs CIO (web article, in Hungarian, differkinome.com, https://hu.differkinome.com/articles/business/difference-between-cto-and-cio-3.html)"
    ));
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
    assert!(output.starts_with("CTO és CIO összevetése\n"));
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
        let output = stdout_of(&[
            "--width",
            "0",
            "--lang",
            lang.code(),
            "compare",
            "cto",
            "cio",
        ]);
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
fn wrapped_at_100_when_piped_at_columns_or_width_and_whole_with_width_0() {
    let widest = |output: &str| output.lines().map(|line| line.chars().count()).max();
    let piped = stdout_of(&["compare", "cto", "cio"]);
    assert_eq!(widest(&piped), Some(100), "a pipe, as `| less` reads it");
    let output = common::roles()
        .env("COLUMNS", "120")
        .args(["compare", "cto", "cio"])
        .output()
        .expect("roles runs");
    assert_eq!(widest(&String::from_utf8_lossy(&output.stdout)), Some(120));
    let flag = stdout_of(&["--width", "160", "compare", "cto", "cio"]);
    assert_eq!(widest(&flag), Some(160));
    // Lines but a source's web address, which is kept whole to be followed.
    let widest_text = |output: &str| {
        output
            .lines()
            .filter(|line| !line.starts_with("https://"))
            .map(|line| line.chars().count())
            .max()
    };
    let tiny = stdout_of(&["--width", "3", "compare", "cto", "cio"]);
    assert_eq!(widest_text(&tiny), Some(60), "never narrower than 60");
    let whole = stdout_of(&["--width", "0", "compare", "cto", "cio"]);
    assert!(widest(&whole) > Some(200), "one line per table row");
}

#[test]
fn a_word_that_fits_its_column_is_never_broken() {
    // Every word of the output is a word of the dataset or the interface, or
    // a part of one that ends at a `-` or `/` (a compound or an address
    // broken where it may be): in every view, both languages, 60 to 160
    // columns, none is cut elsewhere. A brief cell's title shortened to fit
    // its line ends in `…` after a whole word.
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || "│┆╌─┼├┤═╪╞╡┌┐└┘┬┴".contains(c))
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let views: [&[&str]; 6] = [
        &["compare", "cto", "cio"],
        &["compare", "cto", "cio", "--brief"],
        &["compare", "cto", "cio", "ciso", "cdo", "--brief"],
        &["search", "vendor"],
        &["list"],
        &["list", "cio"],
    ];
    for view in views {
        for lang in Lang::ALL {
            let mut args = vec!["--lang", lang.code(), "--width", "0"];
            args.extend_from_slice(view);
            // A search looks at the chosen language.
            if view[0] == "search" {
                args[5] = match lang {
                    Lang::En => "vendor",
                    Lang::Hu => "beszallito",
                };
            }
            // The short forms of headings, which a narrow column shows
            // whole rather than a heading broken.
            let mut words: std::collections::HashSet<String> =
                ["Abbr.", "Azon.", "Röv."].map(str::to_owned).into();
            for word in split(&stdout_of(&args)) {
                let parts: Vec<&str> = word.split_inclusive(['-', '/']).collect();
                for start in 0..parts.len() {
                    for end in start + 1..=parts.len() {
                        words.insert(parts[start..end].concat());
                    }
                }
            }
            for width in (60..=160).step_by(10) {
                let width = width.to_string();
                let mut wrapped = args.clone();
                wrapped[3] = &width;
                for word in split(&stdout_of(&wrapped)) {
                    let word = word.strip_suffix('…').unwrap_or(&word).to_owned();
                    assert!(
                        words.contains(&word),
                        "{view:?} in {lang} at {width} columns: {word:?} is a broken word"
                    );
                }
            }
        }
    }
}

#[test]
fn a_citation_stays_with_its_last_word() {
    for width in ["60", "80", "100", "160"] {
        for lang in Lang::ALL {
            let output = stdout_of(&[
                "--width",
                width,
                "--lang",
                lang.code(),
                "compare",
                "cto",
                "cio",
            ]);
            // In the tables' cells, where citations end texts (a note under a
            // table begins its clauses with the source's number).
            for line in output.lines().filter(|line| line.starts_with('│')) {
                for cell in line.split(['│', '┆']) {
                    assert!(!cell.trim().starts_with('['), "at {width} columns: {line}");
                }
            }
        }
    }
}

#[test]
fn narrow_terminals_stack_the_roles_and_keep_columns_steady() {
    // At 60 columns the roles stand one under another, each cell naming its role.
    let narrow = stdout_of(&["--width", "60", "compare", "cto", "cio"]);
    assert!(
        !narrow.contains("┆ CTO                   ┆ CIO"),
        "{narrow}"
    );
    assert!(lines_with(&narrow, &["┆ CIO "]).len() > 5, "{narrow}");
    // At 100 they stand side by side, every table's role columns as wide as
    // the card's, so that a role's column does not jump between sections.
    // The skills' columns are groups of skills, not roles: left out.
    let themed = "responsibilities,focus,challenges,shared";
    let wide = stdout_of(&["compare", "cto", "cio", "--section", themed]);
    let borders: std::collections::HashSet<Vec<usize>> = wide
        .lines()
        .filter(|line| line.starts_with('┌'))
        .map(|line| {
            line.char_indices()
                .filter(|(_, c)| *c == '┬')
                .map(|(at, _)| at)
                .collect()
        })
        .collect();
    assert_eq!(borders.len(), 1, "{borders:?}\n{wide}");
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
