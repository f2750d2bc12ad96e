//! Colour, width and language from the environment, as a terminal user meets them.

mod common;

use assert_cmd::Command;
use common::failure_of;

/// `roles` in a clean environment with no `--color` flag, so the automatic choice is seen.
fn bare() -> Command {
    let mut command = Command::cargo_bin("roles").expect("built by cargo test");
    command.env_clear();
    command
}

fn stdout(command: &mut Command) -> String {
    let output = command.output().expect("roles runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let piped = stdout(bare().args(["compare", "cto", "cio"]));
    assert!(!piped.contains('\x1b'), "auto never colours a pipe");
    let forced = stdout(bare().args(["--color", "always", "compare", "cto", "cio"]));
    assert!(forced.contains("\x1b["), "--color always colours");
    let forced_despite = stdout(
        bare()
            .env("NO_COLOR", "1")
            .args(["--color", "always", "compare", "cto", "cio"]),
    );
    assert_eq!(forced_despite, forced, "the flag wins over NO_COLOR, whole");
    let never = stdout(bare().args(["--color", "never", "compare", "cto", "cio"]));
    assert!(!never.contains('\x1b'));
}

#[test]
fn colour_is_for_tables_only() {
    for format in ["markdown", "csv", "json"] {
        let output = stdout(bare().args([
            "--color", "always", "compare", "cto", "cio", "--format", format,
        ]));
        assert!(!output.contains('\x1b'), "{format} has escape codes");
    }
}

#[test]
fn width_comes_from_the_flag_then_columns() {
    // A source's web address is kept whole, to be followed, and not counted.
    let widest = |text: &str| {
        text.lines()
            .filter(|line| !line.starts_with("https://"))
            .map(|line| line.chars().count())
            .max()
            .unwrap_or(0)
    };
    let from_columns =
        stdout(
            bare()
                .env("COLUMNS", "90")
                .args(["--color=never", "compare", "cto", "cio"]),
        );
    assert!(widest(&from_columns) <= 90 && widest(&from_columns) > 80);
    let flag_wins = stdout(bare().env("COLUMNS", "90").args([
        "--color=never",
        "--width",
        "120",
        "compare",
        "cto",
        "cio",
    ]));
    assert!(widest(&flag_wins) <= 120 && widest(&flag_wins) > 90);
    for tiny in ["1", "5"] {
        let output = stdout(bare().env("COLUMNS", tiny).args(["--color=never", "list"]));
        assert!(widest(&output) <= 60, "COLUMNS={tiny}");
        assert!(
            output.lines().any(|line| line.contains("Technology")),
            "no collapse at COLUMNS={tiny}"
        );
    }
    let junk = stdout(
        bare()
            .env("COLUMNS", "wide")
            .args(["--color=never", "list"]),
    );
    assert_eq!(
        widest(&junk),
        100,
        "a COLUMNS that is not a number is ignored: a pipe's 100 columns"
    );
}

#[test]
fn language_comes_from_the_flag_then_roles_lang_then_the_locale() {
    let hungarian = "technológiai igazgató";
    let list =
        |command: &mut Command| stdout(command.args(["--color=never", "--width", "0", "list"]));
    assert!(list(bare().env("LANG", "hu_HU.UTF-8")).contains(hungarian));
    assert!(
        list(
            bare()
                .env("LC_ALL", "hu_HU.UTF-8")
                .env("LANG", "en_US.UTF-8")
        )
        .contains(hungarian)
    );
    assert!(
        !list(
            bare()
                .env("LC_ALL", "en_US.UTF-8")
                .env("LANG", "hu_HU.UTF-8")
        )
        .contains(hungarian)
    );
    assert!(list(bare().env("ROLES_LANG", "hu").env("LANG", "en_US.UTF-8")).contains(hungarian));
    assert!(!list(bare().env("ROLES_LANG", "hu").args(["--lang", "en"])).contains(hungarian));
    assert!(
        !list(bare().env("LANG", "fr_FR.UTF-8")).contains(hungarian),
        "an unknown locale means English"
    );
    assert!(!list(bare().env("LANG", "C")).contains(hungarian));
}

#[test]
fn an_unknown_language_by_name_is_an_error_listing_the_available_ones() {
    let output = bare()
        .env("ROLES_LANG", "zz")
        .arg("list")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    // Codes no catalogue will ever have, and the languages there are.
    let known: Vec<&str> = roles::model::Lang::ALL
        .iter()
        .map(|lang| lang.code())
        .collect();
    let known = known.join(", ");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "roles: error: unknown language 'zz' in ROLES_LANG; available languages: {known}\n"
        )
    );
    let stderr = failure_of(&["--lang", "xx", "list"], 2);
    assert_eq!(
        stderr,
        format!("roles: error: unknown language 'xx' in --lang; available languages: {known}\n")
    );
    // A language named wrongly on the command line is said in the
    // environment's language, where it names one.
    let output = bare()
        .env("ROLES_LANG", "hu")
        .args(["--lang", "xx", "list"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("roles: hiba: ismeretlen nyelv: „xx” (--lang). Választható nyelvek: {known}.\n")
    );
}

#[test]
fn a_dumb_terminal_gets_plain_ascii_tables() {
    let dumb = stdout(
        bare()
            .env("TERM", "dumb")
            .args(["--color", "never", "compare", "cto", "cio"]),
    );
    assert!(!dumb.contains(['┌', '│', '╞', '┆']), "{dumb}");
    assert!(dumb.contains("+--"), "{dumb}");
}

/// `text` without its SGR codes (`ESC [ … m`), as a terminal lays it out.
fn without_codes(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        plain.push_str(&rest[..at]);
        let code = &rest[at + 2..];
        rest = code.find('m').map_or("", |end| &code[end + 1..]);
    }
    plain.push_str(rest);
    plain
}

#[test]
fn colour_changes_no_column_of_a_table() {
    // Bold titles and highlighted matches take no room: without their codes,
    // the coloured tables are the plain ones, at every width and stacked.
    for args in [
        &["compare", "cto", "cio"][..],
        &["--width", "60", "--lang", "hu", "compare", "cto", "cio"],
        &["search", "vendor", "management"],
        &["compare", "cto", "cio", "ciso", "cdo", "--brief"],
        &["--style", "plain", "show", "ciso"],
    ] {
        let coloured = stdout(bare().arg("--color=always").args(args));
        assert!(coloured.contains("\x1b[1m"), "{args:?} is coloured");
        let plain = stdout(bare().arg("--color=never").args(args));
        assert_eq!(without_codes(&coloured), plain, "{args:?}");
    }
}

#[test]
fn search_matches_are_highlighted_and_item_titles_bold() {
    let output = stdout(bare().args(["--color=always", "search", "vendor"]));
    assert!(output.contains("\x1b[1m\x1b[31mVendor\x1b[0m"), "{output}");
    let output = stdout(bare().args(["--color=always", "show", "ciso"]));
    assert!(
        output.contains("▸ \x1b[1mInformation availability"),
        "{output}"
    );
}

#[test]
fn the_marks_tables_use_for_bold_cannot_come_from_a_dataset() {
    let directory = common::scratch();
    let data = common::file(
        &directory,
        "marks.yaml",
        "roles:\n  - id: m\n    abbreviation: M\n    title: { en: \"a\u{2061}b\u{2063}c\" }\n    summary: { en: \"x\u{2062}y\", sources: [esco] }\n    focus:\n      - { theme: strategy, title: { en: \"t\u{2061}\" }, detail: { en: d }, sources: [esco] }\n"
            .as_bytes(),
    );
    let data = data.to_str().expect("UTF-8");
    for colour in ["--color=always", "--color=never"] {
        let output = stdout(bare().args([colour, "--data", data, "show", "m"]));
        assert!(
            !output.contains(['\u{2061}', '\u{2062}', '\u{2063}']),
            "{output}"
        );
        assert!(output.contains("a\\u{2061}b\\u{2063}c"), "{output}");
        assert!(
            !output.contains("\x1b[1ma") && !output.contains("x\x1b"),
            "{output}"
        );
    }
}

/// `--style ascii` (which `TERM=dumb` chooses) draws and marks with 7-bit
/// characters only: what is left outside ASCII is the dataset's own text.
#[test]
fn ascii_style_marks_are_seven_bit() {
    let dataset = roles::dataset::BUILTIN_YAML;
    let commands: [&[&str]; 6] = [
        &["compare", "cto", "cio"],
        &["compare", "cto", "cio", "--brief"],
        &["compare", "cto", "cio", "ciso", "cdo"],
        &["matrix"],
        &["show", "cto"],
        &["list"],
    ];
    for args in commands {
        for (style, term) in [(Some("ascii"), "xterm"), (None, "dumb")] {
            let mut command = bare();
            command.env("TERM", term).args(["--width", "100"]);
            if let Some(style) = style {
                command.args(["--style", style]);
            }
            let shown = stdout(command.args(args));
            let foreign: Vec<char> = shown.chars().filter(|c| !c.is_ascii()).collect();
            for c in foreign {
                assert!(
                    dataset.contains(c) && !"▸●≠—·│─┌".contains(c),
                    "{args:?} with {style:?}, TERM={term}: {c:?} is a mark, not the dataset's"
                );
            }
        }
    }
    let legend = stdout(bare().args(["--style", "ascii", "compare", "cto", "cio"]));
    for explained in ["* each compared role", "!= ", "- not covered"] {
        assert!(
            legend.contains(explained),
            "the legend explains {explained:?}"
        );
    }
}
