//! What `roles` says on standard error. Every message is escaped and on one
//! line, prefixed `roles:`: a file name or a key of a user's dataset cannot
//! drive the terminal, and a script reads one message a line.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};

use crate::exit_codes;
use crate::labels::Labels;
use crate::model::Lang;
use crate::terminal::{escape, escape_value, one_line};

/// Writes `message` as one line of its own; a reader that went away is no reason to fail.
fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "roles: {}", one_line(message));
}

/// Writes `message` as an error, after the word for one in `lang`: in bold
/// red on a terminal. The one way every error reaches standard error.
fn say_error(message: &str, lang: Lang) {
    let stderr = io::stderr();
    let style = if stderr.is_terminal() {
        Style::new().bold().fg_color(Some(AnsiColor::Red.into()))
    } else {
        Style::new()
    };
    let prefix = Labels::of(lang).error;
    let message = one_line(message);
    let _ = writeln!(stderr.lock(), "roles: {style}{prefix}:{style:#} {message}");
}

/// Reports the error a run ended with, and its causes, on one line, in `lang`.
pub fn error(error: &anyhow::Error, lang: Lang) {
    say_error(&Labels::of(lang).error_chain(error), lang);
}

/// Notes something worth knowing that is not an error.
pub(crate) fn note(message: &str) {
    say(message);
}

/// Reports a command-line error on one line, in `lang` where it has the
/// words (else as clap words it), and gives its exit code. Help and version
/// requests are printed in full and succeed.
pub fn usage_error(mut error: clap::Error, lang: Lang) -> ExitCode {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            ExitCode::from(exit_codes::SUCCESS)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            ExitCode::from(exit_codes::ERROR)
        }
        _ => {
            // clap quotes the arguments it refuses as they were given, and
            // drops escape sequences when it renders: each is shown escaped
            // instead, as unknown roles are, a line feed too.
            escape_values(&mut error);
            let labels = Labels::of(lang);
            let message = labels.usage(&error).unwrap_or_else(|| clap_words(&error));
            say_error(&labels.with_help(&message), lang);
            ExitCode::from(exit_codes::ERROR)
        }
    }
}

/// A usage error as clap words it, on one line, without its usage and hint lines.
fn clap_words(error: &clap::Error) -> String {
    let rendered = escape(&error.render().to_string()).into_owned();
    let message: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|line| {
            !line.is_empty()
                && !line.starts_with("Usage:")
                && !line.starts_with("For more information")
        })
        .map(|line| line.strip_prefix("error: ").unwrap_or(line))
        .collect();
    // Lines join with "; ", but a line that introduces the next
    // (ending in ':') runs on into it.
    let mut joined = String::new();
    for line in &message {
        if !joined.is_empty() {
            joined.push_str(if joined.ends_with(':') { " " } else { "; " });
        }
        joined.push_str(line);
    }
    joined
}

/// Escapes, in place, every text an error quotes: the command line's words
/// among them.
fn escape_values(error: &mut clap::Error) {
    use clap::error::ContextValue;
    let escaped: Vec<_> = error
        .context()
        .filter_map(|(kind, value)| match value {
            ContextValue::String(text) => Some((kind, ContextValue::String(escape_value(text)))),
            ContextValue::Strings(texts) => Some((
                kind,
                ContextValue::Strings(texts.iter().map(|text| escape_value(text)).collect()),
            )),
            _ => None,
        })
        .collect();
    for (kind, value) in escaped {
        error.insert(kind, value);
    }
}

/// Whether an error is the reader of our output going away (`roles ... | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
