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
