//! Paging, as git and bat do it. The tests' output is a pipe, so they use
//! `--paging always`; whether `auto` pages depends on a terminal, checked by hand.

mod common;

use common::{roles, stdout_of};

/// A pager that saves what it is given, and the LESS it was started with.
fn recording_pager(directory: &std::path::Path) -> (String, std::path::PathBuf) {
    let script = directory.join("pager.sh");
    let saved = directory.join("paged.txt");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"LESS=$LESS\" > '{0}'\ncat >> '{0}'\n",
            saved.display()
        ),
    )
    .expect("writable");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    (script.display().to_string(), saved)
}

#[test]
fn the_pager_gets_tables_with_less_set_to_frx() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let (pager, saved) = recording_pager(directory.path());
    let output = roles()
        .env("ROLES_PAGER", &pager)
        .env("PAGER", "false")
        .args(["--paging", "always", "compare", "cto", "cio"])
        .output()
        .expect("roles runs");
    assert!(output.status.success());
    assert!(output.stdout.is_empty(), "the pager shows it, not roles");
    let paged = std::fs::read_to_string(&saved).expect("the pager ran");
    assert_eq!(
        paged,
        format!("LESS=FRX\n{}", stdout_of(&["compare", "cto", "cio"]))
    );
}

#[test]
fn data_formats_and_never_are_not_paged_and_a_missing_pager_is_no_error() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let (pager, saved) = recording_pager(directory.path());
    for args in [
        &[
            "--paging", "always", "compare", "cto", "cio", "--format", "json",
        ][..],
        &["--paging", "never", "compare", "cto", "cio"][..],
        &["--paging", "always", "completions", "bash"][..],
    ] {
        let output = roles()
            .env("ROLES_PAGER", &pager)
            .args(args)
            .output()
            .expect("roles runs");
        assert!(!output.stdout.is_empty(), "{args:?} printed directly");
        assert!(!saved.exists(), "{args:?} was paged");
    }
    let output = roles()
        .env("ROLES_PAGER", "no-such-pager-anywhere")
        .args(["--paging", "always", "compare", "cto", "cio"])
        .output()
        .expect("roles runs");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        stdout_of(&["compare", "cto", "cio"])
    );
}
