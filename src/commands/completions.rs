//! `roles completions SHELL`: a completion script; for bash, zsh and fish it
//! also completes role ids.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

use super::{for_programs, load};
use crate::Status;
use crate::cli::Cli;
use crate::dataset::Dataset;
use crate::model::Lang;
use crate::options::Options;

/// Prints the completion script for `shell`.
pub(crate) fn run(options: &Options, shell: Shell, out: &mut dyn Write) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let mut command = completion_command(&dataset);
    // Byte for byte to a file or a pipe, but escaped on a terminal, because
    // role titles come from the dataset.
    for_programs(options, out, |out| {
        clap_complete::generate(shell, &mut command, "roles", out);
        if shell == Shell::Fish {
            fish_role_completions(&dataset, out)?;
        }
        Ok(())
    })?;
    Ok(Status::Success)
}

/// The command line with the dataset's role ids as the values of role
/// arguments, so that shells complete them.
fn completion_command(dataset: &Dataset) -> clap::Command {
    let ids: Vec<String> = dataset
        .roles()
        .iter()
        .map(|role| role.id.to_string())
        .collect();
    let with_roles =
        |arg: clap::Arg| arg.value_parser(clap::builder::PossibleValuesParser::new(ids.clone()));
    let codes: Vec<&'static str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    // `--lang` takes any text so that a wrong code gets roles' own message;
    // for completion, it offers the languages there are, not file names.
    Cli::command()
        .mut_arg("lang", |arg| {
            arg.value_parser(clap::builder::PossibleValuesParser::new(codes))
        })
        .mut_subcommand("list", |command| command.mut_arg("role", with_roles))
        .mut_subcommand("show", |command| command.mut_arg("role", with_roles))
        .mut_subcommand("compare", |command| command.mut_arg("roles", with_roles))
        .mut_subcommand("export", |command| command.mut_arg("roles", with_roles))
}

/// clap's fish script completes options only; fish can complete positional
/// values too, so role ids are added for the commands that take roles.
fn fish_role_completions(dataset: &Dataset, out: &mut dyn Write) -> io::Result<()> {
    for role in dataset.roles() {
        let title = fish_quoted(role.title.get(Lang::En));
        for command in ["list", "show", "compare", "export"] {
            writeln!(
                out,
                "complete -c roles -n \"__fish_roles_using_subcommand {command}\" -f -a \"{}\" -d {title}",
                role.id
            )?;
        }
    }
    Ok(())
}

/// `text` as one fish single-quoted word. Inside single quotes fish reads
/// only `\\` and `\'` as escapes, so escaping those two leaves nothing that
/// can end the word; control characters, line separators and bidi controls,
/// which would break the line or reach the terminal when fish lists the
/// description, become spaces.
fn fish_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    for c in text.chars() {
        match c {
            '\\' | '\'' => {
                quoted.push('\\');
                quoted.push(c);
            }
            c if c.is_control()
                || matches!(c, '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                quoted.push(' ');
            }
            c => quoted.push(c),
        }
    }
    quoted.push('\'');
    quoted
}

#[cfg(test)]
mod tests {
    use super::fish_quoted;

    #[test]
    fn fish_words_keep_quotes_and_backslashes_as_text() {
        assert_eq!(fish_quoted("Chief"), "'Chief'");
        assert_eq!(fish_quoted(r"a\'b"), r"'a\\\'b'");
        assert_eq!(fish_quoted("a\nb\u{1b}c\u{202e}"), "'a b c '");
    }
}
