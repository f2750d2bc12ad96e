//! `roles man`: the manual page, made from the command line's own help.

use std::io::Write;

use clap::CommandFactory;
use clap_mangen::Man;

use crate::Status;
use crate::cli::Cli;

/// Prints the manual page as roff: one page with every command's synopsis
/// and options, since `roles` installs no page per command.
pub(crate) fn run(out: &mut dyn Write) -> anyhow::Result<Status> {
    let command = Cli::command();
    let man = Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let name = format!("roles {}", sub.get_name());
        writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
        if let Some(about) = sub.get_about() {
            writeln!(out, "{}", roff_text(&about.to_string()))?;
        }
        let page = Man::new(sub.clone().bin_name(&name).name(&name));
        let mut part = Vec::new();
        page.render_synopsis_section(&mut part)?;
        page.render_options_section(&mut part)?;
        // The command's own sections become subsections of its section.
        let part = String::from_utf8_lossy(&part)
            .replace(".SH SYNOPSIS", ".SS Synopsis")
            .replace(".SH OPTIONS", ".SS Options");
        out.write_all(part.as_bytes())?;
    }
    man.render_extra_section(out)?;
    man.render_version_section(out)?;
    Ok(Status::Success)
}

/// `text` as a roff paragraph: a leading `.` or `'` would be read as a request.
fn roff_text(text: &str) -> String {
    let text = text.replace('\\', "\\\\");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
