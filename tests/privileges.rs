//! What only a user whom file permissions stop, or root, can check: each
//! check is ignored, saying why, where this machine cannot run it.

mod common;
mod unprivileged;

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use common::{file, roles, run_trials, scratch, trial, unless};
use unprivileged::{chmod, roles_as_user, unprivileged};

fn main() {
    let trials = vec![
        unless(
            trial(
                "a_file_this_user_cannot_read_is_refused",
                a_file_this_user_cannot_read_is_refused,
            ),
            unprivileged(),
        ),
        unless(
            trial(
                "an_export_into_a_read_only_directory_is_refused",
                an_export_into_a_read_only_directory_is_refused,
            ),
            unprivileged(),
        ),
        unless(
            trial(
                "a_proc_file_whose_read_would_wait_is_refused",
                a_proc_file_whose_read_would_wait_is_refused,
            ),
            kmsg_unreadable(),
        ),
        unless(
            trial(
                "a_link_another_user_planted_in_a_shared_directory_is_not_followed",
                a_link_another_user_planted_in_a_shared_directory_is_not_followed,
            ),
            (!unprivileged::is_root())
                .then(|| "needs root, to plant a link another user owns".to_owned()),
        ),
    ];
    run_trials(trials);
}

fn a_file_this_user_cannot_read_is_refused() {
    let directory = scratch();
    chmod(directory.path(), 0o755);
    let readable = file(&directory, "readable.yaml", b"themes: []\n");
    chmod(&readable, 0o644);
    // The same user reads a readable file beside it, so what stops it below
    // is the file's permissions, not the way there.
    roles_as_user()
        .arg("--data")
        .arg(&readable)
        .arg("list")
        .assert()
        .success();

    let secret = file(&directory, "secret.yaml", b"themes: []\n");
    chmod(&secret, 0o000);
    let output = roles_as_user()
        .arg("--data")
        .arg(&secret)
        .arg("list")
        .output()
        .expect("roles runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "roles: error: {}: cannot read: Permission denied (os error 13)\n",
            secret.display()
        )
    );
    let output = roles_as_user()
        .args(["--lang", "hu", "--data"])
        .arg(&secret)
        .arg("validate")
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{}: nem olvasható: engedély megtagadva\n", secret.display())
    );
}

fn an_export_into_a_read_only_directory_is_refused() {
    let directory = scratch();
    chmod(directory.path(), 0o755);
    let locked = directory.path().join("locked");
    fs::create_dir(&locked).expect("creatable");
    chmod(&locked, 0o555);
    let output = roles_as_user()
        .args(["export", "cto", "-o"])
        .arg(locked.join("x.md"))
        .output()
        .expect("roles runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    assert_eq!(fs::read_dir(&locked).expect("listable").count(), 0);
    let output = roles_as_user()
        .args(["--lang", "hu", "export", "cto", "-o"])
        .arg(locked.join("x.md"))
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "roles: hiba: {}: nem írható: engedély megtagadva\n",
            locked.join("x.md").display()
        )
    );
}

/// Why /proc/kmsg cannot be read here, if it cannot (it takes root).
fn kmsg_unreadable() -> Option<String> {
    let readable = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open("/proc/kmsg")
        .is_ok();
    (!readable).then(|| "needs a readable /proc/kmsg".to_owned())
}

fn a_proc_file_whose_read_would_wait_is_refused() {
    // /proc/kmsg says it is a regular file of 0 bytes, and a read waits for the
    // next kernel message. Reading it takes the pending messages from whoever
    // else reads the kernel log, which only a test machine can spare.
    let kmsg = Path::new("/proc/kmsg");
    let output = roles()
        .arg("--data")
        .arg(kmsg)
        .arg("list")
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .expect("roles runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    // What came before the wait is kernel text, which could be anything.
    assert!(
        stderr.contains(
            "/proc/kmsg: cannot read: it would wait for data that may never come; a dataset must be a file"
        ) || stderr.contains("/proc/kmsg:1:"),
        "{stderr}"
    );
}

/// As root, exporting into a sticky, world-writable directory (`/tmp`) where
/// another user planted the name as a link to a file of theirs choosing:
/// the link is not followed, as `fs.protected_symlinks` stops a plain `>`.
/// A link the directory's owner made is followed as before.
fn a_link_another_user_planted_in_a_shared_directory_is_not_followed() {
    let directory = scratch();
    let shared = directory.path().join("shared");
    fs::create_dir(&shared).expect("a directory");
    chmod(&shared, 0o1777);
    let victim = file(&directory, "victim.txt", b"precious\n");
    let planted = shared.join("x.md");
    std::os::unix::fs::symlink(&victim, &planted).expect("a link");
    std::os::unix::fs::lchown(&planted, Some(65534), Some(65534)).expect("lchown");
    let output = roles()
        .args(["export", "cto", "cio", "-o"])
        .arg(&planted)
        .output()
        .expect("roles runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("a symbolic link another user made in a shared directory"),
        "{stderr}"
    );
    let output = roles()
        .args(["--lang", "hu", "export", "cto", "cio", "-o"])
        .arg(&planted)
        .output()
        .expect("roles runs");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "roles: hiba: {}: nem írható: szimbolikus link, amelyet egy másik felhasználó \
             hozott létre egy közös könyvtárban; a roles ezért nem követi\n",
            planted.display()
        )
    );
    assert_eq!(fs::read_to_string(&victim).expect("readable"), "precious\n");
    assert!(fs::symlink_metadata(&planted).is_ok_and(|m| m.file_type().is_symlink()));

    // The directory's owner's own link is followed: the file it names is replaced.
    std::os::unix::fs::lchown(&planted, Some(0), Some(0)).expect("lchown");
    roles()
        .args(["export", "cto", "cio", "-o"])
        .arg(&planted)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&victim)
            .expect("readable")
            .starts_with("# CTO vs CIO")
    );
}
