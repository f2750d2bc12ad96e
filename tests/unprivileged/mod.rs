//! Running `roles` as a user whom file permissions stop, which root is not.
#![allow(dead_code)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

/// The user and group the tests drop to when they run as root (`nobody`).
const NOBODY: &str = "65534";

/// Why `roles` cannot run here as a user whose file permissions apply, if
/// it cannot: as root, setpriv must be able to drop to `nobody`.
pub fn unprivileged() -> Option<String> {
    if !is_root() {
        return None;
    }
    let dropped = std::process::Command::new("setpriv")
        .args(drop_to_nobody())
        .arg("true")
        .status();
    (!dropped.is_ok_and(|status| status.success()))
        .then(|| "needs setpriv, to drop from root to nobody".to_owned())
}

/// Whether the tests run as root.
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// `roles`, with colour off and an empty environment, run as a user whose file
/// permissions apply: as it is when the tests do not run as root, and as
/// `nobody` through setpriv when they do. Call it in a check that
/// [`unprivileged`] found can run.
pub fn roles_as_user() -> Command {
    let binary = env!("CARGO_BIN_EXE_roles");
    let mut command = if is_root() {
        let mut command = Command::new("setpriv");
        command.args(drop_to_nobody()).arg(binary);
        command
    } else {
        Command::new(binary)
    };
    command
        .env_clear()
        .arg("--color=never")
        .timeout(Duration::from_secs(20));
    command
}

fn drop_to_nobody() -> [String; 4] {
    [
        format!("--reuid={NOBODY}"),
        format!("--regid={NOBODY}"),
        "--clear-groups".to_owned(),
        "--".to_owned(),
    ]
}

/// Sets `path`'s permission bits to `mode`.
pub fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}
