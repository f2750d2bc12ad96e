//! Showing long output through a pager, as git and bat do: only on a
//! terminal, only when it is taller than the terminal (or asked for), never
//! for output meant for programs.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use crate::cli::{Cli, Paging};
use crate::options::Environment;

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
/// A pager that cannot be started is no error: the output is written directly.
pub fn show(cli: &Cli, env: &Environment, output: &[u8], out: &mut dyn Write) -> io::Result<()> {
    let tall = match env.terminal_height {
        Some(height) => output.iter().filter(|&&byte| byte == b'\n').count() >= usize::from(height),
        None => true,
    };
    let pager = (cli.paging == Paging::Always || tall)
        .then(|| spawn(env))
        .flatten();
    let Some(mut pager) = pager else {
        return out.write_all(output);
    };
    if let Some(mut stdin) = pager.stdin.take() {
        // A reader who quits the pager early closes the pipe: not an error.
        match stdin.write_all(output) {
            Err(error) if error.kind() != io::ErrorKind::BrokenPipe => return Err(error),
            _ => {}
        }
    }
    pager.wait()?;
    Ok(())
}

/// The pager, started: `ROLES_PAGER`, else `PAGER`, else `less`, with `LESS`
/// set to `FRX` (quit if one screen, pass colours, keep the screen) unless
/// the user set it. `None` when it cannot be started.
fn spawn(env: &Environment) -> Option<std::process::Child> {
    let line = env.pager.as_deref().unwrap_or("less");
    let mut words = line.split_whitespace();
    let program = words.next()?;
    let mut command = Command::new(program);
    command.args(words).stdin(Stdio::piped());
    if !env.less_set {
        command.env("LESS", "FRX");
    }
    command.spawn().ok()
}
