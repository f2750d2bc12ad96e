//! How much room the answers take: the brief comparison fits a screen, a
//! search is a line a hit, `list` fits a screen at 80 columns, and the
//! matrix at 60 columns wraps no more theme labels than the columns it has
//! to save. Counted on the real output at the given width, in both
//! languages; a size, not a time.

mod common;

use common::stdout_of;
use roles::model::Lang;

/// The lines `args` prints in `lang` at `width` columns.
fn lines_of(lang: Lang, width: u16, args: &[&str]) -> Vec<String> {
    let width = width.to_string();
    let mut line = vec!["--lang", lang.code(), "--width", &width];
    line.extend_from_slice(args);
    stdout_of(&line).lines().map(str::to_owned).collect()
}

#[test]
fn the_brief_comparison_fits_a_screen_side_by_side() {
    for lang in Lang::ALL {
        for (width, budget) in [(100, 40), (80, 50)] {
            let brief = lines_of(lang, width, &["compare", "cto", "cio", "--brief"]);
            let shown = brief.join("\n");
            assert!(
                brief.len() <= budget,
                "{lang} at {width} columns: {} lines, more than {budget}\n{shown}",
                brief.len()
            );
            // Side by side, under a header row that names the roles.
            let header = brief
                .iter()
                .find(|line| line.starts_with("│ ") && line.contains("┆ CTO"))
                .unwrap_or_else(|| panic!("{lang} at {width}: no header row\n{shown}"));
            assert!(header.contains("┆ CIO"), "{header}");
            // It opens with each role's summary and orientation, cited.
            for role in ["CTO  ", "CIO  "] {
                let opening = brief.iter().position(|line| line.starts_with(role));
                assert!(
                    opening.is_some_and(|at| at < 10),
                    "{lang} at {width}: no {role:?} entry at the top\n{shown}"
                );
            }
        }
    }
}

#[test]
fn the_brief_says_how_many_items_it_leaves_out() {
    // Whole titles, unwrapped: each role's first item on a theme and `+N`
    // for the rest, as many as the comparison's CSV lists there.
    let brief = stdout_of(&["--width", "0", "compare", "cto", "cio", "--brief"]);
    let csv = stdout_of(&["compare", "cto", "cio", "--format", "csv", "--brief"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut counts = std::collections::BTreeMap::<(String, String), usize>::new();
    for record in reader.records() {
        let record = record.expect("valid CSV");
        // Skill links have rows of their own, and no theme: the brief
        // counts them in its legend line, not in cells.
        if record[1].starts_with("skills/") {
            continue;
        }
        *counts
            .entry((record[0].to_owned(), record[2].to_owned()))
            .or_default() += 1;
    }
    let row = |theme: &str| {
        brief
            .lines()
            .find(|line| line.contains(&format!(" {theme} ")))
            .unwrap_or_else(|| panic!("no row for {theme}\n{brief}"))
    };
    for ((role, theme), count) in &counts {
        if role.contains('+') {
            continue;
        }
        let line = row(theme);
        let column = if role == "cto" { 1 } else { 2 };
        let cell = line.split(['│', '┆']).nth(column + 1).unwrap_or("").trim();
        let expected = match count - 1 {
            0 => String::new(),
            more => format!(" +{more}"),
        };
        assert!(
            cell.ends_with(&format!("]{expected}")),
            "{role} on {theme}: {cell:?} should end in ]{expected}"
        );
    }
    assert!(brief.contains("+N"), "the legend explains +N\n{brief}");
}

#[test]
fn a_search_is_a_line_a_hit() {
    for lang in Lang::ALL {
        let word = match lang {
            Lang::En => "vendor",
            Lang::Hu => "beszallito",
        };
        let json = stdout_of(&["--lang", lang.code(), "search", word, "--format", "json"]);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let hits = value["items"].as_array().map_or(0, Vec::len);
        assert!(hits > 0);
        let found = lines_of(lang, 100, &["search", word]);
        let lines = found.iter().take_while(|line| !line.is_empty()).count();
        assert_eq!(lines, hits, "{}", found.join("\n"));
        // At 80 columns a hit too long for its line goes on under its start.
        for line in lines_of(lang, 80, &["search", word])
            .iter()
            .take_while(|line| !line.is_empty())
        {
            assert!(
                line.starts_with("CTO  ") || line.starts_with("CIO  ") || line.starts_with("     ")
            );
        }
    }
    // Three hits, then the two sources they cite, whose references (with the
    // Hungarian article's 83-character address) take five lines at 80.
    let found = lines_of(Lang::En, 80, &["search", "vendor"]);
    assert!(found.len() <= 10, "{}", found.join("\n"));
    assert_eq!(found.iter().take_while(|line| !line.is_empty()).count(), 3);
}

#[test]
fn the_roles_fit_a_screen_at_80_columns() {
    for lang in Lang::ALL {
        let list = lines_of(lang, 80, &["list"]);
        assert!(
            list.len() <= 40,
            "{lang}: {} lines\n{}",
            list.len(),
            list.join("\n")
        );
    }
}

#[test]
fn the_matrix_wraps_only_as_many_labels_as_it_must() {
    for lang in Lang::ALL {
        // The table unwrapped, and how much wider than 60 columns it is.
        let whole = lines_of(lang, 0, &["matrix"]);
        let border = whole.iter().find(|line| line.starts_with('┌'));
        let to_save = border.map_or(0, |line| line.chars().count().saturating_sub(60));
        assert!(to_save > 0, "the matrix fits 60 columns whole");
        let matrix = lines_of(lang, 60, &["matrix"]);
        // A wrapped label goes on a line whose marks' cells are empty.
        let wrapped = matrix
            .iter()
            .filter(|line| line.starts_with("│ "))
            .filter(|line| {
                let cells: Vec<&str> = line.split(['│', '┆']).collect();
                cells.len() > 2 && cells[2..].iter().all(|cell| cell.trim().is_empty())
            })
            .count();
        assert!(
            wrapped <= to_save,
            "{lang}: {wrapped} labels wrapped to save {to_save} columns\n{}",
            matrix.join("\n")
        );
        // Only a web address, kept whole to be followed, may be wider.
        assert!(
            matrix
                .iter()
                .all(|line| line.chars().count() <= 60 || line.starts_with("https://"))
        );
    }
}
