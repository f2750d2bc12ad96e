//! `roles completions SHELL` and `roles man`, and completing in real shells:
//! a check in a shell that is not installed is ignored, and says which.

mod common;

use common::{missing, roles, run_trials, stdout_of, trial, unless};

fn main() {
    let trials = vec![
        trial(
            "every_shell_gets_a_script_that_asks_roles_at_each_tab",
            every_shell_gets_a_script_that_asks_roles_at_each_tab,
        ),
        trial(
            "the_man_page_is_roff_with_every_command",
            the_man_page_is_roff_with_every_command,
        ),
        trial(
            "completing_never_reads_standard_input",
            completing_never_reads_standard_input,
        ),
        unless(
            trial(
                "a_program_path_a_shell_would_expand_is_quoted_and_completes",
                a_program_path_a_shell_would_expand_is_quoted_and_completes,
            ),
            missing("bash"),
        ),
        trial(
            "completion_errors_are_one_line_of_roles",
            completion_errors_are_one_line_of_roles,
        ),
        trial(
            "an_unknown_language_stops_neither_man_nor_completion",
            an_unknown_language_stops_neither_man_nor_completion,
        ),
        unless(
            trial(
                "the_bash_script_is_valid_bash",
                the_bash_script_is_valid_bash,
            ),
            missing("bash"),
        ),
        unless(
            trial("bash_completes_role_ids", bash_completes_role_ids),
            missing("bash"),
        ),
        unless(
            trial("zsh_completes_role_ids", zsh_completes_role_ids),
            missing("zsh"),
        ),
        unless(
            trial("fish_completes_role_ids", fish_completes_role_ids),
            missing("fish"),
        ),
        unless(
            trial("bash_completes_option_values", bash_completes_option_values),
            missing("bash"),
        ),
        unless(
            trial("zsh_completes_option_values", zsh_completes_option_values),
            missing("zsh"),
        ),
        unless(
            trial("fish_completes_option_values", fish_completes_option_values),
            missing("fish"),
        ),
        unless(
            trial(
                "bash_runs_nothing_from_a_hostile_dataset",
                bash_runs_nothing_from_a_hostile_dataset,
            ),
            missing("bash"),
        ),
        unless(
            trial(
                "zsh_runs_nothing_from_a_hostile_dataset",
                zsh_runs_nothing_from_a_hostile_dataset,
            ),
            missing("zsh"),
        ),
        unless(
            trial(
                "fish_runs_nothing_from_a_hostile_dataset",
                fish_runs_nothing_from_a_hostile_dataset,
            ),
            missing("fish"),
        ),
    ];
    run_trials(trials);
}

fn every_shell_gets_a_script_that_asks_roles_at_each_tab() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        assert!(
            script.contains("ROLES_COMPLETE"),
            "{shell}: no call back to roles:\n{script}"
        );
        assert!(
            !script.contains("Chief"),
            "{shell}: the script holds no dataset text"
        );
    }
}

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
    for option in [
        "\\-\\-format",
        "\\-\\-section",
        "\\-\\-output",
        "\\-\\-brief",
        "\\-\\-long",
        "\\-\\-wide",
        "\\-\\-style",
        "\\-\\-delimiter",
        "\\-\\-paging",
    ] {
        assert!(page.contains(option), "man page lacks {option}");
    }
    assert!(
        !page.contains("roles\\-list(1)"),
        "points to a page that does not exist"
    );
    // The sections of their own a manual page has.
    for section in ["EXAMPLES", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
        assert!(
            page.contains(&format!(".SH \"{section}\"")),
            "man page lacks {section}"
        );
    }
    for variable in [
        "ROLES_LANG",
        "ROLES_DATA",
        "ROLES_PAGER",
        "NO_COLOR",
        "COLUMNS",
    ] {
        assert!(page.contains(variable), "man page lacks {variable}");
    }
}

/// Runs `script` (shell code) with `shell` in `directory`, with `env` set
/// and nothing else of the caller's.
fn run_shell(
    shell: &str,
    directory: &std::path::Path,
    env: &[(&str, &str)],
    script: &str,
) -> String {
    let output = std::process::Command::new(shell)
        .current_dir(directory)
        .env_clear()
        .env("HOME", directory)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(env.iter().copied())
        .args(["-c", script])
        .output()
        .unwrap_or_else(|error| panic!("{shell}: {error}"));
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

/// The registration script for `shell`, written into `directory`.
fn script(directory: &std::path::Path, shell: &str) -> String {
    let path = directory.join(format!("roles.{shell}"));
    std::fs::write(&path, stdout_of(&["completions", shell])).expect("writable");
    path.display().to_string()
}

/// What bash offers for the words of `line` (which ends where TAB is pressed).
fn bash_completes(directory: &std::path::Path, env: &[(&str, &str)], line: &str) -> Vec<String> {
    let bash = script(directory, "bash");
    let words: Vec<&str> = line.split(' ').collect();
    let quoted: Vec<String> = words.iter().map(|word| format!("'{word}'")).collect();
    let current = words.len() - 1;
    let previous = words[current - 1];
    let out = run_shell(
        "bash",
        directory,
        env,
        &format!(
            "source '{bash}'; COMP_WORDS=({}); COMP_CWORD={current}; COMP_LINE='{line}'; COMP_POINT={}; _clap_complete_roles roles '{}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            quoted.join(" "),
            line.len(),
            words[current],
        ),
    );
    out.lines().map(str::to_owned).collect()
}

/// What fish offers for `line`, value and description apart by a tab.
fn fish_completes(directory: &std::path::Path, env: &[(&str, &str)], line: &str) -> Vec<String> {
    let fish = script(directory, "fish");
    let out = run_shell(
        "fish",
        directory,
        env,
        &format!("source '{fish}'; complete -C '{line}'"),
    );
    out.lines().map(str::to_owned).collect()
}

/// What zsh's completion function hands `_describe` for `line`: zsh's own
/// completion system needs a terminal, so `_describe` and `compdef` are
/// stood in for by functions that print what they are given.
fn zsh_completes(directory: &std::path::Path, env: &[(&str, &str)], line: &str) -> Vec<String> {
    let zsh = script(directory, "zsh");
    let words: Vec<String> = line.split(' ').map(|word| format!("'{word}'")).collect();
    let out = run_shell(
        "zsh",
        directory,
        env,
        &format!(
            "compdef() {{ :; }}; _describe() {{ print -rl -- \"${{(@P)3}}\"; }}; source '{zsh}'; words=({}); CURRENT={}; _clap_dynamic_completer_roles",
            words.join(" "),
            words.len()
        ),
    );
    out.lines().map(str::to_owned).collect()
}

fn vpe() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/vpe.yaml")
        .display()
        .to_string()
}

/// A scratch directory to complete in, and the example dataset's path.
fn setting() -> (tempfile::TempDir, String) {
    (tempfile::tempdir().expect("a scratch directory"), vpe())
}

fn bash_completes_role_ids() {
    let (directory, vpe) = setting();
    let path = directory.path();
    let offered = bash_completes(path, &[], "roles compare ");
    for id in ["cto", "cio", "ciso", "cdo"] {
        assert!(offered.iter().any(|word| word == id), "bash: {offered:?}");
    }
    assert!(!offered.iter().any(|word| word == "vpe"));
    // A role only ROLES_DATA defines, and one only --data on the line does.
    let offered = bash_completes(path, &[("ROLES_DATA", &vpe)], "roles compare cto ");
    assert!(
        offered.iter().any(|word| word == "vpe"),
        "bash: {offered:?}"
    );
    let offered = bash_completes(path, &[], &format!("roles --data {vpe} show "));
    assert!(
        offered.iter().any(|word| word == "vpe"),
        "bash: {offered:?}"
    );
}

fn fish_completes_role_ids() {
    let (directory, vpe) = setting();
    let offered = fish_completes(directory.path(), &[("ROLES_DATA", &vpe)], "roles compare ");
    assert!(
        offered
            .iter()
            .any(|line| line == "cto\tChief Technology Officer"),
        "fish: {offered:?}"
    );
    assert!(
        offered.iter().any(|line| line.starts_with("vpe\t")),
        "fish: {offered:?}"
    );
}

fn zsh_completes_role_ids() {
    let (directory, vpe) = setting();
    let offered = zsh_completes(directory.path(), &[("ROLES_DATA", &vpe)], "roles compare ");
    assert!(
        offered
            .iter()
            .any(|line| line == "cto:Chief Technology Officer"),
        "zsh: {offered:?}"
    );
    assert!(
        offered.iter().any(|line| line.starts_with("vpe:")),
        "zsh: {offered:?}"
    );
}

/// The languages there are, as completion offers them.
fn languages() -> Vec<&'static str> {
    roles::model::Lang::ALL
        .iter()
        .map(|lang| lang.code())
        .collect()
}

fn bash_completes_option_values() {
    let (directory, _) = setting();
    let path = directory.path();
    std::fs::write(path.join("notes.txt"), "x").expect("writable");
    assert_eq!(bash_completes(path, &[], "roles --lang "), languages());
    let formats = bash_completes(path, &[], "roles compare cto cio --format ");
    assert_eq!(formats, ["table", "markdown", "csv", "json"]);
}

fn fish_completes_option_values() {
    let (directory, _) = setting();
    let sections = fish_completes(directory.path(), &[], "roles show cto --section ");
    for section in ["responsibilities", "focus", "challenges", "shared"] {
        assert!(
            sections.iter().any(|line| line.starts_with(section)),
            "{sections:?}"
        );
    }
}

fn zsh_completes_option_values() {
    let (directory, _) = setting();
    let path = directory.path();
    std::fs::write(path.join("notes.txt"), "x").expect("writable");
    assert_eq!(zsh_completes(path, &[], "roles --lang "), languages());
}

/// A dataset whose role title tries every way out of a quoted word. Loading
/// the completion scripts, and completing with them from this dataset, must
/// run none of it.
const HOSTILE: &str = r#"
sources:
  - { id: s, title: S, language: en }
roles:
  - id: evil
    abbreviation: EVIL
    title:
      en: "Evil \\'; touch MARKER-fish-quote; echo ' $(touch MARKER-subst) `touch MARKER-tick` \" ; touch MARKER-double \"\n touch MARKER-newline\t:x \u001b]0;title\u0007"
    summary: { en: S, sources: [s] }
    responsibilities:
      - { theme: strategy, title: { en: T }, detail: { en: D }, sources: [s] }
"#;

/// A scratch directory holding the hostile dataset, and the setting that loads it.
fn hostile() -> (tempfile::TempDir, String) {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let data = directory.path().join("evil.yaml");
    std::fs::write(&data, HOSTILE).expect("writable");
    let data = data.to_str().expect("UTF-8").to_owned();
    (directory, data)
}

/// Fails if a shell ran any of the dataset's text: it would have left a file.
fn nothing_ran(directory: &std::path::Path) {
    let left: Vec<String> = std::fs::read_dir(directory)
        .expect("listable")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("MARKER"))
        .collect();
    assert!(left.is_empty(), "a shell ran the dataset's text: {left:?}");
}

fn bash_runs_nothing_from_a_hostile_dataset() {
    let (directory, data) = hostile();
    let offered = bash_completes(directory.path(), &[("ROLES_DATA", &data)], "roles show ");
    assert!(
        offered.iter().any(|word| word == "evil"),
        "bash: {offered:?}"
    );
    nothing_ran(directory.path());
}

fn zsh_runs_nothing_from_a_hostile_dataset() {
    let (directory, data) = hostile();
    let offered = zsh_completes(directory.path(), &[("ROLES_DATA", &data)], "roles show ");
    let listed = offered
        .iter()
        .find(|line| line.starts_with("evil:"))
        .unwrap_or_else(|| panic!("zsh does not complete the role: {offered:?}"));
    assert!(!listed.contains('\u{1b}'), "{listed}");
    nothing_ran(directory.path());
}

fn fish_runs_nothing_from_a_hostile_dataset() {
    let (directory, data) = hostile();
    let offered = fish_completes(directory.path(), &[("ROLES_DATA", &data)], "roles show ");
    // fish lists the id with the title as its description, quotes and all,
    // on one line, its control characters shown, not obeyed.
    let listed = offered
        .iter()
        .find(|line| line.starts_with("evil\t"))
        .unwrap_or_else(|| panic!("fish does not complete the role: {offered:?}"));
    assert!(
        listed.contains(r"Evil \'; touch MARKER-fish-quote"),
        "{listed}"
    );
    assert!(listed.contains(r"\u{1b}]0;title"), "{listed}");
    nothing_ran(directory.path());
}

fn completing_never_reads_standard_input() {
    // `--data -` on the line being completed is standard input, which at a
    // TAB is the terminal: the completer leaves it alone rather than hang.
    let vpe = std::fs::read_to_string(vpe()).expect("the example dataset");
    for line in [
        &["--", "roles", "--data", "-", "compare", "cto", ""][..],
        &["--", "roles", "--data=-", "compare", "cto", ""],
    ] {
        let output = common::roles()
            .env("ROLES_COMPLETE", "fish")
            .args(line)
            .write_stdin(vpe.clone())
            .output()
            .expect("roles runs");
        let offered = String::from_utf8_lossy(&output.stdout);
        assert!(
            offered.lines().any(|line| line.starts_with("cio\t")),
            "{offered}"
        );
        assert!(!offered.contains("vpe"), "read standard input: {offered}");
    }
}

/// A program path with a space and a command substitution in it: both ways
/// of registering (`roles completions bash` and `source <(ROLES_COMPLETE=bash
/// roles)`) quote it, so the next TAB completes and runs nothing.
fn a_program_path_a_shell_would_expand_is_quoted_and_completes() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let odd = directory.path().join("we ird$(touch MARKER)");
    std::fs::create_dir(&odd).expect("a directory");
    let link = odd.join("roles");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_roles"), &link).expect("a link");
    let registrations = [
        ("completions bash", "\"$ROLES\" completions bash"),
        ("ROLES_COMPLETE=bash", "ROLES_COMPLETE=bash \"$ROLES\""),
    ];
    for (route, register) in registrations {
        let offered = run_shell(
            "bash",
            directory.path(),
            &[("ROLES", link.to_str().expect("UTF-8"))],
            &format!(
                "source <({register}); COMP_WORDS=(roles show ''); COMP_CWORD=2; COMP_LINE='roles show '; COMP_POINT=11; _clap_complete_roles roles '' show; printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ),
        );
        assert!(
            offered.lines().any(|line| line == "cto"),
            "{route}: {offered}"
        );
        assert!(
            !directory.path().join("MARKER").exists(),
            "{route}: the path ran as code"
        );
    }
}

/// Asked to complete for a shell it does not know, or with nowhere to write,
/// `roles` says so as it says every error: one line, `roles: error:`, exit 2.
fn completion_errors_are_one_line_of_roles() {
    let output = roles()
        .env("ROLES_COMPLETE", "nonsense")
        .arg("list")
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "roles: error: unknown shell 'nonsense' in ROLES_COMPLETE; available shells: bash, elvish, fish, powershell, zsh\n"
    );
    assert!(output.stdout.is_empty());
    let output = roles()
        .env("ROLES_COMPLETE", "nonsense")
        .env("ROLES_LANG", "hu")
        .arg("list")
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "roles: hiba: ismeretlen parancsértelmező: „nonsense” (ROLES_COMPLETE). Választható parancsértelmezők: bash, elvish, fish, powershell, zsh.\n"
    );
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens")
    };
    for (what, env) in [
        ("registration", vec![("ROLES_COMPLETE", "bash")]),
        (
            "completion",
            vec![("ROLES_COMPLETE", "bash"), ("_CLAP_COMPLETE_INDEX", "1")],
        ),
    ] {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roles"));
        command.env_clear().envs(env.iter().copied()).stdout(full());
        if what == "completion" {
            command.args(["--", "roles", "sh"]);
        }
        let output = command.output().expect("roles runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{what}: {stderr}");
        assert!(
            stderr.starts_with("roles: error: cannot write")
                && stderr.ends_with("No space left on device (os error 28)\n")
                && stderr.lines().count() == 1,
            "{what}: {stderr:?}"
        );
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roles"));
        command
            .env_clear()
            .envs(env)
            .env("LANG", "hu_HU.UTF-8")
            .stdout(full());
        if what == "completion" {
            command.args(["--", "roles", "sh"]);
        }
        let output = command.output().expect("roles runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let hungarian = if what == "completion" {
            "a kiegészítési javaslatok nem írhatók ki"
        } else {
            "a parancskiegészítő szkript nem írható ki"
        };
        assert_eq!(
            stderr,
            format!("roles: hiba: {hungarian}: nincs több hely az eszközön\n"),
            "{what}"
        );
    }
}

/// None of `man`, `completions` and the ids offered at a TAB needs a
/// language: one `roles` does not have changes none of them.
fn an_unknown_language_stops_neither_man_nor_completion() {
    for args in [&["man"][..], &["completions", "bash"]] {
        let output = roles()
            .env("ROLES_LANG", "fr")
            .args(args)
            .output()
            .expect("roles runs");
        assert!(output.status.success(), "{args:?}: {output:?}");
        assert!(!output.stdout.is_empty(), "{args:?}");
    }
    for env in [("ROLES_LANG", "fr"), ("LANG", "fr_FR.UTF-8")] {
        let output = roles()
            .env(env.0, env.1)
            .env("ROLES_COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "2")
            .args(["--", "roles", "show", ""])
            .output()
            .expect("roles runs");
        let offered = String::from_utf8_lossy(&output.stdout);
        assert!(offered.contains("cto"), "{env:?}: {output:?}");
    }
    let output = roles()
        .env("ROLES_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "4")
        .args(["--", "roles", "--lang", "fr", "show", ""])
        .output()
        .expect("roles runs");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("cto"),
        "--lang fr on the line: {output:?}"
    );
}
