//! A command-line mistake as clap reports it, read into data, so that a
//! language other than English can word it (English keeps clap's words).
//! Every text from the command line is escaped as it is read.

use std::fmt;
use std::num::{IntErrorKind, ParseIntError};

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::terminal::escape_value;

/// What clap refused, for the kinds people run into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Usage {
    /// An option clap does not know, or an argument more than a command takes.
    UnexpectedArgument {
        /// The argument as given.
        argument: String,
        /// Arguments near it that exist.
        similar: Vec<String>,
        /// What else clap suggests.
        tips: Vec<Tip>,
    },
    /// A subcommand that does not exist.
    UnknownSubcommand {
        /// The name as given.
        name: String,
        /// Subcommands near it.
        similar: Vec<String>,
        /// What else clap suggests.
        tips: Vec<Tip>,
    },
    /// Required arguments not given, as usage writes them (`<ROLE>`).
    MissingArguments(Vec<String>),
    /// An option given without its value.
    MissingValue {
        /// The option, as usage writes it (`--width <N>`).
        option: String,
        /// The values it takes, when they are few.
        possible: Vec<String>,
    },
    /// A value that is none of those an option takes.
    InvalidValue {
        /// The option, as usage writes it.
        option: String,
        /// The value as given.
        value: String,
        /// The values it takes.
        possible: Vec<String>,
        /// Those near the value given.
        similar: Vec<String>,
    },
    /// A value the option's parser refused, and why.
    Unparsable {
        /// The option, as usage writes it.
        option: String,
        /// The value as given.
        value: String,
        /// Why it was refused.
        reason: Reason,
    },
    /// Fewer values than an argument needs (`compare cto`).
    TooFewValues {
        /// The argument, as usage writes it.
        argument: String,
        /// How many it needs at least.
        wanted: usize,
        /// How many were given.
        given: usize,
    },
    /// A value given to an option that takes none (`--bom=x`).
    UnexpectedValue {
        /// The option.
        option: String,
        /// The value as given.
        value: String,
    },
    /// An option given twice.
    Repeated(String),
    /// An argument that is not UTF-8.
    NotUtf8,
}

/// A suggestion clap adds to an unexpected argument or subcommand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tip {
    /// Give it as a value this way (`-- -x`).
    AsValue(String),
    /// This exists (`list --format`): the option belongs to a subcommand.
    Exists(String),
    /// The subcommand exists, but `--` before it made it a value.
    RemoveDashes(String),
}

/// Why an option's parser refused a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Not a whole number.
    NotANumber,
    /// A number too large for the option.
    TooLarge,
    /// A number outside the range, from the first to the last.
    OutOfRange(String, String),
    /// Not a CSV delimiter.
    NotADelimiter,
}

/// The refusal of a CSV delimiter that is not one punctuation character or `tab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADelimiter;

impl fmt::Display for NotADelimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected one punctuation character, such as , or ;, or tab")
    }
}

impl std::error::Error for NotADelimiter {}

impl Usage {
    /// What `error` refused; `None` for a kind, or a detail, not read here,
    /// which is then shown in clap's own words.
    pub fn read(error: &clap::Error) -> Option<Usage> {
        let text = |kind| match error.get(kind) {
            Some(ContextValue::String(text)) => Some(escape_value(text)),
            _ => None,
        };
        let number = |kind| match error.get(kind) {
            Some(ContextValue::Number(number)) => usize::try_from(*number).ok(),
            _ => None,
        };
        Some(match error.kind() {
            ErrorKind::UnknownArgument => Usage::UnexpectedArgument {
                argument: text(ContextKind::InvalidArg)?,
                similar: texts(error.get(ContextKind::SuggestedArg)),
                tips: tips(error)?,
            },
            ErrorKind::InvalidSubcommand => Usage::UnknownSubcommand {
                name: text(ContextKind::InvalidSubcommand)?,
                similar: texts(error.get(ContextKind::SuggestedSubcommand)),
                tips: tips(error)?,
            },
            ErrorKind::MissingRequiredArgument => {
                Usage::MissingArguments(texts(error.get(ContextKind::InvalidArg)))
            }
            ErrorKind::InvalidValue => {
                let option = text(ContextKind::InvalidArg)?;
                let value = text(ContextKind::InvalidValue)?;
                let possible = texts(error.get(ContextKind::ValidValue));
                if value.is_empty() {
                    Usage::MissingValue { option, possible }
                } else {
                    let similar = texts(error.get(ContextKind::SuggestedValue));
                    Usage::InvalidValue {
                        option,
                        value,
                        possible,
                        similar,
                    }
                }
            }
            ErrorKind::ValueValidation => Usage::Unparsable {
                option: text(ContextKind::InvalidArg)?,
                value: text(ContextKind::InvalidValue)?,
                reason: reason(std::error::Error::source(error)?)?,
            },
            ErrorKind::TooFewValues => Usage::TooFewValues {
                argument: text(ContextKind::InvalidArg)?,
                wanted: number(ContextKind::MinValues)?,
                given: number(ContextKind::ActualNumValues)?,
            },
            ErrorKind::TooManyValues => Usage::UnexpectedValue {
                option: text(ContextKind::InvalidArg)?,
                value: text(ContextKind::InvalidValue)?,
            },
            ErrorKind::ArgumentConflict => {
                let argument = text(ContextKind::InvalidArg)?;
                // An option in conflict with itself is one given twice.
                (text(ContextKind::PriorArg).as_ref() == Some(&argument))
                    .then_some(Usage::Repeated(argument))?
            }
            ErrorKind::InvalidUtf8 => Usage::NotUtf8,
            _ => return None,
        })
    }
}

/// The texts of a context value that holds one or several, escaped.
fn texts(value: Option<&ContextValue>) -> Vec<String> {
    match value {
        Some(ContextValue::String(text)) => vec![escape_value(text)],
        Some(ContextValue::Strings(texts)) => texts.iter().map(|text| escape_value(text)).collect(),
        _ => Vec::new(),
    }
}

/// clap's free-worded suggestions, recognised by their words; `None` if one
/// is not recognised, so that the whole error keeps clap's words.
fn tips(error: &clap::Error) -> Option<Vec<Tip>> {
    let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) else {
        return Some(Vec::new());
    };
    suggestions
        .iter()
        .map(|suggestion| {
            let text = escape_value(&suggestion.to_string());
            if let Some((_, used)) = text
                .strip_prefix("to pass '")
                .and_then(|rest| rest.split_once("' as a value, use '"))
            {
                return Some(Tip::AsValue(used.strip_suffix('\'')?.to_owned()));
            }
            if let Some(name) = text.strip_prefix("subcommand '").and_then(|rest| {
                rest.strip_suffix("' exists; to use it, remove the '--' before it")
            }) {
                return Some(Tip::RemoveDashes(name.to_owned()));
            }
            let exists = text.strip_prefix('\'')?.strip_suffix("' exists")?;
            Some(Tip::Exists(exists.to_owned()))
        })
        .collect()
}

/// Why a parser refused a value, from the error it gave: a number's parser
/// (std's, or clap's range check), or the delimiter's.
fn reason(source: &(dyn std::error::Error + 'static)) -> Option<Reason> {
    if source.downcast_ref::<NotADelimiter>().is_some() {
        return Some(Reason::NotADelimiter);
    }
    if let Some(error) = source.downcast_ref::<ParseIntError>() {
        return Some(match error.kind() {
            IntErrorKind::PosOverflow => Reason::TooLarge,
            _ => Reason::NotANumber,
        });
    }
    // clap words its range check "70000 is not in 0..=65535".
    let text = source.to_string();
    let (_, range) = text.split_once(" is not in ")?;
    let (first, last) = range.split_once("..=")?;
    Some(Reason::OutOfRange(first.to_owned(), last.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn read(args: &[&str]) -> Option<Usage> {
        let error = Cli::try_parse_from(std::iter::once("roles").chain(args.iter().copied()));
        error.err().and_then(|error| Usage::read(&error))
    }

    #[test]
    fn the_common_mistakes_are_read_with_what_they_name() {
        assert_eq!(
            read(&["--lnag", "hu", "list"]),
            Some(Usage::UnexpectedArgument {
                argument: "--lnag".to_owned(),
                similar: vec!["--lang".to_owned()],
                tips: Vec::new(),
            })
        );
        assert_eq!(
            read(&["search", "-x"]),
            Some(Usage::UnexpectedArgument {
                argument: "-x".to_owned(),
                similar: Vec::new(),
                tips: vec![Tip::AsValue("-- -x".to_owned())],
            })
        );
        assert_eq!(
            read(&["--", "list"]),
            Some(Usage::UnexpectedArgument {
                argument: "list".to_owned(),
                similar: Vec::new(),
                tips: vec![Tip::RemoveDashes("list".to_owned())],
            })
        );
        assert_eq!(
            read(&["--format", "json", "list"]).map(|usage| match usage {
                Usage::UnexpectedArgument { tips, .. } => tips,
                _ => Vec::new(),
            }),
            Some(vec![Tip::Exists("list --format".to_owned())])
        );
        assert_eq!(
            read(&["--width", "70000", "list"]),
            Some(Usage::Unparsable {
                option: "--width <N>".to_owned(),
                value: "70000".to_owned(),
                reason: Reason::OutOfRange("0".to_owned(), "65535".to_owned()),
            })
        );
        assert_eq!(
            read(&["--delimiter", "ab", "list"]).map(|usage| match usage {
                Usage::Unparsable { reason, .. } => Some(reason),
                _ => None,
            }),
            Some(Some(Reason::NotADelimiter))
        );
        assert_eq!(
            read(&["--lang", "hu", "--lang", "en", "list"]),
            Some(Usage::Repeated("--lang <LANG>".to_owned()))
        );
        assert_eq!(
            read(&["compare", "cto"]),
            Some(Usage::TooFewValues {
                argument: "<ROLE> <ROLE>...".to_owned(),
                wanted: 2,
                given: 1,
            })
        );
    }
}
