//! The exit codes `roles` ends with, in one place.

/// Everything asked for was done.
pub const SUCCESS: u8 = 0;
/// A search found nothing, as `grep` does.
pub const NO_MATCH: u8 = 1;
/// Anything went wrong: usage, an unknown role, an invalid dataset, I/O.
pub const ERROR: u8 = 2;

/// How a run ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything asked for was shown.
    Success,
    /// A search found nothing.
    NoMatch,
}
