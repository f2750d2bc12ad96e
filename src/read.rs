//! Reading a user's dataset file from disk. Everything here is untrusted, so
//! what cannot be a dataset is refused before it is read: directories, FIFOs
//! and devices (which could block or never end), and files over the size limit.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use crate::dataset::{Problem, Severity};

/// The default size limit for one dataset file, in MiB.
pub const DEFAULT_MAX_MIB: u64 = 64;

const MIB: u64 = 1024 * 1024;

fn problem(path: &Path, position: Option<(usize, usize)>, message: String) -> Problem {
    Problem {
        file: path.display().to_string(),
        position,
        message,
        severity: Severity::Error,
    }
}

/// The text of the dataset file at `path`, if it is a readable UTF-8 text file of at most `max_mib` MiB.
pub fn read_dataset(path: &Path, max_mib: u64) -> Result<String, Problem> {
    let limit = max_mib.saturating_mul(MIB);
    let fail = |message: String| problem(path, None, message);
    let metadata = fs::metadata(path).map_err(|error| fail(format!("cannot read: {error}")))?;
    let kind = metadata.file_type();
    if kind.is_dir() {
        return Err(fail("is a directory, not a dataset file".to_owned()));
    }
    if !kind.is_file() {
        return Err(fail(
            "is not a regular file (a FIFO, socket or device); a dataset must be a file".to_owned(),
        ));
    }
    if metadata.len() > limit {
        return Err(fail(format!(
            "is {}, over the {max_mib} MiB limit for a dataset file (raise it with --max-data-size MIB)",
            size(metadata.len())
        )));
    }
    let file = File::open(path).map_err(|error| fail(format!("cannot read: {error}")))?;
    // The file may have grown since it was measured; never read past the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| fail(format!("cannot read: {error}")))?;
    if bytes.len() as u64 > limit {
        return Err(fail(format!(
            "is over the {max_mib} MiB limit for a dataset file (raise it with --max-data-size MIB)"
        )));
    }
    text(path, bytes)
}

/// The bytes as text, or where they stop being text.
fn text(path: &Path, bytes: Vec<u8>) -> Result<String, Problem> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let position = position_of(&bytes[..valid], valid);
            return Err(problem(
                path,
                Some(position),
                "is not UTF-8 text: a byte here is not valid UTF-8".to_owned(),
            ));
        }
    };
    if let Some(at) = text.find('\0') {
        return Err(problem(
            path,
            Some(position_of(text.as_bytes(), at)),
            "is not a text file: it holds a NUL byte".to_owned(),
        ));
    }
    Ok(text)
}

/// Line and column (from 1, counting characters) of byte `at`, whose prefix is valid UTF-8.
fn position_of(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = String::from_utf8_lossy(&bytes[..at.min(bytes.len())]);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

/// A byte count as people read it.
fn size(bytes: u64) -> String {
    if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(position_of(b"ab\ncd", 4), (2, 2));
        assert_eq!(position_of("ő\nűx".as_bytes(), 5), (2, 2));
        assert_eq!(position_of(b"", 0), (1, 1));
    }

    #[test]
    fn invalid_utf8_is_placed() {
        let error = text(Path::new("f.yaml"), b"roles:\n  - id: \xff".to_vec()).err();
        assert_eq!(
            error.map(|problem| problem.to_string()).as_deref(),
            Some("f.yaml:2:9: is not UTF-8 text: a byte here is not valid UTF-8")
        );
    }
}
