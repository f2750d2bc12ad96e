//! What is wrong in a dataset file, and where.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The dataset cannot be used.
    Error,
    /// The dataset works, but something is missing (a translation).
    Warning,
}

/// Something wrong in a dataset file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// Line and column, from 1, where known.
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// Whether it refuses the dataset.
    pub severity: Severity,
}

impl Problem {
    /// An error in `file`.
    pub fn error(file: &str, position: Option<(usize, usize)>, message: String) -> Problem {
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if self.severity == Severity::Warning {
            f.write_str(": warning")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a set of dataset files, for a command that cannot go on.
#[derive(Debug, Clone)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    // One line: the first error, and how many more `validate` would show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut errors = self.0.iter().filter(|problem| problem.is_error());
        let Some(first) = errors.next() else {
            return f.write_str("the dataset has no errors");
        };
        write!(f, "{first}")?;
        let more = errors.count();
        if more > 0 {
            let mut files: Vec<&str> = Vec::new();
            for problem in &self.0 {
                if problem.file != crate::BUILTIN_NAME && !files.contains(&problem.file.as_str()) {
                    files.push(&problem.file);
                }
            }
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
