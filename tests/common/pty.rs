//! `roles` with its standard output on a terminal: a pseudo-terminal opened
//! with openpty(3), in raw mode so that what arrives is what `roles` wrote.

use std::fs::File;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Output, Stdio};

/// Runs `command` with standard output on a new terminal of `columns`, and
/// gives what it wrote there as `stdout`.
pub fn on_terminal(mut command: Command, columns: u16) -> Output {
    let (mut master, slave) = open(columns);
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::from(slave))
        .stderr(Stdio::piped())
        .spawn()
        .expect("roles runs");
    // Drop our copy of the terminal's other end in `command`, so that reading
    // ends when the child closes its own.
    drop(command);
    let mut shown = Vec::new();
    let mut buffer = [0; 8192];
    loop {
        match master.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => shown.extend_from_slice(&buffer[..n]),
            // Linux ends a terminal whose last writer closed it with EIO.
            Err(_) => break,
        }
    }
    let mut output = child.wait_with_output().expect("roles ends");
    output.stdout = shown;
    output
}

fn open(columns: u16) -> (File, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 50,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes the two descriptors it opens into the two
    // integers; the name buffer is null, the terminal settings are set below.
    let status = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(status, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    // SAFETY: `settings` is filled by tcgetattr before it is changed and set.
    unsafe {
        use std::os::fd::AsRawFd;
        let mut settings: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(slave.as_raw_fd(), &mut settings), 0);
        libc::cfmakeraw(&mut settings);
        assert_eq!(
            libc::tcsetattr(slave.as_raw_fd(), libc::TCSANOW, &settings),
            0
        );
    }
    (master, slave)
}
