//! `roles export`: the comparison as GitHub-flavoured Markdown, parsed back by an
//! independent GFM parser.

mod common;

use std::fs;

use common::{failure_of, roles, stdout_of};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A parsed table: its header and its rows, each cell as plain text with `<br>` as `\n`.
#[derive(Debug)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// The document's level-1 and level-2 headings, and its tables, as GFM reads them.
fn parse(markdown: &str) -> (Vec<String>, Vec<Table>) {
    let mut headings = Vec::new();
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    let mut cell: Option<String> = None;
    let mut row: Vec<String> = Vec::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => tables.push(Table {
                header: Vec::new(),
                rows: Vec::new(),
            }),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::End(TagEnd::TableHead) => {
                let table = tables.last_mut().expect("inside a table");
                table.header = std::mem::take(&mut row);
            }
            Event::End(TagEnd::TableRow) => {
                let table = tables.last_mut().expect("inside a table");
                table.rows.push(std::mem::take(&mut row));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&text);
                } else if let Some(heading) = heading.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::InlineHtml(html) if html.as_ref() == "<br>" => {
                if let Some(cell) = cell.as_mut() {
                    cell.push('\n');
                }
            }
            _ => {}
        }
    }
    (headings, tables)
}

fn row<'a>(table: &'a Table, theme: &str) -> &'a [String] {
    table
        .rows
        .iter()
        .find(|row| row[0].trim_start_matches(['●', '≠', ' ']) == theme)
        .unwrap_or_else(|| panic!("no row for {theme}"))
}

#[test]
fn export_is_one_gfm_table_per_section() {
    let markdown = stdout_of(&["export", "cto", "cio"]);
    let (headings, tables) = parse(&markdown);
    assert_eq!(
        headings,
        [
            "CTO vs CIO",
            "Responsibilities",
            "Focus areas",
            "Challenges",
            "Common ground",
            "Skills",
            "Sources"
        ]
    );
    assert_eq!(
        tables.len(),
        6,
        "the card, four sections, and the essential skills side by side"
    );
    for table in &tables {
        for row in &table.rows {
            assert_eq!(
                row.len(),
                table.header.len(),
                "a row with the wrong cell count: {row:?}"
            );
        }
    }

    let card = &tables[0];
    assert_eq!(card.header, ["", "CTO", "CIO"]);
    assert_eq!(
        card.rows[0],
        [
            "Title",
            "Chief Technology Officer",
            "Chief Information Officer"
        ]
    );

    let responsibilities = &tables[1];
    assert_eq!(responsibilities.header, ["Theme", "CTO", "CIO"]);
    let infrastructure = row(responsibilities, "Infrastructure and IT operations");
    assert!(infrastructure[0].starts_with("≠ "));
    assert!(infrastructure[1].starts_with(
        "Technology infrastructure design: Designs the company's technology \
         infrastructure, as its architect. [2]\n\nInfrastructure in line with company goals"
    ));
    // Under the table, what each source says; `\[1\]` is how Markdown writes [1].
    assert!(markdown.contains(
        "≠ Infrastructure and IT operations: the sources disagree. \\[1\\] has the CIO run the IT infrastructure"
    ));
    assert!(infrastructure[2].contains("IT infrastructure: Runs the hardware"));
    let security = row(responsibilities, "Security");
    assert_eq!(security[1], "—");

    let shared = &tables[4];
    assert_eq!(
        shared.header,
        ["Theme", "How they work together", "Challenges they share"]
    );
    assert!(row(shared, "Collaboration")[2].starts_with("Bridge between technology and business:"));

    assert!(markdown.contains("1. *CTO vs. CIO – Understanding the Difference*"));
    assert!(markdown.contains(
        "2. *CTO vs CIO* (web article, in Hungarian, differkinome.com, <https://hu.differkinome.com/"
    ));
}

#[test]
fn export_of_one_role_is_its_card() {
    let markdown = stdout_of(&["export", "cto"]);
    let (headings, tables) = parse(&markdown);
    assert_eq!(headings[0], "CTO — Chief Technology Officer");
    assert_eq!(tables[1].header, ["Theme", "CTO"]);
    assert!(
        tables
            .iter()
            .all(|table| table.rows.iter().all(|row| row.len() == table.header.len()))
    );
}

#[test]
fn export_in_hungarian() {
    let markdown = stdout_of(&["--lang", "hu", "export", "cto", "cio"]);
    let (headings, tables) = parse(&markdown);
    assert_eq!(headings[1], "Felelősségi körök");
    assert_eq!(tables[1].header, ["Téma", "CTO", "CIO"]);
    assert!(!markdown.contains('õ') && !markdown.contains('û'));
}

#[test]
fn export_to_a_file_writes_what_stdout_would_show() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let path = directory.path().join("cto-vs-cio.md");
    roles()
        .current_dir(directory.path())
        .args(["export", "cto", "cio", "-o", "cto-vs-cio.md"])
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let written = fs::read_to_string(&path).expect("the export exists");
    assert_eq!(written, stdout_of(&["export", "cto", "cio"]));
    let names: Vec<_> = fs::read_dir(directory.path()).expect("listable").collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
}

#[test]
fn export_replaces_an_existing_file() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let path = directory.path().join("out.md");
    fs::write(&path, "old notes\n").expect("writable");
    roles()
        .args(["export", "cio", "-o"])
        .arg(&path)
        .assert()
        .success();
    let written = fs::read_to_string(&path).expect("readable");
    assert!(written.starts_with("# CIO — Chief Information Officer\n"));
}

#[test]
fn a_failed_export_names_the_file_keeps_what_was_there_and_leaves_nothing_behind() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let missing = directory.path().join("no-such-dir").join("x.md");
    let stderr = failure_of(
        &[
            "export",
            "cto",
            "cio",
            "-o",
            missing.to_str().expect("UTF-8"),
        ],
        2,
    );
    assert!(
        stderr.starts_with("roles: error: cannot write "),
        "{stderr}"
    );
    assert!(stderr.contains("x.md"));
    assert_eq!(stderr.lines().count(), 1);

    // A directory where the file should go is refused and left as it was.
    let target = directory.path().join("taken.md");
    fs::create_dir(&target).expect("creatable");
    fs::write(target.join("keep.txt"), "keep").expect("writable");
    failure_of(&["export", "cto", "-o", target.to_str().expect("UTF-8")], 2);
    assert_eq!(
        fs::read_to_string(target.join("keep.txt")).expect("kept"),
        "keep"
    );
    let names: Vec<_> = fs::read_dir(directory.path()).expect("listable").collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");

    // `new-dir/` names a directory: no file is made in its place.
    let slashed = format!("{}/", directory.path().join("new-dir").display());
    let stderr = failure_of(&["export", "cto", "-o", &slashed], 2);
    assert!(stderr.ends_with(": not a directory\n"), "{stderr}");
    assert!(!directory.path().join("new-dir").exists());

    // Over a file-size limit the write fails part-way through: the old file
    // stays as it was.
    let target = directory.path().join("notes.md");
    fs::write(&target, b"my notes, not to be lost\n").expect("writable");
    let output = std::process::Command::new("bash")
        .args([
            "-c",
            "ulimit -f 1; exec \"$0\" --color=never export cto cio -o \"$1\"",
        ])
        .arg(env!("CARGO_BIN_EXE_roles"))
        .arg(&target)
        .output()
        .expect("bash runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with("roles: error: cannot write "),
        "{stderr}"
    );
    assert_eq!(
        fs::read(&target).expect("kept"),
        b"my notes, not to be lost\n"
    );
    let names: Vec<_> = fs::read_dir(directory.path()).expect("listable").collect();
    assert_eq!(names.len(), 2, "no temporary file left behind");

    // A device is never replaced by a plain file.
    let stderr = failure_of(&["export", "cto", "-o", "/dev/null"], 2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(!std::path::Path::new("/dev/null").is_file());
}

#[test]
fn a_file_name_as_long_as_the_system_allows_is_exported() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    // 242 bytes: a temporary name made by adding to it would pass 255.
    let name = format!("{}.md", "n".repeat(239));
    let path = directory.path().join(&name);
    roles()
        .args(["export", "cto", "cio", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&path).expect("written"),
        stdout_of(&["export", "cto", "cio"])
    );
    let names: Vec<_> = fs::read_dir(directory.path()).expect("listable").collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
}

#[cfg(unix)]
#[test]
fn a_private_file_stays_private_when_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let directory = tempfile::tempdir().expect("a scratch directory");
    let path = directory.path().join("private.md");
    fs::write(&path, "old\n").expect("writable");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    roles()
        .args(["export", "cto", "-o"])
        .arg(&path)
        .assert()
        .success();
    let mode = fs::metadata(&path).expect("exists").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// Stopped by a signal while the new file is being written, an export
/// finishes or removes it: the target is the old file or the complete new one,
/// and nothing else is left in its directory.
#[cfg(unix)]
#[test]
fn an_export_stopped_by_a_signal_leaves_nothing_behind() {
    use std::fmt::Write as _;
    use std::time::{Duration, Instant};

    // A role whose export is megabytes, so that writing it takes a moment
    // this test can catch.
    let mut yaml = String::from(
        "sources:\n  - { id: s, title: S, language: en }\nroles:\n  - id: big\n    abbreviation: BIG\n    title: { en: Big }\n    summary: { en: Big., sources: [s] }\n    responsibilities:\n",
    );
    let long = "word ".repeat(400);
    for n in 0..2000 {
        let _ = writeln!(
            yaml,
            "      - {{ theme: strategy, title: {{ en: Item {n} }}, detail: {{ en: {long}end {n}. }}, sources: [s] }}"
        );
    }
    let directory = tempfile::tempdir().expect("a scratch directory");
    let data = directory.path().join("big.yaml");
    fs::write(&data, yaml).expect("writable");
    let out = tempfile::tempdir().expect("a scratch directory");
    let target = out.path().join("big.md");
    let binary = assert_cmd::cargo::cargo_bin("roles");
    let names = || -> Vec<std::ffi::OsString> {
        fs::read_dir(out.path())
            .expect("listable")
            .filter_map(|entry| entry.ok().map(|entry| entry.file_name()))
            .collect()
    };
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let mut caught = false;
        for _ in 0..10 {
            fs::write(&target, "old\n").expect("writable");
            let mut child = std::process::Command::new(&binary)
                .arg("--data")
                .arg(&data)
                .args(["export", "big", "-o"])
                .arg(&target)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("roles starts");
            // Wait for the new file to appear beside the target, then stop the export.
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(60) {
                if names().len() > 1 {
                    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
                    // SAFETY: kill(2) on our child, which has not been waited for.
                    unsafe {
                        libc::kill(pid, signal);
                    }
                    caught = true;
                    break;
                }
                if child.try_wait().ok().flatten().is_some() {
                    break;
                }
            }
            let _ = child.wait();
            assert_eq!(
                names(),
                [std::ffi::OsString::from("big.md")],
                "signal {signal}"
            );
            let written = fs::read_to_string(&target).expect("readable");
            assert!(
                written == "old\n" || written.contains("end 1999."),
                "signal {signal}: a partial file"
            );
            if caught {
                break;
            }
        }
        assert!(caught, "never saw the export mid-write to stop it");
    }
}

/// The Markdown export of the CTO and the CIO with `yaml` loaded beside
/// the built-in dataset, from a file in `directory`.
fn markdown_with(directory: &tempfile::TempDir, yaml: &str) -> String {
    let data = common::file(directory, "extra.yaml", yaml.as_bytes());
    stdout_of(&[
        "--data",
        data.to_str().expect("UTF-8"),
        "export",
        "cto",
        "cio",
        "--format",
        "markdown",
    ])
}

/// A dataset text that opens a paragraph with what Markdown takes for a
/// list marker or a code block's indent stays a paragraph of that text.
#[test]
fn a_text_opening_a_paragraph_stays_a_paragraph() {
    let directory = common::scratch();
    let openings = ["- dash", "+ plus", "1. one", "7) seven", "    four spaces"];
    for opening in openings {
        let yaml = format!(
            "shared:\n  - id: odd\n    roles: [cto, cio]\n    summary: {{ en: \"{opening} and the rest\", sources: [article-en] }}\n"
        );
        let markdown = markdown_with(&directory, &yaml);
        // The sources at the end are a numbered list of their own: only
        // where the text itself lands counts.
        let mut blocks = Vec::new();
        let (mut text, mut found) = (String::new(), None);
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Start(tag) => blocks.push(tag),
                Event::End(_) => {
                    let tag = blocks.pop();
                    if blocks.is_empty() && text.contains("and the rest") {
                        found = Some((std::mem::take(&mut text), tag));
                    }
                    if blocks.is_empty() {
                        text.clear();
                    }
                }
                Event::Text(piece) => text.push_str(&piece),
                _ => {}
            }
        }
        let (text, within) = found.unwrap_or_else(|| panic!("{opening:?} is missing:\n{markdown}"));
        assert!(
            text.starts_with(&format!("{} and the rest", opening.trim()))
                && matches!(within, Some(Tag::Paragraph)),
            "{opening:?} is read as {text:?} within {within:?}"
        );
    }
}

/// A source's address is a link a reader can follow, whatever Markdown
/// would otherwise read in it (`_`, `#`, brackets), and the parenthesis that
/// closes the reference stays out of it.
#[test]
fn a_source_address_is_a_working_link() {
    let directory = common::scratch();
    let url = "https://en.wikipedia.org/wiki/Chief_technology_officer_(CTO)#top";
    let yaml = format!(
        "sources:\n  - {{ id: wiki, title: Wiki, language: en, url: \"{url}\" }}\nshared:\n  - id: w\n    roles: [cto, cio]\n    summary: {{ en: \"Both.\", sources: [wiki] }}\n"
    );
    let markdown = markdown_with(&directory, &yaml);
    let links: Vec<String> = Parser::new_ext(&markdown, Options::ENABLE_TABLES)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect();
    assert!(
        links.iter().any(|link| link == url),
        "{links:?}\n{markdown}"
    );
    assert!(markdown.contains(&format!("<{url}>)")), "{markdown}");
}

/// However the output names one of the dataset files the command reads
/// (the same path, `./`, a link, `ROLES_DATA`, standard input redirected
/// from it), the export is refused and the file kept.
#[test]
fn an_export_never_replaces_one_of_its_inputs() {
    let directory = common::scratch();
    let team = directory.path().join("team.yaml");
    fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vpe.yaml"),
        &team,
    )
    .expect("copied");
    let before = fs::read(&team).expect("readable");
    std::os::unix::fs::symlink("team.yaml", directory.path().join("link.md")).expect("a link");
    let cases: [(&[&str], &str, Option<&str>); 5] = [
        (&["--data", "team.yaml"], "team.yaml", None),
        (&["--data", "team.yaml"], "./team.yaml", None),
        (&["--data", "./team.yaml"], "link.md", None),
        (&[], "team.yaml", Some("team.yaml")),
        (&["--data", "-"], "team.yaml", None),
    ];
    for (data, output, roles_data) in cases {
        // A redirect, not a pipe: standard input is the file itself.
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roles"));
        command
            .env_clear()
            .current_dir(directory.path())
            .stdin(fs::File::open(&team).expect("readable"))
            .args(data);
        if let Some(value) = roles_data {
            command.env("ROLES_DATA", value);
        }
        let run = command
            .args(["export", "vpe", "cto", "-o", output])
            .output()
            .expect("roles runs");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{data:?} -o {output}: {stderr}");
        assert_eq!(
            stderr,
            format!(
                "roles: error: cannot write {output}: it is a dataset file this command reads, and is not replaced\n"
            )
        );
        assert_eq!(
            fs::read(&team).expect("readable"),
            before,
            "{data:?} -o {output}"
        );
    }
}
