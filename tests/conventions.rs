//! Command-line conventions users bring from other tools.

mod common;

use common::{roles, stdout_of};

#[test]
fn a_dash_for_output_is_standard_output() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let output = roles()
        .current_dir(directory.path())
        .args(["export", "cto", "cio", "-o", "-"])
        .output()
        .expect("roles runs");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        stdout_of(&["export", "cto", "cio"])
    );
    let left: Vec<_> = std::fs::read_dir(directory.path())
        .expect("listable")
        .collect();
    assert!(left.is_empty(), "no file named '-'");
}

#[test]
fn sections_may_be_listed_with_commas_and_flags_have_short_forms() {
    assert_eq!(
        stdout_of(&[
            "compare",
            "cto",
            "cio",
            "-s",
            "focus,challenges",
            "-f",
            "csv"
        ]),
        stdout_of(&[
            "compare",
            "cto",
            "cio",
            "--section",
            "focus",
            "--section",
            "challenges",
            "--format",
            "csv"
        ])
    );
    assert_eq!(
        stdout_of(&["-l", "hu", "-w", "80", "show", "cio"]),
        stdout_of(&["--lang", "hu", "--width", "80", "show", "cio"])
    );
}

#[test]
fn a_dash_for_data_is_standard_input() {
    let vpe = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vpe.yaml"),
    )
    .expect("the example dataset");
    let output = roles()
        .args(["--data", "-", "show", "vpe", "--brief"])
        .write_stdin(vpe.clone())
        .output()
        .expect("roles runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("VPE"));
    let output = roles()
        .args(["validate", "-"])
        .write_stdin(vpe)
        .output()
        .expect("roles runs");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "valid: <built-in>/data/roles.yaml, <stdin> (5 roles, 14 themes, 5 sources)"
    );
    // A mistake on standard input is placed like one in a file.
    let output = roles()
        .args(["--data", "-", "list"])
        .write_stdin("roles:\n  - id: x\n    titel: y\n")
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("roles: error: <stdin>:3:5: "),
        "{stderr}"
    );
}

#[test]
fn brief_and_style_give_a_slide_and_plain_text() {
    // A slide: the title, each role's summary and orientation (the lines
    // the brief gained when it began to open with them), one table with a
    // row per theme, the legend and the sources.
    let brief = stdout_of(&["compare", "cto", "cio", "--brief", "--format", "markdown"]);
    assert!(brief.lines().count() <= 26, "{brief}");
    let tables = common::markdown_tables(&brief);
    assert_eq!(tables.len(), 1, "one table: {brief}");
    assert!(tables[0].iter().all(|&cells| cells == 3), "{brief}");
    assert!(
        !brief.contains("Sets the company's technology strategy"),
        "titles only"
    );
    for opening in [
        "- **CTO**: Shapes the technology vision",
        "- **CIO**: Keeps the company's",
    ] {
        assert!(brief.contains(opening), "{brief}");
    }
    let plain = stdout_of(&["--style", "plain", "compare", "cto", "cio"]);
    // Table corners, not the `+` of a skill such as C++.
    assert!(!plain.contains(['│', '┆', '─', '|']), "{plain}");
    assert!(!plain.contains("+-") && !plain.contains("-+"), "{plain}");
    assert!(plain.lines().all(|line| line == line.trim_end()));
    let ascii = stdout_of(&["--style", "ascii", "compare", "cto", "cio"]);
    assert!(!ascii.contains(['│', '─', '┆', '┌', '╞']), "{ascii}");
    assert!(ascii.lines().any(|line| line.starts_with("+-")), "{ascii}");
}
