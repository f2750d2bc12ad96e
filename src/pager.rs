//! Showing long output through a pager, as git and bat do: only on a
//! terminal, only when it is taller than the terminal (or asked for), never
//! for output meant for programs.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::Context;

use crate::cli::{Cli, Paging};
use crate::labels::Labels;
use crate::options::{Environment, message_language};
use crate::terminal::escape_value;

/// Whether `cli`'s output should be collected to be paged, rather than
/// written straight out.
pub fn wanted(cli: &Cli, env: &Environment) -> bool {
    match cli.paging {
        Paging::Never => false,
        Paging::Always => !cli.prints_for_programs(),
        Paging::Auto => env.is_tty && !cli.prints_for_programs(),
    }
}

/// Shows `output`: through the pager when it is wanted and the output is
/// taller than the terminal (or paging is `always`), else directly on `out`.
/// A pager that cannot be started is no error: `roles` says so and writes
/// the output directly.
pub fn show(cli: &Cli, env: &Environment, output: &[u8], out: &mut dyn Write) -> io::Result<()> {
    let tall = match env.terminal_height {
        Some(height) => output.iter().filter(|&&byte| byte == b'\n').count() >= usize::from(height),
        None => true,
    };
    if cli.paging != Paging::Always && !tall {
        return out.write_all(output);
    }
    let labels = Labels::of(message_language(cli, env));
    let (mut pager, _ignored) = match spawn(env, labels) {
        Ok(started) => started,
        Err(error) => {
            let why = labels.error_chain(&error);
            crate::diagnostic::note(&format!("{why}; {}", labels.without_pager));
            return out.write_all(output);
        }
    };
    if let Some(mut stdin) = pager.stdin.take() {
        // A reader who quits the pager early closes the pipe: not an error.
        match stdin.write_all(output) {
            Err(error) if error.kind() != io::ErrorKind::BrokenPipe => return Err(error),
            _ => {}
        }
    }
    // The pager has the terminal until it ends, Ctrl-C or not.
    pager.wait()?;
    Ok(())
}

/// The pager, started: `ROLES_PAGER`, else `PAGER`, else `less`, its words
/// split as a shell would (quotes, backslashes) without running a shell.
/// `less` always gets `-R`, so that colours are shown rather than spelt out
/// whatever the user's `LESS` holds, and `LESS` is set to `FRX` (quit if one
/// screen, pass colours, keep the screen) unless the user set it. Also
/// what keeps `roles` waiting for it when the terminal sends Ctrl-C or
/// Ctrl-\\ to both, as git does.
fn spawn(env: &Environment, labels: &Labels) -> anyhow::Result<(Child, TerminalSignals)> {
    let line = env.pager.as_deref().unwrap_or("less");
    // Its one failure is a quote left open, which the words say.
    let words = shell_words::split(line)
        .map_err(|_| anyhow::anyhow!(labels.unreadable_pager(&escape_value(line))))?;
    let Some((program, args)) = words.split_first() else {
        anyhow::bail!(labels.empty_pager);
    };
    let mut command = Command::new(program);
    if Path::new(program)
        .file_name()
        .is_some_and(|name| name == "less")
    {
        command.arg("-R");
    }
    command.args(args).stdin(Stdio::piped());
    if !env.less_set {
        command.env("LESS", "FRX");
    }
    // Held from before the pager starts until they are ignored, so that
    // none comes in between; the pager itself starts with none held.
    let held = TerminalSignals::hold();
    let child = command
        .spawn()
        .with_context(|| labels.cannot_start_pager(&escape_value(program)))?;
    Ok((child, held.ignore()))
}

/// SIGINT and SIGQUIT, which a terminal sends to every process in the
/// foreground: while the pager runs, `roles` ignores them and waits, so the
/// shell does not take the terminal back while the pager still draws on it.
#[cfg(unix)]
struct TerminalSignals {
    mask: libc::sigset_t,
    handlers: Option<[libc::sighandler_t; 2]>,
}

#[cfg(unix)]
const TERMINAL_SIGNALS: [libc::c_int; 2] = [libc::SIGINT, libc::SIGQUIT];

#[cfg(unix)]
impl TerminalSignals {
    /// Blocks both signals, remembering the mask before.
    fn hold() -> TerminalSignals {
        // SAFETY: the sets are plain data initialised by sigemptyset, and
        // pthread_sigmask fills in the previous mask.
        unsafe {
            let mut held: libc::sigset_t = std::mem::zeroed();
            let mut mask: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut held);
            for signal in TERMINAL_SIGNALS {
                libc::sigaddset(&mut held, signal);
            }
            libc::pthread_sigmask(libc::SIG_BLOCK, &held, &mut mask);
            TerminalSignals {
                mask,
                handlers: None,
            }
        }
    }

    /// Ignores both (which discards one sent meanwhile), then unblocks them.
    fn ignore(mut self) -> TerminalSignals {
        // SAFETY: SIG_IGN installs no handler code; the mask restored is
        // the one pthread_sigmask gave.
        unsafe {
            self.handlers =
                Some(TERMINAL_SIGNALS.map(|signal| libc::signal(signal, libc::SIG_IGN)));
            libc::pthread_sigmask(libc::SIG_SETMASK, &self.mask, std::ptr::null_mut());
        }
        self
    }
}

#[cfg(unix)]
impl Drop for TerminalSignals {
    fn drop(&mut self) {
        // SAFETY: the handlers put back are those `signal` gave, and the
        // mask the one pthread_sigmask gave.
        unsafe {
            if let Some(handlers) = self.handlers {
                for (signal, handler) in TERMINAL_SIGNALS.into_iter().zip(handlers) {
                    libc::signal(signal, handler);
                }
            }
            libc::pthread_sigmask(libc::SIG_SETMASK, &self.mask, std::ptr::null_mut());
        }
    }
}

#[cfg(not(unix))]
struct TerminalSignals;

#[cfg(not(unix))]
impl TerminalSignals {
    fn hold() -> TerminalSignals {
        TerminalSignals
    }
    fn ignore(self) -> TerminalSignals {
        self
    }
}
