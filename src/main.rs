//! The `roles` binary: parse arguments, run, and turn any failure into one line and an exit code.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use roles::cli::Cli;
use roles::options::Environment;
use roles::{Status, exit_codes};

fn main() -> ExitCode {
    ignore_file_size_signal();
    // clap's command tree is needed until the process ends; letting it live
    // rather than dropping it saves 3% of a whole `roles compare` (~70,000
    // instructions of freeing, measured with callgrind).
    let command: &'static mut clap::Command = Box::leak(Box::new(Cli::command()));
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => return roles::report_usage_error(&error),
    };
    let env = Environment::detect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = roles::run(&cli, &env, &mut out).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(Status::Success) => ExitCode::from(exit_codes::SUCCESS),
        Ok(Status::NoMatch) => ExitCode::from(exit_codes::NO_MATCH),
        Err(error) if roles::is_broken_pipe(&error) => ExitCode::from(exit_codes::SUCCESS),
        Err(error) => {
            let stderr = io::stderr();
            let prefix = if stderr.is_terminal() {
                "\x1b[1;31merror:\x1b[0m"
            } else {
                "error:"
            };
            let _ = writeln!(stderr.lock(), "roles: {prefix} {}", roles::one_line(&error));
            ExitCode::from(exit_codes::ERROR)
        }
    }
}

/// Under a file-size limit (`ulimit -f`), writing past it sends SIGXFSZ, which
/// kills the process outright and would leave an export's temporary file
/// behind. Ignored, the write fails with EFBIG instead and is cleaned up.
#[cfg(unix)]
fn ignore_file_size_signal() {
    // SAFETY: called once at start-up, before any other thread exists; setting
    // a signal to SIG_IGN installs no handler code.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn ignore_file_size_signal() {}
