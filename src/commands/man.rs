//! `roles man`: the manual page, made from the command line's own help.

use std::io::Write;

use clap::CommandFactory;

use crate::Status;
use crate::cli::Cli;

/// Prints the manual page as roff.
pub(crate) fn run(out: &mut dyn Write) -> anyhow::Result<Status> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(Status::Success)
}
