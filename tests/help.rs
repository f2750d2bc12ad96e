//! `--help` and `--version`.

mod common;

use common::stdout_of;

#[test]
fn help_lists_commands_examples_and_exit_codes() {
    let help = stdout_of(&["--help"]);
    for expected in [
        "list", "show", "compare", "export", "--lang", "--color", "--width",
    ] {
        assert!(help.contains(expected), "help lacks {expected}");
    }
    assert!(help.contains("roles compare cto cio"));
    assert!(help.contains("Exit codes:"));
}

#[test]
fn subcommand_help_documents_every_argument() {
    let help = stdout_of(&["export", "--help"]);
    assert!(help.contains("--output <FILE>"));
    assert!(help.contains("replaced only once complete"));
    assert!(help.contains("--section <SECTION>"));
}

#[test]
fn version_is_the_crate_version() {
    assert_eq!(
        stdout_of(&["--version"]),
        format!("roles {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// What a usage error refuses is quoted escaped, as an unknown role is:
/// neither obeyed by the terminal, nor dropped, nor split over lines.
#[test]
fn usage_errors_quote_the_refused_value_escaped() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--width", "\u{1b}[2J", "list"],
            "invalid value '\\u{1b}[2J' for '--width <N>'",
        ),
        (
            &["--style", "x\u{1b}[5my", "list"],
            "invalid value 'x\\u{1b}[5my' for '--style <STYLE>'",
        ),
        (
            &["--delimiter", "a\nb", "list"],
            "invalid value 'a\\u{a}b' for '--delimiter <CHAR>'",
        ),
        (
            &["--bogus\u{1b}[1m", "list"],
            "unexpected argument '--bogus\\u{1b}[1m' found",
        ),
        (&["\u{1b}[31m"], "unrecognized subcommand '\\u{1b}[31m'"),
        (&["show", "cto\u{9b}"], "unknown role 'cto\\u{9b}'"),
    ];
    for (args, expected) in cases {
        let stderr = common::failure_of(args, 2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(!stderr.contains(['\u{1b}', '\u{9b}']), "{args:?}: {stderr}");
    }
}
