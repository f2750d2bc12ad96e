//! Shell completion, asked of `roles` itself at each TAB (clap_complete's
//! dynamic completion): so role ids come from the dataset the command being
//! typed would load, the built-in one and any `--data` or `ROLES_DATA` file,
//! and options complete with their values (`--lang` with en and hu).
//!
//! `roles completions SHELL` prints the few lines that register `roles` as
//! its own completer. No dataset text is in them: a hostile dataset's titles
//! only ever reach a shell as the descriptions it lists, never as code.

use std::ffi::OsString;
use std::io::Write;

use anyhow::Context;

use clap::{CommandFactory, Parser, ValueEnum};
use clap_complete::Shell;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::Shells;

use super::dataset::load;
use crate::cli::Cli;
use crate::exit_codes::Status;
use crate::labels::Labels;
use crate::model::Lang;
use crate::options::{Environment, Options, environment_language};
use crate::terminal::one_line;

/// The variable whose value (a shell's name) asks `roles` to complete rather
/// than run. Named for `roles`, so that no other tool's setting starts it.
pub const VAR: &str = "ROLES_COMPLETE";

/// Completes the command line in the arguments, or writes the registration
/// script, if the shell asked for it through [`VAR`], and gives how `roles`
/// then ends; `None` when it was not asked, and `roles` runs.
/// Its errors are worded in the language of `env`.
pub fn complete_if_asked(env: &Environment) -> Option<anyhow::Result<Status>> {
    let shell = std::env::var_os(VAR).filter(|value| !value.is_empty() && value != "0")?;
    let args: Vec<OsString> = std::env::args_os().collect();
    let labels = Labels::of(environment_language(env));
    Some(complete(&shell, args, labels))
}

fn complete(
    shell: &std::ffi::OsStr,
    args: Vec<OsString>,
    labels: &Labels,
) -> anyhow::Result<Status> {
    let name = shell.to_string_lossy();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(&name) else {
        let known: Vec<String> = Shell::value_variants()
            .iter()
            .map(Shell::to_string)
            .collect();
        anyhow::bail!(labels.unknown_shell(&one_line(&name), VAR, &known.join(", ")));
    };
    let stdout = std::io::stdout();
    if !args.iter().any(|arg| arg == "--") {
        // `source <(ROLES_COMPLETE=bash roles)`: registration, written as
        // `roles completions` writes it, with the program path quoted.
        let mut out = stdout.lock();
        write_registration(completer, &program(), &mut out)
            .and_then(|()| out.flush())
            .context(labels.cannot_write_script)?;
        return Ok(Status::Success);
    }
    let current_dir = std::env::current_dir().ok();
    match clap_complete::CompleteEnv::with_factory(command)
        .var(VAR)
        .try_complete(args, current_dir.as_deref())
    {
        Ok(_) => {
            // What clap_complete wrote may still be in stdout's buffer.
            stdout
                .lock()
                .flush()
                .context(labels.cannot_write_completions)?;
            Ok(Status::Success)
        }
        // clap words its errors as a whole message, `error: ` and all.
        Err(error) => {
            let message = error.to_string();
            let message = message.trim();
            anyhow::bail!(
                "{}: {}",
                labels.cannot_complete,
                message.strip_prefix("error: ").unwrap_or(message)
            )
        }
    }
}

/// Prints the lines that register `roles` as its own completer in `shell`.
pub(crate) fn run(
    terminal: bool,
    shell: Shell,
    labels: &Labels,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    // clap_complete has a completer for each of its shells; this is in case
    // a later version adds a shell before its completer.
    let Some(completer) = shells.completer(&name) else {
        let known: Vec<&str> = shells.names().collect();
        anyhow::bail!(labels.unknown_shell(&name, "completions", &known.join(", ")));
    };
    let mut script = Vec::new();
    write_registration(completer, &program(), &mut script)?;
    if terminal {
        out.write_all(crate::terminal::escape(&String::from_utf8_lossy(&script)).as_bytes())?;
    } else {
        out.write_all(&script)?;
    }
    Ok(Status::Success)
}

/// The program as it was started (`roles` from PATH, or a path made
/// absolute), for the shell to run at each TAB, as clap_complete does; `roles`
/// when the path is not UTF-8 and so cannot be written into a script.
fn program() -> String {
    std::env::args_os()
        .next()
        .map(std::path::PathBuf::from)
        .map(|path| match std::env::current_dir() {
            Ok(directory) if path.components().count() > 1 => directory.join(path),
            _ => path,
        })
        .and_then(|path| path.to_str().map(str::to_owned))
        .unwrap_or_else(|| "roles".to_owned())
}

/// A word clap_complete's quoting leaves as it is, put in place of the
/// program's path where a shell's script needs our own quoting.
const PLACEHOLDER: &str = "/ROLES-PROGRAM-PATH";

/// Writes the registration of `roles` for the shell of `completer`, which runs
/// `program` at each TAB. No path can run code there: clap_complete quotes
/// it right for zsh and fish; bash's script puts its quoted path inside
/// double quotes again, where `$(…)` still runs and a space breaks it, so
/// the path is quoted here instead; elvish's and PowerShell's are left to
/// find `roles` on PATH when the path holds more than plain characters.
fn write_registration(
    completer: &dyn clap_complete::env::EnvCompleter,
    program: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let plain = program
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '+'));
    let mut script = Vec::new();
    match completer.name() {
        name if plain || matches!(name, "zsh" | "fish") => {
            completer.write_registration(VAR, "roles", "roles", program, &mut script)?;
        }
        "bash" => {
            completer.write_registration(VAR, "roles", "roles", PLACEHOLDER, &mut script)?;
            let text = String::from_utf8_lossy(&script);
            let quoted = format!("\"{PLACEHOLDER}\"");
            if text.matches(&quoted).count() == 1 && text.matches(PLACEHOLDER).count() == 1 {
                script = text
                    .replace(&quoted, &shell_words::quote(program))
                    .into_bytes();
            } else {
                // A script of another shape than the one known here.
                script.clear();
                completer.write_registration(VAR, "roles", "roles", "roles", &mut script)?;
            }
        }
        _ => completer.write_registration(VAR, "roles", "roles", "roles", &mut script)?,
    }
    out.write_all(&script)
}

/// The command line as completion sees it: role arguments complete with the
/// ids of the dataset, `--lang` with the languages there are.
fn command() -> clap::Command {
    let roles = |arg: clap::Arg| arg.add(ArgValueCandidates::new(role_candidates));
    let codes: Vec<&'static str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    // `--lang` takes any text, so that a wrong code gets roles' own message;
    // for completion, it offers the languages there are, not file names.
    Cli::command()
        .mut_arg("lang", |arg| {
            arg.value_parser(clap::builder::PossibleValuesParser::new(codes))
        })
        .mut_subcommand("list", |command| command.mut_arg("role", roles))
        .mut_subcommand("show", |command| command.mut_arg("role", roles))
        .mut_subcommand("compare", |command| command.mut_arg("roles", roles))
        .mut_subcommand("export", |command| command.mut_arg("roles", roles))
        .mut_subcommand("matrix", |command| command.mut_arg("roles", roles))
}

/// The options of the command line being completed that choose the dataset
/// and the language: `--data`, `--no-builtin`, `--max-data-size`, `--lang`.
fn dataset_options(words: &[OsString]) -> Vec<OsString> {
    let mut chosen = Vec::new();
    let mut words = words.iter();
    while let Some(word) = words.next() {
        let text = word.to_string_lossy();
        match text.as_ref() {
            "--no-builtin" => chosen.push(word.clone()),
            "--data" | "--max-data-size" | "--lang" | "-l" => {
                // `--data -` is standard input, which at a TAB is the
                // terminal: reading it would hang the shell.
                if let Some(value) = words.next().filter(|value| *value != "-") {
                    chosen.extend([word.clone(), value.clone()]);
                }
            }
            "--data=-" => {}
            _ if ["--data=", "--max-data-size=", "--lang="]
                .iter()
                .any(|prefix| text.starts_with(prefix)) =>
            {
                chosen.push(word.clone());
            }
            _ => {}
        }
    }
    chosen
}

/// The role ids of the dataset the command line being completed would load,
/// each described by its title; none if it cannot be loaded.
fn role_candidates() -> Vec<CompletionCandidate> {
    // The shell passes the words typed after `--`.
    let words: Vec<OsString> = std::env::args_os()
        .skip_while(|word| word != "--")
        .skip(2)
        .collect();
    let mut args: Vec<OsString> = vec!["roles".into()];
    args.extend(dataset_options(&words));
    args.push("list".into());
    let Ok(mut cli) = Cli::try_parse_from(args) else {
        return Vec::new();
    };
    // Ids need no language: with one `roles` does not have, titles are
    // described in the locale's language or English rather than not at all.
    let mut env = Environment::detect();
    let options = Options::new(&cli, &env).or_else(|_| {
        cli.lang = None;
        env.roles_lang = None;
        Options::new(&cli, &env)
    });
    let Ok(mut options) = options else {
        return Vec::new();
    };
    options.data.retain(|path| path.as_os_str() != "-");
    let Ok(dataset) = load(&options) else {
        return Vec::new();
    };
    // A role already on the line is not offered again: naming it twice is an error.
    let typed = |id: &str| {
        words
            .split_last()
            .is_some_and(|(_, before)| before.iter().any(|word| word == id))
    };
    dataset
        .roles()
        .iter()
        .filter(|role| !typed(&role.id))
        .map(|role| {
            // One line, its control characters shown rather than obeyed: the
            // shell prints it as the value's description.
            let title = one_line(role.title.get(options.lang));
            CompletionCandidate::new(role.id.as_ref()).help(Some(title.into()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_options_are_picked_from_the_words() {
        let words: Vec<OsString> = [
            "compare",
            "--data",
            "a.yaml",
            "--data=b.yaml",
            "-l",
            "hu",
            "--no-builtin",
            "--data",
            "-",
            "--data=-",
            "c",
        ]
        .map(OsString::from)
        .to_vec();
        let picked: Vec<String> = dataset_options(&words)
            .iter()
            .map(|word| word.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            picked,
            [
                "--data",
                "a.yaml",
                "--data=b.yaml",
                "-l",
                "hu",
                "--no-builtin"
            ]
        );
    }
}
