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
