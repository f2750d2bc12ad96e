//! Replacing a file so that a failure or an interruption never leaves it
//! half-written, never shows its new content to anyone the old file's
//! permissions kept out, and (on Unix, unless the process is killed outright)
//! never leaves a temporary file behind.

use std::fmt;
use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use crate::read::FileId;

/// Writes `contents` to `path`: first to a new file beside it, which is
/// flushed to disk and only then renamed over `path`. If anything fails, the
/// old file is left byte for byte as it was and the new file is removed; if
/// the process is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT), `path` is
/// either the old file or the complete new one, and nothing else is left.
/// The temporary file never has more permissions than the old file, and has
/// exactly its permissions before any content is written.
/// A symbolic link is followed, so the link stays and the file it names is
/// replaced; but not one the kernel's `fs.protected_symlinks` would refuse
/// to follow. `inputs` are the files the command read: none is replaced.
pub fn replace_file(path: &Path, contents: &[u8], inputs: &[FileId]) -> io::Result<()> {
    write_file(path, contents, inputs, Existing::Replace)
}

/// Writes `contents` to `path` as [`replace_file`] does, but only if no file
/// is there: for a file the user goes on to edit, which a second run must
/// not wipe out. The check and the naming are one step, so a file made
/// meanwhile is not replaced either.
pub fn create_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_file(path, contents, &[], Existing::Keep)
}

/// What to do with a file already at the target.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Existing {
    Replace,
    Keep,
}

fn write_file(
    path: &Path,
    contents: &[u8],
    inputs: &[FileId],
    existing: Existing,
) -> io::Result<()> {
    // `out/` names a directory, one not made yet too: never a file named `out`.
    if path.as_os_str().as_encoded_bytes().ends_with(b"/") && !path.is_dir() {
        return Err(io::ErrorKind::NotADirectory.into());
    }
    let target = resolve(path)?;
    let permissions = match fs::metadata(&target) {
        Ok(metadata) if FileId::of(&metadata).is_some_and(|id| inputs.contains(&id)) => {
            return Err(Refusal::ReadByThisCommand.into());
        }
        Ok(metadata) if metadata.is_dir() => {
            return Err(Refusal::Directory.into());
        }
        Ok(_) if existing == Existing::Keep => {
            return Err(Refusal::Exists.into());
        }
        // Renaming over a device or FIFO would replace it with a plain file.
        Ok(metadata) if !metadata.is_file() => {
            return Err(Refusal::NotAFile.into());
        }
        Ok(metadata) => Some(metadata.permissions()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    // Beside the target, so that the final rename stays on one file system.
    let directory = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    replace_through_named(directory, &target, contents, permissions.as_ref(), existing)
}

/// Why a target is not replaced, though the system would allow it: carried
/// inside an [`io::Error`] of the matching kind, and worded by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It is a dataset file the command reads.
    ReadByThisCommand,
    /// It is a directory.
    Directory,
    /// It is a device, FIFO or socket, which a rename would replace with a file.
    NotAFile,
    /// Its path goes through more links than the kernel would follow.
    TooManyLinks,
    /// A link another user planted in a shared directory (see [`refuse_protected`]).
    PlantedLink,
    /// Something is there already, and the command makes only new files.
    Exists,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::ReadByThisCommand => {
                "it is a dataset file this command reads, and is not replaced"
            }
            Refusal::Directory => "it is a directory",
            Refusal::NotAFile => "it is not a regular file, so it is not replaced",
            Refusal::TooManyLinks => "it goes through too many symbolic links",
            Refusal::PlantedLink => {
                "it is a symbolic link another user made in a shared directory, and is not followed"
            }
            Refusal::Exists => "it already exists (roles new never replaces a file)",
        })
    }
}

impl std::error::Error for Refusal {}

impl From<Refusal> for io::Error {
    fn from(refusal: Refusal) -> io::Error {
        let kind = match refusal {
            Refusal::ReadByThisCommand | Refusal::Exists => io::ErrorKind::AlreadyExists,
            Refusal::Directory => io::ErrorKind::IsADirectory,
            Refusal::NotAFile | Refusal::TooManyLinks => io::ErrorKind::InvalidInput,
            Refusal::PlantedLink => io::ErrorKind::PermissionDenied,
        };
        io::Error::new(kind, refusal)
    }
}

/// How many links a path may go through, as Linux's `MAXSYMLINKS`.
const MAX_LINKS: usize = 40;

/// The file `path` names, every symbolic link on the way followed here as
/// the kernel would follow it (`..` after a link goes up from where it led),
/// so that each can be checked as the kernel checks it when it follows one.
/// A path that does not exist yet resolves to where it would be made.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut resolved = if path.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir()?
    };
    let mut components: std::collections::VecDeque<_> = path
        .components()
        .map(|part| part.as_os_str().to_owned())
        .collect();
    let mut links = 0;
    while let Some(part) = components.pop_front() {
        let part = Path::new(&part);
        match part.components().next() {
            Some(Component::RootDir | Component::Prefix(_)) => resolved.push(part),
            Some(Component::CurDir) | None => {}
            Some(Component::ParentDir) => {
                resolved.pop();
            }
            Some(Component::Normal(name)) => {
                let next = resolved.join(name);
                match fs::symlink_metadata(&next) {
                    Ok(metadata) if metadata.file_type().is_symlink() => {
                        links += 1;
                        if links > MAX_LINKS {
                            return Err(Refusal::TooManyLinks.into());
                        }
                        refuse_protected(&resolved, &metadata)?;
                        let target = fs::read_link(&next)?;
                        for part in target.components().rev() {
                            components.push_front(part.as_os_str().to_owned());
                        }
                    }
                    _ => resolved = next,
                }
            }
        }
    }
    Ok(resolved)
}

/// Refuses a link the kernel would not follow under `fs.protected_symlinks`
/// (on by default in the common distributions): one in a sticky directory
/// anyone may write to (`/tmp`), owned neither by whoever follows it nor by
/// the directory's owner. Such a link is how another user would turn an
/// export into a write over a file of theirs choosing.
#[cfg(unix)]
fn refuse_protected(directory: &Path, link: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let directory = fs::metadata(directory)?;
    let shared = directory.mode() & 0o1002 == 0o1002;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let caller = unsafe { libc::geteuid() };
    if shared && link.uid() != caller && link.uid() != directory.uid() {
        return Err(Refusal::PlantedLink.into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_protected(_: &Path, _: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// The name of a new file while it is written: short, so that it fits wherever
/// the target's name does (a 255-byte name leaves no room to add to it), and
/// hidden, so it does not show in listings while it exists.
fn temporary_name() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".roles-").suffix(".tmp").rand_bytes(8);
    builder
}

/// Replaces `target` through a temporary file beside it.
fn replace_through_named(
    directory: &Path,
    target: &Path,
    contents: &[u8],
    permissions: Option<&Permissions>,
    existing: Existing,
) -> io::Result<()> {
    // The temporary file has a name from its creation, and a signal's default action
    // ends the process without running destructors, which would leave it
    // behind holding the whole document. So the signals a user or a system
    // sends to stop a program are held until it is renamed or removed. The
    // cost is that Ctrl-C waits for the write and the flush to finish.
    hold_signals(|| {
        // Opened here rather than by `Builder::tempfile_in`, whose errors name
        // the temporary file; the user asked about the target, which the caller names.
        let mut file = temporary_name().make_in(directory, |path| {
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, creation_mode(permissions));
            options.open(path)
        })?;
        fill(file.as_file_mut(), contents, permissions)?;
        // On failure, dropping what `persist` gives back removes the file.
        let persisted = match existing {
            Existing::Replace => file.persist(target),
            Existing::Keep => file.persist_noclobber(target),
        };
        persisted
            .map(drop)
            .map_err(|error| match error.error.kind() {
                io::ErrorKind::AlreadyExists => Refusal::Exists.into(),
                _ => error.error,
            })
    })
}

/// Gives `file` the old file's exact permissions, then `contents`, and flushes
/// it to disk so that the rename never publishes a file whose data is not there.
fn fill(file: &mut File, contents: &[u8], permissions: Option<&Permissions>) -> io::Result<()> {
    if let Some(permissions) = permissions {
        // It never has more than the old file's bits; this restores any the
        // umask removed at creation.
        file.set_permissions(permissions.clone())?;
    }
    file.write_all(contents)?;
    file.sync_all()
}

/// The mode to create the new file with, so that it is never readable by more
/// people than the old one: the old file's (the umask can only narrow it), or
/// for a new target what any new file gets.
#[cfg(unix)]
fn creation_mode(permissions: Option<&Permissions>) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    permissions.map_or(0o666, |permissions| permissions.mode() & 0o7777)
}

/// The signals that stop a program when a user or the system asks it to.
#[cfg(unix)]
const HELD: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

/// Runs `work` with the [`HELD`] signals blocked, then restores the previous signal mask, so that
/// one sent meanwhile takes effect only once `work` is over and has cleaned up.
///
/// Blocking holds a signal back from this thread only; one sent to the process
/// would go to any other thread that does not block it. `roles` starts none.
#[cfg(unix)]
fn hold_signals<T>(work: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    /// Restores the signal mask when dropped, also if `work` panics.
    struct Restore(libc::sigset_t);
    impl Drop for Restore {
        fn drop(&mut self) {
            // SAFETY: `self.0` is a mask pthread_sigmask filled in.
            unsafe {
                libc::pthread_sigmask(libc::SIG_SETMASK, &self.0, std::ptr::null_mut());
            }
        }
    }

    // SAFETY: sigset_t is plain data; sigemptyset initialises `held` before
    // use, and pthread_sigmask fills in `previous`.
    let restore = unsafe {
        let mut held: libc::sigset_t = std::mem::zeroed();
        let mut previous: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut held);
        for signal in HELD {
            libc::sigaddset(&mut held, signal);
        }
        let failed = libc::pthread_sigmask(libc::SIG_BLOCK, &held, &mut previous);
        if failed != 0 {
            return Err(io::Error::from_raw_os_error(failed));
        }
        Restore(previous)
    };
    let result = work();
    drop(restore);
    result
}

#[cfg(not(unix))]
fn hold_signals<T>(work: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    work()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `signal` is blocked in this thread.
    #[cfg(unix)]
    fn blocked(signal: libc::c_int) -> bool {
        // SAFETY: a null new mask only reads the current one into `mask`.
        unsafe {
            let mut mask: libc::sigset_t = std::mem::zeroed();
            libc::pthread_sigmask(libc::SIG_BLOCK, std::ptr::null(), &mut mask);
            libc::sigismember(&mask, signal) == 1
        }
    }

    #[cfg(unix)]
    #[test]
    fn signals_are_held_only_while_the_work_runs() {
        let before = HELD.map(blocked);
        let during = hold_signals(|| Ok(HELD.map(blocked)));
        assert_eq!(during.ok(), Some([true; 4]));
        assert_eq!(HELD.map(blocked), before);
        let failed: io::Result<()> = hold_signals(|| Err(io::Error::other("no")));
        assert!(failed.is_err());
        assert_eq!(HELD.map(blocked), before);
    }

    /// The temporary file has the old file's permissions from its creation
    /// and is gone afterwards.
    #[cfg(unix)]
    #[test]
    fn the_temporary_file_keeps_permissions_and_leaves_nothing() -> io::Result<()> {
        use std::os::unix::fs::PermissionsExt;

        let directory = tempfile::tempdir()?;
        let target = directory.path().join("out.md");
        fs::write(&target, "old")?;
        fs::set_permissions(&target, Permissions::from_mode(0o600))?;
        let permissions = fs::metadata(&target)?.permissions();
        assert_eq!(creation_mode(Some(&permissions)), 0o600);
        assert_eq!(creation_mode(None), 0o666);

        replace_through_named(
            directory.path(),
            &target,
            b"new",
            Some(&permissions),
            Existing::Replace,
        )?;
        assert_eq!(fs::read_to_string(&target)?, "new");
        assert_eq!(fs::metadata(&target)?.permissions().mode() & 0o7777, 0o600);
        assert_eq!(fs::read_dir(directory.path())?.count(), 1);

        let error = replace_through_named(
            &directory.path().join("gone"),
            &target,
            b"x",
            None,
            Existing::Replace,
        );
        assert_eq!(
            error.map_err(|error| error.kind()),
            Err(io::ErrorKind::NotFound)
        );
        assert_eq!(fs::read_to_string(&target)?, "new");
        Ok(())
    }
}
