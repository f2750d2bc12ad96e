//! What users see, command by command, compared with the expected files under
//! tests/rendered/COMMAND/: every format of every command, in every language,
//! each read back by a real consumer (serde_json, the csv crate, a GFM
//! parser) too. A difference is shown as a diff; a file no case names fails,
//! since a file nothing reads is a file nobody updates.
//!
//! `UPDATE_RENDERED=1 cargo test --test rendered` rewrites the files; review
//! the diff before committing.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{markdown_tables, roles};
use roles::model::Lang;

/// One expected file and the command line that prints it.
struct Case {
    file: String,
    args: Vec<String>,
}

/// The formats, with the extension of their expected files.
const FORMATS: [(&str, &str); 4] = [
    ("table", "txt"),
    ("markdown", "md"),
    ("csv", "csv"),
    ("json", "json"),
];

/// A search word for each language: search looks at the chosen language.
fn search_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "vendor",
        Lang::Hu => "beszallito",
    }
}

/// `command` in every format and language, as `NAME.LANG.EXT`.
fn every_format(name: &str, command: &dyn Fn(Lang) -> Vec<String>) -> Vec<Case> {
    let mut cases = Vec::new();
    for lang in Lang::ALL {
        for (format, extension) in FORMATS {
            let mut args = vec!["--lang".to_owned(), lang.code().to_owned()];
            args.extend(command(lang));
            args.extend(["--format".to_owned(), format.to_owned()]);
            cases.push(Case {
                file: format!("{name}.{}.{extension}", lang.code()),
                args,
            });
        }
    }
    cases
}

/// `line` in every language, as tables: `NAME.LANG.txt`.
fn each_language(name: &str, line: &str) -> Vec<Case> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let code = lang.code();
            case(
                &format!("{name}.{code}.txt"),
                &format!("--lang {code} {line}"),
            )
        })
        .collect()
}

fn words(line: &str) -> Vec<String> {
    line.split(' ').map(str::to_owned).collect()
}

/// One case with its own command line.
fn case(file: &str, line: &str) -> Case {
    Case {
        file: file.to_owned(),
        args: words(line),
    }
}

/// The cases of `command`: the directory of its files, and the cases.
fn cases(command: &str) -> (&'static str, Vec<Case>) {
    match command {
        "list" => {
            let mut cases = every_format("list", &|_| words("list"));
            cases.extend(every_format("list-cto", &|_| words("list cto")));
            cases.push(case("list-cio.hu.txt", "--lang hu list cio"));
            cases.extend(each_language("list.width-80", "--width 80 list"));
            ("list", cases)
        }
        "show" => {
            let mut cases = every_format("show-cio", &|_| words("show cio"));
            cases.push(case("show-cto.en.txt", "show cto"));
            cases.extend(each_language(
                "show-cto.skills",
                "--width 100 show cto --section skills",
            ));
            ("show", cases)
        }
        "compare" => {
            let mut cases = every_format("compare-cto-cio", &|_| words("compare cto cio"));
            for lang in Lang::ALL {
                let code = lang.code();
                cases.push(case(
                    &format!("compare-team.{code}.txt"),
                    &format!("--lang {code} --width 160 compare cto cio ciso cdo"),
                ));
            }
            // The skills alone: two roles' groups on one screen, and the grid.
            cases.extend(every_format("compare-cto-cio.skills", &|_| {
                words("--width 100 compare cto cio --section skills")
            }));
            cases.extend(each_language(
                "compare-team.skills",
                "--width 100 compare cto cio ciso cdo --section skills",
            ));
            // The brief as a terminal of each width shows it.
            for width in [100, 80] {
                cases.extend(each_language(
                    &format!("compare-cto-cio.brief.width-{width}"),
                    &format!("--width {width} compare cto cio --brief"),
                ));
            }
            cases.extend([
                case(
                    "compare-cto-cio.width-60.hu.txt",
                    "--width 60 --lang hu compare cto cio",
                ),
                case(
                    "compare-cto-cio.width-160.en.txt",
                    "--width 160 compare cto cio",
                ),
                case(
                    "compare-cto-cio.brief.ascii.en.txt",
                    "--style ascii compare cto cio --brief",
                ),
                case(
                    "compare-cto-cio.brief.hu.md",
                    "--lang hu compare cto cio --brief --format markdown",
                ),
                case(
                    "compare-cto-cio.wide.hu.csv",
                    "--lang hu --delimiter ; --bom compare cto cio --format csv --wide",
                ),
            ]);
            ("compare", cases)
        }
        // `export` to stdout writes what `compare` shows, so it shares its files.
        "export" => (
            "compare",
            every_format("compare-cto-cio", &|_| words("export cto cio")),
        ),
        "search" => {
            let mut cases = every_format("search", &|lang| {
                vec!["search".into(), search_word(lang).into()]
            });
            for lang in Lang::ALL {
                let (code, word) = (lang.code(), search_word(lang));
                cases.extend([
                    case(
                        &format!("search.long.{code}.txt"),
                        &format!("--lang {code} search {word} --long"),
                    ),
                    case(
                        &format!("search.width-80.{code}.txt"),
                        &format!("--lang {code} --width 80 search {word}"),
                    ),
                ]);
            }
            ("search", cases)
        }
        "matrix" => {
            let mut cases = every_format("matrix", &|_| words("matrix"));
            cases.extend(each_language("matrix.width-60", "--width 60 matrix"));
            ("matrix", cases)
        }
        "themes" | "sources" => {
            let name = match command {
                "themes" => "themes",
                _ => "sources",
            };
            (name, every_format(name, &|_| vec![name.to_owned()]))
        }
        other => panic!("no cases for {other}"),
    }
}

const COMMANDS: [&str; 8] = [
    "list", "show", "compare", "export", "search", "matrix", "themes", "sources",
];

fn rendered() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rendered")
}

/// What `args` prints, checked as its format's consumer reads it.
fn output_of(case: &Case) -> String {
    let output = roles().args(&case.args).output().expect("roles runs");
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "roles {:?}: {:?}, {}",
        case.args,
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("roles prints UTF-8");
    read_back(case, &text);
    text
}

/// Reads `text` back as its format: every Markdown table's rows as wide as
/// its header, CSV records all as long as the header, JSON a document.
fn read_back(case: &Case, text: &str) {
    let name = &case.file;
    assert!(
        !text.contains(['õ', 'û']),
        "{name}: Hungarian written with õ or û"
    );
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        Some("md") => {
            let tables = markdown_tables(text);
            assert!(!tables.is_empty(), "{name}: no GFM table");
            for table in tables {
                assert!(
                    table.iter().all(|&n| n == table[0]),
                    "{name}: rows with other cell counts: {table:?}"
                );
            }
        }
        Some("csv") => {
            let delimiter = if case.args.iter().any(|arg| arg == ";") {
                b';'
            } else {
                b','
            };
            let body = text.strip_prefix('\u{feff}').unwrap_or(text);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .from_reader(body.as_bytes());
            let header = reader.headers().expect("a header row").len();
            for record in reader.records() {
                let record = record.unwrap_or_else(|error| panic!("{name}: {error}"));
                assert_eq!(record.len(), header, "{name}");
            }
        }
        Some("json") => {
            let value: serde_json::Value =
                serde_json::from_str(text).unwrap_or_else(|error| panic!("{name}: {error}"));
            if let Some(untranslated) = value.get("untranslated") {
                assert_eq!(
                    untranslated, 0,
                    "{name}: the built-in dataset is translated"
                );
            }
        }
        _ => {}
    }
}

/// Compares every case of `command` with its file, and fails with a diff of
/// each that differs.
fn check(command: &str) {
    let (directory, cases) = cases(command);
    let directory = rendered().join(directory);
    let update = std::env::var_os("UPDATE_RENDERED").is_some();
    let mut differences = Vec::new();
    for case in &cases {
        let actual = output_of(case);
        let path = directory.join(&case.file);
        if update {
            std::fs::create_dir_all(&directory).expect("tests/rendered is writable");
            std::fs::write(&path, &actual).expect("tests/rendered is writable");
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!(
                "{}: {error}; UPDATE_RENDERED=1 cargo test --test rendered writes it",
                path.display()
            )
        });
        if expected != actual {
            let diff = similar::TextDiff::from_lines(&expected, &actual)
                .unified_diff()
                .context_radius(2)
                .header(
                    &path.display().to_string(),
                    &format!("roles {}", case.args.join(" ")),
                )
                .to_string();
            differences.push(diff);
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {} outputs differ from their expected files (UPDATE_RENDERED=1 rewrites them):\n{}",
        differences.len(),
        cases.len(),
        differences.join("\n")
    );
}

#[test]
fn list() {
    check("list");
}

#[test]
fn show() {
    check("show");
}

#[test]
fn compare() {
    check("compare");
}

#[test]
fn export() {
    check("export");
}

#[test]
fn search() {
    check("search");
}

#[test]
fn matrix() {
    check("matrix");
}

#[test]
fn themes() {
    check("themes");
}

#[test]
fn sources() {
    check("sources");
}

/// Every expected file is one a case compares with, and every case has one.
#[test]
fn every_rendered_file_is_a_case() {
    let named: BTreeSet<PathBuf> = COMMANDS
        .iter()
        .flat_map(|command| {
            let (directory, cases) = cases(command);
            cases
                .into_iter()
                .map(move |case| Path::new(directory).join(case.file))
        })
        .collect();
    let mut found = BTreeSet::new();
    let root = rendered();
    for directory in std::fs::read_dir(&root).expect("tests/rendered").flatten() {
        let path = directory.path();
        let files = std::fs::read_dir(&path)
            .unwrap_or_else(|_| panic!("{}: only directories, one per command", path.display()));
        for file in files.flatten() {
            let file = file.path();
            found.insert(file.strip_prefix(&root).unwrap_or(&file).to_path_buf());
        }
    }
    let orphans: Vec<_> = found.difference(&named).collect();
    assert!(
        orphans.is_empty(),
        "files no case compares with: {orphans:?}"
    );
    let missing: Vec<_> = named.difference(&found).collect();
    assert!(missing.is_empty(), "cases without a file: {missing:?}");
}
