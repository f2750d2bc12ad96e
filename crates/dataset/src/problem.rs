//! What is wrong in a dataset file, and where.

use std::fmt;

use crate::input::{BUILTIN_NAME, MAX_PROBLEMS};
use crate::message::{Message, located};
use crate::path::Position;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The dataset cannot be used.
    Error,
    /// The dataset works, but something is missing (a translation).
    Warning,
    /// Neither: something worth knowing about the report itself, such as
    /// how many warnings were not listed.
    Note,
}

/// Something wrong in a dataset file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// Line and column, from 1, where known.
    pub position: Option<Position>,
    /// What is wrong.
    pub message: Message,
    /// Whether it refuses the dataset.
    pub severity: Severity,
}

impl Problem {
    /// An error in `file`.
    pub fn error(file: &str, position: Option<Position>, message: Message) -> Problem {
        Problem {
            file: file.to_owned(),
            position,
            message,
            severity: Severity::Error,
        }
    }

    /// Whether this problem refuses the dataset.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// How many errors and warnings this problem counts for: itself, or for
    /// the notice of problems not listed, those it stands for.
    pub fn tally(&self) -> (usize, usize) {
        match (&self.message, self.severity) {
            (Message::More { errors, warnings }, _) => (*errors, *warnings),
            (_, Severity::Error) => (1, 0),
            (_, Severity::Warning) => (0, 1),
            (_, Severity::Note) => (0, 0),
        }
    }

    /// Where the problem is: `file:line:column`, or the file alone.
    pub fn place(&self) -> String {
        located(&self.file, self.position)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.place())?;
        if self.severity == Severity::Warning {
            f.write_str(": warning")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a set of dataset files, for a command that cannot go on.
#[derive(Debug, Clone)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// The first error, how many more there are, and the files (other than
    /// the built-in one) to name in `roles validate FILE...`.
    pub fn summary(&self) -> Option<(&Problem, usize, Vec<&str>)> {
        let mut errors = self.0.iter().filter(|problem| problem.is_error());
        let first = errors.next()?;
        let more = errors.count();
        let mut files: Vec<&str> = Vec::new();
        for problem in &self.0 {
            // An id defined twice is a problem of both files: `validate`
            // finds it only when given both.
            let first = match &problem.message {
                Message::DuplicateId {
                    first: Some(first), ..
                } => Some(first.0.as_str()),
                _ => None,
            };
            for file in first.into_iter().chain([problem.file.as_str()]) {
                if file != BUILTIN_NAME && !files.contains(&file) {
                    files.push(file);
                }
            }
        }
        Some((first, more, files))
    }
}

impl fmt::Display for Problems {
    // One line: the first error, and how many more `validate` would show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some((first, more, files)) = self.summary() else {
            return f.write_str("the dataset has no errors");
        };
        write!(f, "{first}")?;
        if more > 0 {
            write!(
                f,
                " (and {more} more; `roles validate {}` lists them all)",
                files.join(" ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// How many problems of each severity.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Counts {
    /// Whether another problem of `severity` may be kept.
    pub(crate) fn room(&self, severity: Severity) -> bool {
        match severity {
            Severity::Error => self.errors < MAX_PROBLEMS,
            Severity::Warning | Severity::Note => self.warnings < MAX_PROBLEMS,
        }
    }

    pub(crate) fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning | Severity::Note => self.warnings += 1,
        }
    }

    /// How many in all.
    pub(crate) fn total(&self) -> usize {
        self.errors + self.warnings
    }
}

/// The problem that says how many more there were than were kept, if any
/// were not: an error when an error was among them, else only a note, so
/// that warnings alone never make a dataset invalid.
pub(crate) fn more_problems(name: &str, dropped: Counts) -> Option<Problem> {
    if dropped.total() == 0 {
        return None;
    }
    Some(Problem {
        file: name.to_owned(),
        position: None,
        message: Message::More {
            errors: dropped.errors,
            warnings: dropped.warnings,
        },
        severity: if dropped.errors > 0 {
            Severity::Error
        } else {
            Severity::Note
        },
    })
}
