//! Dataset files that are not what they seem: whatever `--data` names, `roles`
//! answers promptly with exit code 2 and one line naming the file, never a
//! hang, an abort or memory the size of what the file claims.
#![cfg(unix)]

mod common;

use std::fs::{self, File};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{file, roles, scratch};

/// Loads `path` as a user dataset and asserts a prompt refusal: exit 2 within
/// 10 seconds, nothing on stdout, one line on stderr naming the file. Returns
/// that line.
fn refused(path: &Path) -> String {
    let started = Instant::now();
    let output = roles()
        .arg("--data")
        .arg(path)
        .arg("list")
        .timeout(Duration::from_secs(20))
        .output()
        .expect("roles runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(took < Duration::from_secs(10), "took {took:?}: {stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let prefix = format!("roles: error: {}", path.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    stderr
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
}

const NOT_A_FILE: &str =
    "is not a regular file (a FIFO, socket or device); a dataset must be a file";

#[test]
fn a_fifo_and_a_link_to_one_are_refused_without_waiting_for_a_writer() {
    let directory = scratch();
    let fifo = directory.path().join("fifo.yaml");
    mkfifo(&fifo);
    assert!(refused(&fifo).contains(NOT_A_FILE));
    let link = directory.path().join("link.yaml");
    symlink(&fifo, &link).expect("a symlink");
    let stderr = refused(&link);
    assert!(
        stderr.contains(&format!("link.yaml: {NOT_A_FILE}")),
        "{stderr}"
    );
}

/// The path is a symlink flipped, as fast as the machine allows, between a
/// dataset and a FIFO; whatever `roles` finds when it looks, what it opens may
/// be the other one. It must never wait for a FIFO's writer.
#[test]
fn a_fifo_swapped_in_after_the_check_does_not_hang() {
    let directory = scratch();
    let dataset = file(&directory, "real.yaml", b"themes: []\n");
    let fifo = directory.path().join("fifo.yaml");
    mkfifo(&fifo);
    let link = directory.path().join("data.yaml");
    symlink(&dataset, &link).expect("a symlink");
    let stop = Arc::new(AtomicBool::new(false));
    let flipper = {
        let (stop, link) = (Arc::clone(&stop), link.clone());
        let next = directory.path().join("next.yaml");
        std::thread::spawn(move || {
            for target in [&fifo, &dataset].into_iter().cycle() {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                // rename swaps the link in one step, so the path always exists.
                let _ = fs::remove_file(&next);
                if symlink(target, &next).is_ok() {
                    let _ = fs::rename(&next, &link);
                }
            }
        })
    };
    let mut outcomes = Vec::new();
    for _ in 0..30 {
        let output = roles()
            .arg("--data")
            .arg(&link)
            .arg("list")
            .timeout(Duration::from_secs(5))
            .output()
            .expect("roles runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        outcomes.push((output.status.code(), stderr));
    }
    stop.store(true, Ordering::Relaxed);
    flipper.join().expect("the flipper ends");
    for (code, stderr) in &outcomes {
        match code {
            Some(0) => assert!(stderr.is_empty(), "{stderr}"),
            Some(2) => assert!(
                stderr.ends_with(&format!("data.yaml: {NOT_A_FILE}\n")),
                "{stderr}"
            ),
            // None: killed at the timeout, waiting for a writer.
            _ => panic!("{code:?}: {stderr}"),
        }
    }
}

#[test]
fn a_huge_sparse_file_under_a_raised_limit_is_refused_at_its_first_nul() {
    let directory = scratch();
    let path = directory.path().join("sparse.yaml");
    // 100 GB on paper, nothing on disk: each read gives zeros.
    File::create(&path)
        .and_then(|file| file.set_len(100_000_000_000))
        .expect("creatable");
    // Under the limit (200,000 MiB), so its length alone does not refuse it.
    // Run with 1 GiB of address space: allocating its claimed length, or
    // holding what was read of it, ends the process with an abort, not exit 2.
    let started = Instant::now();
    let output = Command::new("bash")
        .args([
            "-c",
            "ulimit -v 1048576; exec \"$0\" --color=never --max-data-size 200000 --data \"$1\" list",
        ])
        .arg(env!("CARGO_BIN_EXE_roles"))
        .arg(&path)
        .output()
        .expect("bash runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "roles: error: {}:1:1: is not a text file: it holds a NUL byte\n",
            path.display()
        )
    );
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn a_small_file_of_zeros_is_refused_at_its_first_byte() {
    let directory = scratch();
    let path = file(&directory, "zeros.yaml", &[0; 1000]);
    let stderr = refused(&path);
    assert!(
        stderr.ends_with("zeros.yaml:1:1: is not a text file: it holds a NUL byte\n"),
        "{stderr}"
    );
    // Past the first chunk read, the position still counts from the start.
    let mut text = "# padding\n".repeat(20_000).into_bytes();
    text.extend_from_slice(b"roles:\0");
    let path = file(&directory, "late.yaml", &text);
    let stderr = refused(&path);
    assert!(
        stderr.ends_with("late.yaml:20001:7: is not a text file: it holds a NUL byte\n"),
        "{stderr}"
    );
}
