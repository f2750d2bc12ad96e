//! The README and docs/ show real output: their examples are what `roles`
//! prints today, and their install lines work.

mod common;

use common::stdout_of;

/// The body of the first fenced block of `language` after `marker`.
fn block_after<'r>(readme: &'r str, marker: &str, language: &str) -> &'r str {
    let after = readme
        .split_once(marker)
        .unwrap_or_else(|| panic!("README.md has no {marker:?}"))
        .1;
    let body = after
        .split_once(&format!("```{language}\n"))
        .expect("a fenced block follows")
        .1;
    body.split_once("\n```").expect("the block is closed").0
}

/// The body of the first fenced block of `language` after `marker`, in a
/// list item: indented, so it closes at an indented fence.
fn item_block_after<'r>(text: &'r str, marker: &str, language: &str) -> &'r str {
    text.split_once(marker)
        .and_then(|(_, after)| after.split_once(&format!("```{language}\n")))
        .and_then(|(_, body)| body.split_once("\n   ```"))
        .unwrap_or_else(|| panic!("no {language} block after {marker:?}"))
        .0
}

const README: &str = include_str!("../README.md");
const COMMANDS: &str = include_str!("../docs/commands.md");
const FORMATS: &str = include_str!("../docs/formats.md");
const DATASET: &str = include_str!("../docs/dataset.md");

#[test]
fn the_search_example_is_real_output() {
    assert_eq!(
        block_after(COMMANDS, "`roles search vendor` prints:", "text"),
        stdout_of(&["search", "vendor"]).trim_end()
    );
}

#[test]
fn the_search_and_brief_examples_are_real_output() {
    assert_eq!(
        block_after(COMMANDS, "and with `--long`:", "text"),
        stdout_of(&["search", "vendor", "--long"]).trim_end()
    );
    assert_eq!(
        block_after(
            COMMANDS,
            "`roles compare cto cio --brief` prints, at 100 columns:",
            "text"
        ),
        stdout_of(&["--width", "100", "compare", "cto", "cio", "--brief"]).trim_end()
    );
}

#[test]
fn the_export_example_is_real_output() {
    assert_eq!(
        block_after(
            COMMANDS,
            "`roles export cto cio --section challenges` prints:",
            "markdown"
        ),
        stdout_of(&["export", "cto", "cio", "--section", "challenges"]).trim_end()
    );
}

#[test]
fn the_shortened_examples_are_cut_from_real_output() {
    // Shortened examples: every line shown, but the `…` that marks a cut, is
    // a line of the real output.
    for (document, marker, args) in [
        (
            README,
            "`roles compare cto cio`, in a 100-column terminal",
            &["--width", "100", "compare", "cto", "cio"][..],
        ),
        (
            COMMANDS,
            "roles list cto\n```",
            &["--width", "100", "list", "cto"][..],
        ),
        (
            FORMATS,
            "`roles compare cto cio --format csv` begins:",
            &["compare", "cto", "cio", "--format", "csv"][..],
        ),
    ] {
        let output = stdout_of(args);
        let lines: std::collections::HashSet<&str> = output.lines().collect();
        for line in block_after(document, marker, "text").lines() {
            if line.trim() == "…" || line.is_empty() {
                continue;
            }
            assert!(lines.contains(line), "{args:?} does not print {line:?}");
        }
    }
}

#[test]
fn the_matrix_example_is_real_output() {
    assert_eq!(
        block_after(COMMANDS, "`roles matrix` prints:", "text"),
        stdout_of(&["--width", "100", "matrix"]).trim_end()
    );
}

/// The README's install lines work in a new user's home, where none of the
/// directories they write to exist yet.
#[test]
fn the_install_lines_work_in_an_empty_home() {
    let block = block_after(
        COMMANDS,
        "`roles completions bash|zsh|fish|elvish|powershell` prints",
        "sh",
    );
    let home = tempfile::tempdir().expect("a scratch home");
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_roles"));
    let path = format!(
        "{}:{}",
        binary.parent().expect("a directory").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let status = std::process::Command::new("bash")
        .args(["-e", "-c", block])
        .env("HOME", home.path())
        .env("PATH", path)
        .status()
        .expect("bash runs");
    assert!(status.success());
    for file in [
        ".local/share/bash-completion/completions/roles",
        ".zfunc/_roles",
        ".config/fish/completions/roles.fish",
        ".cargo/share/man/man1/roles.1",
    ] {
        let written = std::fs::read_to_string(home.path().join(file)).unwrap_or_default();
        assert!(written.contains("roles"), "{file} was not written");
    }
}

#[test]
fn the_walkthrough_shows_the_example_dataset_as_it_is() {
    let example = include_str!("data/vpe.yaml");
    let indented: Vec<String> = example
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("   {line}")
            }
        })
        .collect();
    assert!(
        DATASET.contains(&indented.join("\n")),
        "docs/dataset.md's vpe.yaml differs from tests/data/vpe.yaml"
    );
}

/// The README stays a page a newcomer reads in a few minutes; the rest is in docs/.
#[test]
fn the_readme_is_short_and_links_what_moved() {
    assert!(
        README.len() <= 12_000,
        "README.md is {} bytes",
        README.len()
    );
    for link in [
        "docs/commands.md",
        "docs/formats.md",
        "docs/dataset.md",
        "benches/README.md",
        "CONTRIBUTING.md",
    ] {
        assert!(
            README.contains(&format!("]({link})")),
            "README.md does not link {link}"
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(link);
        assert!(path.is_file(), "{link} is missing");
    }
    for command in ["cargo test", "cargo run", "cargo install"] {
        assert!(README.contains(command), "README.md does not say {command}");
    }
}

/// The walkthrough starts from what `roles new vpe` prints, whole, and
/// shows lines `roles validate` prints for it.
#[test]
fn the_walkthrough_starts_from_real_output_of_roles_new() {
    let printed = stdout_of(&["new", "vpe"]);
    let shown = item_block_after(
        DATASET,
        "<summary>What <code>roles new vpe</code> prints",
        "yaml",
    );
    let unindented: Vec<&str> = shown
        .lines()
        .map(|line| line.strip_prefix("   ").unwrap_or(line))
        .collect();
    assert_eq!(unindented.join("\n"), printed.trim_end());

    let directory = common::scratch();
    common::file(&directory, "vpe.yaml", printed.as_bytes());
    let output = common::roles()
        .current_dir(directory.path())
        .args(["validate", "vpe.yaml"])
        .output()
        .expect("roles runs");
    let validated = String::from_utf8_lossy(&output.stdout);
    let shown = item_block_after(DATASET, "names each placeholder still left", "text");
    for line in shown
        .lines()
        .map(str::trim)
        .skip(1)
        .filter(|line| *line != "…")
    {
        assert!(validated.lines().any(|real| real == line), "{line}");
    }
}
