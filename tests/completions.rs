//! `roles completions SHELL` and `roles man`.

mod common;

use common::stdout_of;

#[test]
fn every_shell_gets_a_script_and_role_ids_complete_where_the_shell_allows() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        for word in ["compare", "export", "search", "lang", "section"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    // The shells whose scripts can complete positional values complete role ids.
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(
            script.contains("cto") && script.contains("cio"),
            "{shell} does not complete role ids"
        );
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let script = stdout_of(&["completions", "bash"]);
    let directory = tempfile::tempdir().expect("a scratch directory");
    let path = directory.path().join("roles.bash");
    std::fs::write(&path, script).expect("writable");
    let status = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status()
        .expect("bash runs");
    assert!(status.success());
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH roles 1"));
    assert!(page.contains(".SH NAME"));
    for command in ["list", "show", "compare", "search", "export", "completions"] {
        assert!(page.contains(command), "man page lacks {command}");
    }
}
