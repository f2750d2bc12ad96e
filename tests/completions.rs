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
    for command in [
        "list",
        "show",
        "compare",
        "search",
        "export",
        "matrix",
        "themes",
        "sources",
        "completions",
    ] {
        assert!(
            page.contains(&format!(".SH \"ROLES {}\"", command.to_uppercase())),
            "man page lacks a section for {command}"
        );
    }
    // Every command's options are on the page, since there is no page per
    // command to point to.
    for option in ["\\-\\-format", "\\-\\-section", "\\-\\-output"] {
        assert!(page.contains(option), "man page lacks {option}");
    }
    assert!(
        !page.contains("roles\\-list(1)"),
        "points to a page that does not exist"
    );
}

/// A dataset whose role title tries every way out of a quoted word. Loading
/// the completion scripts made from it, and completing with them, must run
/// none of it.
const HOSTILE: &str = r#"
sources:
  - { id: s, title: S, language: en, file: s.txt }
roles:
  - id: evil
    abbreviation: EVIL
    title:
      en: "Evil \\'; touch MARKER-fish-quote; echo ' $(touch MARKER-subst) `touch MARKER-tick` \" ; touch MARKER-double \"\n touch MARKER-newline"
    summary: { en: S, sources: [s] }
    responsibilities:
      - { theme: strategy, title: { en: T }, detail: { en: D }, sources: [s] }
"#;

/// Runs `script` (shell code) with `shell` in `directory`, failing the test
/// if the shell is not installed: a check that did not run must not pass.
fn run_shell(shell: &str, directory: &std::path::Path, script: &str) -> String {
    let output = std::process::Command::new(shell)
        .current_dir(directory)
        .env("HOME", directory)
        .args(["-c", script])
        .output()
        .unwrap_or_else(|error| {
            panic!("{shell}: {error}; the tests need bash, zsh and fish (apt-get install zsh fish)")
        });
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

#[test]
fn real_shells_run_nothing_from_a_hostile_datasets_completions() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let data = directory.path().join("evil.yaml");
    std::fs::write(&data, HOSTILE).expect("writable");
    let data = data.to_str().expect("UTF-8");
    let script = |shell: &str| {
        let text = stdout_of(&["--data", data, "completions", shell]);
        let path = directory.path().join(format!("roles.{shell}"));
        std::fs::write(&path, text).expect("writable");
        path.display().to_string()
    };
    let bash = script("bash");
    let zsh = script("zsh");
    let fish = script("fish");

    let out = run_shell(
        "bash",
        directory.path(),
        &format!(
            "source '{bash}'; COMP_WORDS=(roles show ''); COMP_CWORD=2; COMP_LINE='roles show '; COMP_POINT=11; _roles roles '' show; printf '%s\\n' \"${{COMPREPLY[@]}}\""
        ),
    );
    assert!(out.lines().any(|line| line == "evil"), "bash: {out}");

    let out = run_shell(
        "zsh",
        directory.path(),
        &format!("autoload -U compinit; compinit -u; source '{zsh}'; print loaded"),
    );
    assert!(out.contains("loaded"), "zsh: {out}");

    let out = run_shell(
        "fish",
        directory.path(),
        &format!("source '{fish}'; complete -C 'roles show '"),
    );
    // fish lists the id with the title as its description, quotes and all.
    let listed = out
        .lines()
        .find(|line| line.starts_with("evil\t"))
        .unwrap_or_else(|| panic!("fish does not complete the role: {out}"));
    assert!(
        listed.contains(r"Evil \'; touch MARKER-fish-quote"),
        "{listed}"
    );

    let left: Vec<String> = std::fs::read_dir(directory.path())
        .expect("listable")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("MARKER"))
        .collect();
    assert!(left.is_empty(), "a shell ran the dataset's text: {left:?}");
}

#[test]
fn the_language_flag_completes_languages_not_files() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let script = directory.path().join("roles.bash");
    std::fs::write(&script, stdout_of(&["completions", "bash"])).expect("writable");
    std::fs::write(directory.path().join("notes.txt"), "x").expect("writable");
    let out = run_shell(
        "bash",
        directory.path(),
        &format!(
            "source '{}'; COMP_WORDS=(roles --lang ''); COMP_CWORD=2; COMP_LINE='roles --lang '; COMP_POINT=13; _roles roles '' --lang; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        ),
    );
    let offered: Vec<&str> = out.lines().collect();
    assert_eq!(offered, ["en", "hu"], "{out}");
}
