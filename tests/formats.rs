//! Every format of every command, in both languages: read back by a real
//! consumer (serde_json, the csv crate, a GFM parser) and compared with its
//! expected file under tests/rendered/.

mod common;

use common::{markdown_tables, stdout_of};
use serde_json::Value;

fn run(command: &[&str], format: &str, lang: &str) -> String {
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(command);
    args.extend_from_slice(&["--format", format]);
    stdout_of(&args)
}

fn check_markdown(name: &str, markdown: &str) {
    let tables = markdown_tables(markdown);
    assert!(!tables.is_empty(), "{name}: no GFM table");
    for table in tables {
        assert!(table.len() > 1, "{name}: a table with no rows");
        assert!(
            table.iter().all(|&n| n == table[0]),
            "{name}: rows with other cell counts: {table:?}"
        );
    }
}

fn check_csv(name: &str, csv: &str) -> Vec<csv::StringRecord> {
    // The reader is strict by default: a row with a different number of fields is an error.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|record| record.unwrap_or_else(|error| panic!("{name}: {error}")))
        .collect();
    assert!(!records.is_empty(), "{name}: no rows");
    assert!(records.iter().all(|record| record.len() == header.len()));
    let mut all = vec![header];
    all.extend(records);
    all
}

fn check_json(name: &str, json: &str) -> Value {
    let value: Value = serde_json::from_str(json).unwrap_or_else(|error| panic!("{name}: {error}"));
    for key in ["lang", "roles", "sources", "untranslated"] {
        assert!(value.get(key).is_some(), "{name}: no '{key}'");
    }
    assert_eq!(
        value["untranslated"], 0,
        "{name}: the built-in dataset is fully translated"
    );
    value
}

#[test]
fn csv_has_one_row_per_item_with_role_section_theme_title_detail_sources() {
    let rows = check_csv("compare", &run(&["compare", "cto", "cio"], "csv", "en"));
    assert_eq!(
        &rows[0],
        vec![
            "role", "section", "theme", "title", "detail", "sources", "disputed", "kind", "flags"
        ]
    );
    let infrastructure: Vec<&csv::StringRecord> = rows
        .iter()
        .filter(|row| &row[2] == "Infrastructure and IT operations")
        .collect();
    assert_eq!(
        infrastructure.len(),
        7,
        "three CTO items and three CIO items from the articles, and one from ESCO"
    );
    assert!(infrastructure.iter().any(|row| &row[0] == "cto"
        && &row[1] == "responsibilities"
        && &row[3] == "Technology infrastructure design"
        && &row[5] == "article-hu"));
    let shared: Vec<&csv::StringRecord> = rows.iter().filter(|row| &row[0] == "cto+cio").collect();
    assert_eq!(shared.len(), 4);
    assert!(shared.iter().any(|row| &row[1] == "shared/challenges"));
    // A detail with commas survives the round trip whole.
    assert!(
        rows.iter()
            .any(|row| row[4].contains("hardware, networks and software systems"))
    );
}

#[test]
fn json_carries_ids_texts_themes_and_sources() {
    let value = check_json("compare", &run(&["compare", "cto", "cio"], "json", "hu"));
    assert_eq!(value["lang"], "hu");
    assert_eq!(value["roles"][0]["id"], "cto");
    assert_eq!(value["roles"][0]["title"], "technológiai igazgató");
    let sections = value["sections"].as_array().expect("sections");
    let keys: Vec<&str> = sections
        .iter()
        .filter_map(|s| s["section"].as_str())
        .collect();
    assert_eq!(keys, ["responsibilities", "focus", "challenges", "shared"]);
    assert_eq!(sections[0]["columns"], serde_json::json!(["cto", "cio"]));
    let security = sections[0]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|row| row["theme"]["id"] == "security")
        .expect("a security row");
    assert_eq!(security["theme"]["label"], "Biztonság");
    assert_eq!(security["common"], false);
    assert_eq!(security["cells"][0], serde_json::json!([]));
    assert_eq!(security["cells"][1][0]["title"], "Kiberbiztonság");
    assert_eq!(
        security["cells"][1][0]["sources"],
        serde_json::json!(["article-en"])
    );
    assert_eq!(value["sources"][1]["id"], "article-hu");
    assert_eq!(value["sources"][1]["number"], 2);
}

#[test]
fn json_lists_have_items() {
    let value = check_json("list", &run(&["list", "cto"], "json", "en"));
    let items = value["items"].as_array().expect("items");
    assert_eq!(items.len(), 18, "15 from the articles, 3 from ESCO");
    assert_eq!(items[0]["roles"], serde_json::json!(["cto"]));
    assert_eq!(items[0]["section"], "responsibilities");
    assert_eq!(items[0]["theme"]["id"], "strategy");
}

#[test]
fn export_takes_its_format_from_the_file_name() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    for (file, check) in [
        ("x.json", "json"),
        ("x.csv", "csv"),
        ("x.md", "markdown"),
        ("x.txt", "markdown"),
    ] {
        common::roles()
            .current_dir(directory.path())
            .args(["export", "cto", "cio", "-o", file])
            .assert()
            .success();
        let written = std::fs::read_to_string(directory.path().join(file)).expect("written");
        match check {
            "json" => {
                check_json(file, &written);
            }
            "csv" => {
                check_csv(file, &written);
            }
            _ => check_markdown(file, &written),
        }
    }
    // --format wins over the extension.
    common::roles()
        .current_dir(directory.path())
        .args(["export", "cto", "-o", "y.md", "--format", "json"])
        .assert()
        .success();
    let written = std::fs::read_to_string(directory.path().join("y.md")).expect("written");
    check_json("y.md", &written);
}

/// The side-by-side CSV a Hungarian spreadsheet opens by double-click: a
/// byte order mark, `;` between fields, a row per theme and a column per role.
#[test]
fn wide_csv_is_the_comparison_side_by_side() {
    let output = stdout_of(&[
        "--lang",
        "hu",
        "--delimiter",
        ";",
        "--bom",
        "compare",
        "cto",
        "cio",
        "--format",
        "csv",
        "--wide",
    ]);
    let body = output
        .strip_prefix('\u{feff}')
        .expect("a byte order mark first");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "Szakasz",
            "Téma",
            "CTO",
            "CIO",
            "Közös pontok",
            "Eltérések a források között"
        ]
    );
    let records: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every record as long as the header");
    let vendors = records
        .iter()
        .find(|record| {
            &record[0] == "Felelősségi körök" && &record[1] == "Beszállítók és partnerek"
        })
        .expect("a row for vendors");
    assert!(
        vendors[2].contains('\n'),
        "the CTO's two items, a line apart"
    );
    assert!(
        vendors[3].starts_with("Kapcsolattartás"),
        "{:?}",
        &vendors[3]
    );
    assert!(
        vendors[5].starts_with("[1] "),
        "the disagreement: {:?}",
        &vendors[5]
    );
    let security = records
        .iter()
        .find(|record| &record[0] == "Felelősségi körök" && &record[1] == "Biztonság")
        .expect("a row for security");
    assert_eq!(&security[2], "—", "not covered, as in the table");
    assert!(
        records
            .iter()
            .any(|record| &record[0] == "Források" && &record[1] == "[3]")
    );
    // --wide shapes CSV only.
    let stderr = common::failure_of(&["compare", "cto", "cio", "--wide"], 2);
    assert!(stderr.contains("--format csv"), "{stderr}");
}

/// A cell a spreadsheet would run as a formula is written as text (with a
/// leading `'`, which spreadsheets hide); JSON keeps the text as it is.
#[test]
fn csv_cells_never_start_a_formula() {
    let directory = common::scratch();
    let data = common::file(
        &directory,
        "formulas.yaml",
        br#"
sources:
  - { id: s, title: S, language: en }
roles:
  - id: sheet
    abbreviation: "@X"
    title: { en: "=HYPERLINK(\"http://example.com\")" }
    summary: { en: "+1", sources: [s] }
    responsibilities:
      - { theme: strategy, title: { en: "-2+3" }, detail: { en: "@SUM(A1)" }, sources: [s] }
      - { theme: strategy, title: { en: "Plain - text" }, detail: { en: "\t=1" }, sources: [s] }
      - { theme: budget, title: { en: "x;=1+1" }, detail: { en: "y\t=2" }, sources: [s] }
"#,
    );
    let data = data.to_str().expect("UTF-8");
    let items = check_csv(
        "list",
        &stdout_of(&["--data", data, "list", "sheet", "--format", "csv"]),
    );
    let cells = |row: &csv::StringRecord, range: std::ops::Range<usize>| -> Vec<String> {
        range.map(|index| row[index].to_owned()).collect()
    };
    assert_eq!(cells(&items[1], 3..5), ["'-2+3", "'@SUM(A1)"]);
    assert_eq!(cells(&items[2], 3..5), ["Plain - text", "'\t=1"]);
    let roles = check_csv(
        "roles",
        &stdout_of(&["--data", data, "list", "--format", "csv"]),
    );
    let sheet = roles
        .iter()
        .find(|row| &row[0] == "sheet")
        .expect("the role is listed");
    assert_eq!(
        cells(sheet, 1..4),
        ["'@X", "'=HYPERLINK(\"http://example.com\")", "'+1"]
    );
    let json = stdout_of(&["--data", data, "list", "sheet", "--format", "json"]);
    assert!(json.contains("\"-2+3\""), "{json}");
    // A spreadsheet that splits on `;` or tabs, whatever was written, must
    // not cut a cell into a formula: every field is quoted.
    for delimiter in [",", ";"] {
        let csv = stdout_of(&[
            "--delimiter",
            delimiter,
            "--data",
            data,
            "list",
            "sheet",
            "--format",
            "csv",
        ]);
        assert!(csv.contains("\"x;=1+1\""), "{csv}");
        assert!(csv.contains("\"y\t=2\""), "{csv}");
    }
}

/// A role whose title holds DEL, a C1 control (CSI), a line separator, a
/// bidi override and a byte order mark: characters a terminal may obey.
const CONTROLS: &str = "A\u{7f}B\u{9b}C\u{2028}D\u{202e}E\u{feff}F";

fn controls_dataset(directory: &tempfile::TempDir) -> std::path::PathBuf {
    let yaml = format!(
        "sources: [{{ id: s, title: Ours, language: en }}]\nroles:\n  - id: odd\n    abbreviation: ODD\n    title: {{ en: \"{}\" }}\n    summary: {{ en: Odd., sources: [s] }}\n    focus: [{{ theme: strategy, title: {{ en: X }}, detail: {{ en: Y. }}, sources: [s] }}]\n",
        // YAML's own escapes, four hex digits each.
        CONTROLS
            .chars()
            .map(|c| if c.is_ascii_alphabetic() {
                c.to_string()
            } else {
                format!("\\u{:04x}", u32::from(c))
            })
            .collect::<String>()
    );
    common::file(directory, "odd.yaml", yaml.as_bytes())
}

/// JSON stays JSON wherever it is written: the control characters are JSON
/// escapes, which `jq` and serde_json read back as the same text, on a
/// terminal (where a person reads them) and in a pipe alike.
#[test]
fn json_escapes_controls_as_json_on_a_terminal_and_in_a_pipe() {
    let directory = common::scratch();
    let data = controls_dataset(&directory);
    let args = [
        "--data",
        data.to_str().expect("UTF-8"),
        "list",
        "--format",
        "json",
    ];
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roles"));
    command.env_clear().args(args);
    let shown = common::pty::on_terminal(command, 100);
    assert!(shown.status.success(), "{shown:?}");
    let piped = common::roles().args(args).output().expect("roles runs");
    for (place, bytes) in [("terminal", &shown.stdout), ("pipe", &piped.stdout)] {
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(
            text.contains("A\\u007fB\\u009bC\\u2028D\\u202eE\\ufeffF"),
            "{place}: {text}"
        );
        assert!(
            !text.contains("\\u{"),
            "{place}: Rust escapes are not JSON: {text}"
        );
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{place}: not JSON ({error}): {text}"));
        let odd = value["roles"]
            .as_array()
            .and_then(|roles| roles.iter().find(|role| role["id"] == "odd"));
        assert_eq!(
            odd.map(|role| &role["title"]),
            Some(&Value::from(CONTROLS)),
            "{place}"
        );
    }
}

/// `--bom` asks for the byte order mark: on a terminal it is written as it
/// is, not shown as the text `\u{feff}`, while the dataset's controls are.
#[test]
fn the_bom_asked_for_is_written_raw_on_a_terminal() {
    let directory = common::scratch();
    let data = controls_dataset(&directory);
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roles"));
    command.env_clear().args([
        "--bom",
        "--data",
        data.to_str().expect("UTF-8"),
        "list",
        "--format",
        "csv",
    ]);
    let shown = common::pty::on_terminal(command, 100);
    assert!(shown.status.success(), "{shown:?}");
    let text = String::from_utf8(shown.stdout).expect("UTF-8");
    assert!(text.starts_with("\u{feff}"), "{text:?}");
    assert!(
        !text.contains("\\u{feff}\n") && text[3..].starts_with(|c: char| c.is_ascii()),
        "{text:?}"
    );
    assert!(
        text.contains("A\\u{7f}B\\u{9b}C"),
        "the dataset's controls are shown: {text:?}"
    );
}
