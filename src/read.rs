//! Reading a user's dataset file from disk. Everything here is untrusted: the
//! path may name, or be swapped for, a directory, FIFO, device or a file that
//! never ends. So what was actually opened is checked before it is read, and
//! reading stops at the size limit or the first NUL byte, whatever the file
//! says its length is.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use crate::dataset::message::FileError;
use crate::dataset::{Message, Problem};

/// The default size limit for one dataset file, in MiB.
pub const DEFAULT_MAX_MIB: u64 = 64;

const MIB: u64 = 1024 * 1024;

/// How much is read at a time. Memory grows with what was read, never with
/// what a file claims, and a file of zeros is refused after one chunk.
const CHUNK: usize = 64 * 1024;

fn problem(path: &Path, position: Option<(usize, usize)>, error: FileError) -> Problem {
    Problem::error(&path.display().to_string(), position, Message::File(error))
}

/// Which file a path names, whatever the path: the same for `f`, `./f`, a
/// link to it and a hard link. `None` where the system gives no such identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId {
    device: u64,
    inode: u64,
}

impl FileId {
    /// The identity of the file `metadata` describes.
    #[cfg(unix)]
    pub fn of(metadata: &Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId {
            device: metadata.dev(),
            inode: metadata.ino(),
        })
    }

    /// The identity of the file `metadata` describes.
    #[cfg(not(unix))]
    pub fn of(_: &Metadata) -> Option<FileId> {
        None
    }
}

/// The text of the dataset file at `path`, if it is a readable UTF-8 text
/// file of at most `max_mib` MiB, and which file it was.
pub fn read_dataset(path: &Path, max_mib: u64) -> Result<(String, Option<FileId>), Problem> {
    let limit = max_mib.saturating_mul(MIB);
    let fail = |error: FileError| problem(path, None, error);
    // Opening some devices acts on them (a watchdog starts counting, a tape
    // rewinds), so a path that already names something other than a file is
    // refused unopened. The path can change between here and the open, so this
    // is only a courtesy: the check that counts is of what was opened.
    let named = fs::metadata(path).map_err(|error| fail(cannot_read(&error)))?;
    refuse_non_file(&named).map_err(fail)?;
    let file = open(path).map_err(|error| fail(cannot_read(&error)))?;
    let opened = file.metadata().map_err(|error| fail(cannot_read(&error)))?;
    refuse_non_file(&opened).map_err(fail)?;
    // A length over the limit is believed, to refuse without reading; a length
    // under it is not (files in /proc report 0, a file can grow).
    if opened.len() > limit {
        return Err(fail(over_limit(max_mib, Some(opened.len()))));
    }
    let bytes = read_bounded(file, limit).map_err(|error| fail(cannot_read(&error)))?;
    if bytes.len() as u64 > limit {
        return Err(fail(over_limit(max_mib, None)));
    }
    Ok((text(path, bytes)?, FileId::of(&opened)))
}

/// What standard input is called in messages, where `-` names it.
pub const STDIN_NAME: &str = "<stdin>";

/// The dataset on standard input (`--data -`), read with the same bound and
/// checks as a file: `roles --data - compare …` after a pipe. Also which
/// file it is, when it is one (`< team.yaml`).
pub fn read_stdin(max_mib: u64) -> Result<(String, Option<FileId>), Problem> {
    let limit = max_mib.saturating_mul(MIB);
    let path = Path::new(STDIN_NAME);
    let id = stdin_file();
    let bytes = read_bounded(io::stdin().lock(), limit)
        .map_err(|error| problem(path, None, cannot_read(&error)))?;
    if bytes.len() as u64 > limit {
        return Err(problem(path, None, over_limit(max_mib, None)));
    }
    Ok((text(path, bytes)?, id))
}

/// Which file standard input is, if it is a regular file.
#[cfg(unix)]
fn stdin_file() -> Option<FileId> {
    use std::os::fd::AsFd;
    let file = File::from(io::stdin().as_fd().try_clone_to_owned().ok()?);
    let metadata = file.metadata().ok()?;
    metadata.is_file().then(|| FileId::of(&metadata)).flatten()
}

#[cfg(not(unix))]
fn stdin_file() -> Option<FileId> {
    None
}

/// Opens `path` for reading without waiting: a FIFO with no writer would
/// otherwise block the open forever, before anything could be checked.
#[cfg(unix)]
fn open(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK stays on the descriptor, so a read that would wait for data
    // (as /proc/kmsg's does) fails with EAGAIN instead of hanging. O_NOCTTY:
    // a terminal swapped in must not become the process's controlling one.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Why something that is not a regular file cannot be a dataset.
fn refuse_non_file(metadata: &Metadata) -> Result<(), FileError> {
    let kind = metadata.file_type();
    if kind.is_dir() {
        Err(FileError::Directory)
    } else if !kind.is_file() {
        Err(FileError::NotAFile)
    } else {
        Ok(())
    }
}

/// The refusal of a file over the limit, with its size when it is known.
fn over_limit(max_mib: u64, size: Option<u64>) -> FileError {
    FileError::OverLimit { max_mib, size }
}

/// A read error as the user should read it.
fn cannot_read(error: &io::Error) -> FileError {
    if error.kind() == io::ErrorKind::WouldBlock {
        FileError::WouldBlock
    } else {
        FileError::Io {
            kind: error.kind(),
            text: error.to_string(),
        }
    }
}

/// The bytes of `reader` up to its end, or to its first NUL byte (included),
/// or to one byte past `limit`, whichever comes first; so a caller sees that a
/// limit was passed without anything more than the limit being held.
fn read_bounded(mut reader: impl Read, limit: u64) -> io::Result<Vec<u8>> {
    let wanted = limit.saturating_add(1);
    let mut bytes = Vec::new();
    let mut chunk = vec![0; CHUNK];
    while (bytes.len() as u64) < wanted {
        let room =
            usize::try_from(wanted - bytes.len() as u64).map_or(CHUNK, |room| room.min(CHUNK));
        let read = match reader.read(&mut chunk[..room]) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        let chunk = &chunk[..read];
        // `contains` on bytes is memchr; the byte-by-byte search runs only on a hit.
        let nul = if chunk.contains(&0) {
            chunk.iter().position(|&byte| byte == 0)
        } else {
            None
        };
        if let Some(nul) = nul {
            bytes.extend_from_slice(&chunk[..=nul]);
            break;
        }
        bytes.extend_from_slice(chunk);
    }
    Ok(bytes)
}

/// The bytes as text, or where they stop being text.
fn text(path: &Path, bytes: Vec<u8>) -> Result<String, Problem> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let position = position_of(&bytes[..valid], valid);
            return Err(problem(path, Some(position), FileError::NotUtf8));
        }
    };
    if let Some(at) = text.find('\0') {
        return Err(problem(
            path,
            Some(position_of(text.as_bytes(), at)),
            FileError::Nul,
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

    #[test]
    fn a_stream_without_end_is_read_only_to_just_past_the_limit() {
        let bytes = read_bounded(io::repeat(b'a'), 100_000);
        assert_eq!(bytes.map(|bytes| bytes.len()).ok(), Some(100_001));
        let bytes = read_bounded(io::repeat(b'a'), 0);
        assert_eq!(bytes.map(|bytes| bytes.len()).ok(), Some(1));
    }

    #[test]
    fn reading_stops_at_the_first_nul_even_without_a_limit() -> Result<(), String> {
        let bytes = read_bounded(io::repeat(0), u64::MAX).map_err(|error| error.to_string())?;
        assert_eq!(bytes, [0]);

        // A NUL in a later chunk is placed by what came before it.
        let mut file = vec![b'a'; CHUNK + 10];
        file.extend_from_slice(b"\nbc\0de\0");
        let bytes = read_bounded(&file[..], u64::MAX).map_err(|error| error.to_string())?;
        assert_eq!(bytes.len(), CHUNK + 14);
        let problem = text(Path::new("f.yaml"), bytes)
            .err()
            .map(|problem| problem.to_string());
        assert_eq!(
            problem.as_deref(),
            Some("f.yaml:2:3: is not a text file: it holds a NUL byte")
        );
        Ok(())
    }

    #[test]
    fn invalid_utf8_before_a_nul_is_what_is_reported() {
        let bytes = b"ok\n\xff\0".to_vec();
        let problem = text(Path::new("f.yaml"), bytes)
            .err()
            .map(|problem| problem.to_string());
        assert_eq!(
            problem.as_deref(),
            Some("f.yaml:2:1: is not UTF-8 text: a byte here is not valid UTF-8")
        );
    }

    #[test]
    fn a_read_that_would_block_says_so() {
        let error = io::Error::from(io::ErrorKind::WouldBlock);
        assert_eq!(
            cannot_read(&error).to_string(),
            "cannot read: it would wait for data that may never come; a dataset must be a file"
        );
    }

    /// The race the path check cannot close: a FIFO swapped in after it. Opening
    /// must not wait for a writer, and what was opened must still be refused.
    #[cfg(unix)]
    #[test]
    fn a_fifo_that_is_opened_is_refused_without_blocking() -> Result<(), String> {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        use std::sync::mpsc;
        use std::time::Duration;

        let directory = tempfile::tempdir().map_err(|error| error.to_string())?;
        let fifo = directory.path().join("fifo.yaml");
        let name = CString::new(fifo.as_os_str().as_bytes()).map_err(|error| error.to_string())?;
        // SAFETY: `name` is a NUL-terminated path that outlives the call.
        if unsafe { libc::mkfifo(name.as_ptr(), 0o600) } != 0 {
            return Err(io::Error::last_os_error().to_string());
        }
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let refusal = open(&fifo)
                .and_then(|file| file.metadata())
                .map(|metadata| refuse_non_file(&metadata).map_err(|error| error.to_string()));
            let _ = sender.send(refusal.map_err(|error| error.to_string()));
        });
        let refusal = receiver
            .recv_timeout(Duration::from_secs(10))
            .map_err(|_| "opening a FIFO blocked".to_owned())??;
        assert_eq!(
            refusal,
            Err(
                "is not a regular file (a FIFO, socket or device); a dataset must be a file"
                    .to_owned()
            )
        );
        Ok(())
    }
}
