//! The `roles` binary: parse arguments, run, and turn any failure into one line and an exit code.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use roles::cli::Cli;
use roles::options::{self, Environment};
use roles::{Status, diagnostic, exit_codes, pager};

fn main() -> ExitCode {
    ignore_file_size_signal();
    let env = Environment::detect();
    // A shell asking, at a TAB, how to complete a command line.
    if let Some(result) = roles::complete_if_asked(&env) {
        return finish(result, options::environment_language(&env));
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let args: Vec<OsString> = std::env::args_os().collect();
            return diagnostic::usage_error(error, options::usage_language(&args, &env));
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = if pager::wanted(&cli, &env) {
        // Collected first, to know its height and to hand it to the pager whole.
        let mut collected = Vec::new();
        roles::run(&cli, &env, &mut collected).and_then(|status| {
            pager::show(&cli, &env, &collected, &mut out)?;
            out.flush()?;
            Ok(status)
        })
    } else {
        roles::run(&cli, &env, &mut out).and_then(|status| {
            out.flush()?;
            Ok(status)
        })
    };
    finish(result, options::message_language(&cli, &env))
}

/// The exit code of a run that ended with `result`, its error reported in `lang`.
fn finish(result: anyhow::Result<Status>, lang: roles::model::Lang) -> ExitCode {
    match result {
        Ok(Status::Success) => ExitCode::from(exit_codes::SUCCESS),
        Ok(Status::NoMatch) => ExitCode::from(exit_codes::NO_MATCH),
        Err(error) if diagnostic::is_broken_pipe(&error) => ExitCode::from(exit_codes::SUCCESS),
        Err(error) => {
            diagnostic::error(&error, lang);
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
