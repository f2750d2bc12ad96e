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
    // Said, not silent: the reader learns why nothing was paged.
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "roles: cannot start the pager 'no-such-pager-anywhere': No such file or directory (os error 2); showing the output without it\n"
    );
    let output = roles()
        .env("ROLES_PAGER", "no-such-pager-anywhere")
        .args(["--lang", "hu", "--paging", "always", "list"])
        .output()
        .expect("roles runs");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "roles: a lapozó nem indítható el: „no-such-pager-anywhere”: nincs ilyen fájl vagy könyvtár; a kimenet lapozó nélkül jelenik meg\n"
    );
}

/// A pager that saves its arguments, one a line, then what it is given.
fn arguments_pager(path: &std::path::Path) -> std::path::PathBuf {
    let saved = path.with_extension("saved");
    std::fs::write(
        path,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do echo \"arg=$a\"; done > '{0}'\necho \"LESS=$LESS\" >> '{0}'\ncat >> '{0}'\n",
            saved.display()
        ),
    )
    .expect("writable");
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    saved
}

/// `less` gets `-R` whatever `LESS` holds, and the user's `LESS` is kept,
/// as bat does: `LESS=i` alone would show colours as `ESC[1m`.
#[test]
fn less_always_gets_raw_colours_and_keeps_the_users_less() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let saved = arguments_pager(&directory.path().join("less"));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roles"))
        .env_clear()
        .env("ROLES_PAGER", directory.path().join("less"))
        .env("LESS", "i")
        .args([
            "--paging", "always", "--color", "always", "compare", "cto", "cio",
        ])
        .output()
        .expect("roles runs");
    assert!(output.status.success(), "{output:?}");
    let paged = std::fs::read_to_string(&saved).expect("the pager ran");
    assert!(paged.starts_with("arg=-R\nLESS=i\n"), "{}", &paged[..40]);
    assert!(paged.contains("\u{1b}[1m"), "colours go to the pager");
}

/// ROLES_PAGER is split as a shell splits words, without a shell: a
/// quoted path with a space and a quoted argument each stay one word, and
/// nothing in it is run.
#[test]
fn the_pager_command_is_split_as_a_shell_would() {
    let directory = tempfile::tempdir().expect("a scratch directory");
    let spaced = directory.path().join("my pagers");
    std::fs::create_dir(&spaced).expect("a directory");
    let saved = arguments_pager(&spaced.join("pg"));
    let line = format!(
        "'{}' \"a b\" c\\ d '$(touch MARKER)'",
        spaced.join("pg").display()
    );
    let output = roles()
        .current_dir(directory.path())
        .env("ROLES_PAGER", &line)
        .args(["--paging", "always", "list"])
        .output()
        .expect("roles runs");
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty(), "paged, not printed");
    let paged = std::fs::read_to_string(&saved).expect("the pager ran");
    assert!(
        paged.starts_with("arg=a b\narg=c d\narg=$(touch MARKER)\n"),
        "{paged}"
    );
    assert!(!directory.path().join("MARKER").exists());
    let output = roles()
        .env("ROLES_PAGER", "pg 'unclosed")
        .args(["--paging", "always", "list"])
        .output()
        .expect("roles runs");
    assert!(
        output.status.success() && !output.stdout.is_empty(),
        "{output:?}"
    );
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("roles: cannot read the pager command 'pg 'unclosed'"),
        "{output:?}"
    );
}

/// Ctrl-C reaches every process in the terminal's foreground: `roles`
/// waits for its pager rather than ending under it, as git does.
#[test]
fn ctrl_c_while_paging_waits_for_the_pager() {
    use std::os::unix::process::CommandExt;
    let directory = tempfile::tempdir().expect("a scratch directory");
    let pager = directory.path().join("pager.sh");
    let done = directory.path().join("done");
    // A pager that, like less, survives Ctrl-C, and ends a while later.
    std::fs::write(
        &pager,
        format!(
            "#!/bin/sh\ntrap '' INT QUIT\ncat > /dev/null\nsleep 1\necho done > '{}'\n",
            done.display()
        ),
    )
    .expect("writable");
    std::fs::set_permissions(&pager, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_roles"))
        .env_clear()
        .env("ROLES_PAGER", &pager)
        .args(["--paging", "always", "compare", "cto", "cio"])
        .stdout(std::process::Stdio::null())
        .process_group(0)
        .spawn()
        .expect("roles runs");
    std::thread::sleep(std::time::Duration::from_millis(400));
    let group = i32::try_from(child.id()).expect("a pid");
    // SAFETY: kill with a negative pid signals the process group just made.
    let sent = unsafe { libc::kill(-group, libc::SIGINT) };
    assert_eq!(sent, 0);
    let status = child.wait().expect("roles ends");
    assert!(
        done.exists(),
        "roles ended ({status:?}) before its pager did"
    );
    assert!(status.success(), "{status:?}");
}
