//! Replacing a file so that a failure never leaves it half-written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `contents` to `path`: first to a temporary file beside it, which is
/// flushed to disk and only then renamed over `path`. If anything fails, the
/// old file is left byte for byte as it was and the temporary file is removed.
/// A symbolic link is followed, so the link stays and the file it names is replaced.
pub fn replace_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    let target = match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let existing = match fs::metadata(&target) {
        Ok(metadata) if metadata.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "it is a directory",
            ));
        }
        // Renaming over a device or FIFO would replace it with a plain file.
        Ok(metadata) if !metadata.is_file() => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "it is not a regular file, so it is not replaced",
            ));
        }
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    let (temporary, mut file) = create_temporary(&target)?;
    let written = file
        .write_all(contents)
        .and_then(|()| match &existing {
            // Whoever could not read the old file cannot read the new one either.
            Some(metadata) => file.set_permissions(metadata.permissions()),
            None => Ok(()),
        })
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&temporary, &target)
        });
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// A new file in the target's directory, so that the final rename stays on one file system.
fn create_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let pid = std::process::id();
    let mut attempt = 0u32;
    loop {
        let temporary = directory.join(format!(".{name}.{pid}.{attempt}.roles-tmp"));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((temporary, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(error) => return Err(error),
        }
    }
}
