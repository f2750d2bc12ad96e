//! Running `roles` as a user whom file permissions stop, which root is not.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

/// The user and group the tests drop to when they run as root (`nobody`).
const NOBODY: &str = "65534";

/// `roles`, with colour off and an empty environment, run as a user whose file
/// permissions apply: as it is when the tests do not run as root, and as
/// `nobody` through setpriv when they do. When neither is possible, `None`,
/// and `case` is reported as skipped on stderr past the test harness's
/// capture, so that a case that did not run never passes unseen.
pub fn roles_as_user(case: &str) -> Option<Command> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let binary = env!("CARGO_BIN_EXE_roles");
    let mut command = if root {
        let dropped = std::process::Command::new("setpriv")
            .args(drop_to_nobody())
            .arg("true")
            .status();
        if !dropped.is_ok_and(|status| status.success()) {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: {case}: running as root, and setpriv cannot drop to nobody"
            );
            return None;
        }
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
    Some(command)
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
