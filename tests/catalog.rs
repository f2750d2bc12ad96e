//! `roles matrix`, `roles themes` and `roles sources`.

mod common;

use common::{failure_of, stdout_of};
use serde_json::Value;

#[test]
fn the_matrix_answers_who_owns_what_on_one_screen() {
    let output = stdout_of(&["--width", "100", "matrix"]);
    // The answer, the table and what its marks mean, is one screen; what
    // each source says on a `≠` follows it.
    let legend_ends = output
        .lines()
        .position(|line| line.starts_with("— not covered by the sources"))
        .expect("a legend");
    assert!(legend_ends < 30, "{output}");
    assert!(
        output
            .lines()
            .skip(legend_ends)
            .any(|line| line.starts_with("≠ Security: [1]"))
    );
    assert!(output.lines().all(|line| line.chars().count() <= 100));
    let row = |theme: &str| -> Vec<String> {
        output
            .lines()
            .find(|line| line.starts_with(&format!("│ {theme} ")))
            .unwrap_or_else(|| panic!("no row for {theme}: {output}"))
            .split('┆')
            .skip(1)
            .map(|cell| cell.trim_matches(['│', ' ']).to_owned())
            .collect()
    };
    // The CTO and the CIO, in that order: the articles disagree on vendors
    // and infrastructure, and only the CIO has security items, which ESCO
    // gives to the CISO instead.
    assert_eq!(&row("Vendors and partners")[..2], ["≠", "≠"]);
    assert_eq!(&row("Security")[..3], ["—", "≠", "≠"]);
    assert_eq!(&row("Teams and leadership")[..2], ["●", "●"]);
    // Its legend stands under it.
    assert!(output.contains("\n≠ "));
    assert!(output.contains("\n— not covered by the sources"));
}

#[test]
fn the_matrix_takes_the_roles_asked_for() {
    let json: Value =
        serde_json::from_str(&stdout_of(&["matrix", "cio", "cto", "--format", "json"]))
            .expect("JSON");
    assert_eq!(json["roles"], serde_json::json!(["cio", "cto"]));
    let security = json["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|row| row["theme"]["id"] == "security"))
        .expect("a security row");
    assert_eq!(security["cells"][0]["coverage"], "contested");
    assert_eq!(security["cells"][1]["coverage"], "not-covered");
    let stderr = failure_of(&["matrix", "cto", "ceo"], 2);
    assert!(stderr.contains("unknown role 'ceo'"), "{stderr}");
}

#[test]
fn themes_and_sources_give_the_ids_a_user_file_needs() {
    let themes = stdout_of(&["themes", "--format", "csv"]);
    assert!(themes.starts_with("\"id\",\"label\"\n\"strategy\",\"Strategy and vision\"\n"));
    let sources: Value =
        serde_json::from_str(&stdout_of(&["sources", "--format", "json"])).expect("JSON");
    assert_eq!(sources["sources"][0]["id"], "article-en");
    assert_eq!(sources["sources"][0]["kind"], "web article");
}

#[test]
fn a_role_is_found_by_its_other_names() {
    let output = stdout_of(&["--width", "0", "search", "head of IT security"]);
    assert!(
        output.starts_with("Matches a role's name: CISO, Chief ICT Security Officer"),
        "{output}"
    );
    assert!(output.contains("`roles show ciso`"));
}

#[test]
fn six_roles_fit_a_matrix_of_100_columns() {
    let directory = common::scratch();
    let two = "roles:\n  - id: cpo\n    abbreviation: CPO\n    title: { en: Chief Product Officer, hu: termékigazgató }\n    summary: { en: Owns the products., hu: A termékekért felel., sources: [article-en] }\n    focus: [{ theme: products, title: { en: Product range, hu: Termékkínálat }, detail: { en: Owns it., hu: Az övé. }, sources: [article-en] }]\n";
    let path = common::file(&directory, "cpo.yaml", two.as_bytes());
    let vpe = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vpe.yaml");
    let output = stdout_of(&[
        "--width",
        "100",
        "--data",
        vpe,
        "--data",
        path.to_str().expect("UTF-8"),
        "matrix",
    ]);
    assert!(output.contains("┆ CPO │"), "{output}");
    assert!(
        output.lines().all(|line| line.chars().count() <= 100),
        "{output}"
    );
    let header = output
        .lines()
        .find(|line| line.contains("Theme"))
        .expect("a header");
    assert_eq!(header.matches('┆').count(), 6, "{header}");
}

/// Roles too many for the width go on in further tables, each with the
/// themes, rather than squeezing every column below its abbreviation.
#[test]
fn many_roles_make_a_matrix_of_several_tables_within_the_width() {
    let directory = common::scratch();
    let mut yaml = String::from("sources: [{ id: s, title: S, language: en }]\nroles:\n");
    for i in 0..14 {
        yaml.push_str(&format!(
            "  - {{ id: r{i}, abbreviation: R{i}, title: {{ en: R }}, summary: {{ en: S, sources: [s] }}, focus: [{{ theme: strategy, title: {{ en: T }}, detail: {{ en: D }}, sources: [s] }}] }}\n"
        ));
    }
    let path = common::file(&directory, "many.yaml", yaml.as_bytes());
    for width in ["60", "80"] {
        let output = stdout_of(&[
            "--width",
            width,
            "--data",
            path.to_str().expect("UTF-8"),
            "matrix",
        ]);
        let width: usize = width.parse().expect("a number");
        assert!(
            output
                .lines()
                .all(|line| line.chars().count() <= width || line.starts_with("https://")),
            "{output}"
        );
        let headers: Vec<&str> = output
            .lines()
            .filter(|line| line.starts_with("│ Theme"))
            .collect();
        assert!(headers.len() > 1, "{output}");
        // Every role's abbreviation stands whole in some header, once.
        for role in ["CTO", "CISO", "R0", "R13"] {
            let cell = format!("┆ {role} ");
            let found: usize = headers.iter().map(|line| line.matches(&cell).count()).sum();
            assert_eq!(found, 1, "{role} in {headers:?}");
        }
    }
}
