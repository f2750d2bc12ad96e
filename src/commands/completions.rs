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

use clap::{CommandFactory, Parser};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::Shells;

use super::dataset::load;
use crate::cli::Cli;
use crate::exit_codes::Status;
use crate::model::Lang;
use crate::options::{Environment, Options};
use crate::terminal::one_line;

/// The variable whose value (a shell's name) asks `roles` to complete rather
/// than run. Named for `roles`, so that no other tool's setting starts it.
pub const VAR: &str = "ROLES_COMPLETE";

/// Completes the command line in the arguments, and exits, if the shell
/// asked for it through [`VAR`]; otherwise returns, and `roles` runs.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(command)
        .var(VAR)
        .complete();
}

/// Prints the lines that register `roles` as its own completer in `shell`.
pub(crate) fn run(
    options: &Options,
    shell: clap_complete::Shell,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(&name) else {
        anyhow::bail!("no completion for {name}");
    };
    // The program as it was started (`roles` from PATH, or a path), for the
    // shell to run at each TAB, as clap_complete does.
    let program = std::env::args_os()
        .next()
        .map(std::path::PathBuf::from)
        .map(|path| match std::env::current_dir() {
            Ok(directory) if path.components().count() > 1 => directory.join(path),
            _ => path,
        })
        .map(|path| path.to_string_lossy().into_owned())
        // clap_complete's bash script puts the path in double quotes, where
        // `$` and backquotes still act: a path with anything but the plainest
        // characters is left to PATH to find, as `roles`.
        .filter(|path| {
            path.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '+'))
        })
        .unwrap_or_else(|| "roles".to_owned());
    let mut script = Vec::new();
    completer.write_registration(VAR, "roles", "roles", &program, &mut script)?;
    if options.terminal {
        out.write_all(crate::terminal::escape(&String::from_utf8_lossy(&script)).as_bytes())?;
    } else {
        out.write_all(&script)?;
    }
    Ok(Status::Success)
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
    let Ok(cli) = Cli::try_parse_from(args) else {
        return Vec::new();
    };
    let Ok(mut options) = Options::new(&cli, &Environment::detect()) else {
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
