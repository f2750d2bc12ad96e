//! `roles man`: the manual page, made from the command line's own help.

use std::io::Write;

use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::Cli;
use crate::exit_codes::Status;

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
    out.write_all(SECTIONS.as_bytes())?;
    man.render_version_section(out)?;
    Ok(Status::Success)
}

/// The sections a manual page has beside the commands and their options,
/// each of its own, as man-pages(7) orders them.
const SECTIONS: &str = r#".SH "EXAMPLES"
.TP
\fBroles compare cto cio\fR
The CTO and the CIO side by side, in the pager when taller than the terminal.
.TP
\fBroles \-\-lang hu compare cto cio ciso cdo\fR
The whole technology leadership team, in Hungarian.
.TP
\fBroles compare cto cio \-\-brief\fR
The same on one screen: each role's summary and orientation, then a table of themes, each cell a role's first item there and +N, how many more it has.
.TP
\fBroles compare cto cio \-\-brief \-\-format markdown\fR
The same as a slide.
.TP
\fBroles matrix\fR
Who owns what: every theme against every role, one mark a cell.
.TP
\fBroles export cto cio \-o cto\-vs\-cio.md\fR
The comparison as a Markdown document, replacing the file only once complete.
.TP
\fBroles \-\-delimiter ';' \-\-bom export cto cio \-\-wide \-o cto\-vs\-cio.csv\fR
Side by side for a spreadsheet that expects semicolons and a byte order mark.
.TP
\fBroles search vendor\fR
Every item with a word that starts with "vendor", a line each: role, theme, title, citations; \fB\-\-long\fR adds each item's detail under its line.
.TP
\fBroles \-\-data vpe.yaml compare cto vpe\fR
A role of your own beside a built-in one; \fBroles validate vpe.yaml\fR checks the file.
.SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
\fBsearch\fR found nothing.
.TP
\fB2\fR
An error: a usage mistake, an unknown role, an invalid dataset, a file that cannot be read or written.
.SH "ENVIRONMENT"
Each setting is taken from the first of these that sets it: the command line, then the environment or the terminal, then the default.
.TP
Language
\fB\-\-lang\fR, else \fBROLES_LANG\fR, else the locale (\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR), else English. Messages follow it too, errors among them (\fBroles: hiba:\fR under \fB\-\-lang hu\fR); a usage error takes \fB\-\-lang\fR from the command line even though it did not parse. \fB\-\-help\fR and this page are in English.
.TP
Width
\fB\-\-width\fR, else the terminal's width, else \fBCOLUMNS\fR, else 80 on a terminal and 100 in a pipe or file; never below 60, and 0 leaves lines unwrapped.
.TP
Colour
\fB\-\-color always\fR or \fBnever\fR; with \fBauto\fR, the default, colour is used only on a terminal when \fBNO_COLOR\fR is unset or empty and \fBTERM\fR is not \fBdumb\fR.
.TP
Table style
\fB\-\-style\fR, else \fBascii\fR when \fBTERM\fR is \fBdumb\fR, else \fBunicode\fR.
.TP
Pager
\fB\-\-paging\fR decides whether a pager is used; \fBROLES_PAGER\fR, else \fBPAGER\fR, else \fBless\fR, decides which.
.TP
Datasets
\fB\-\-data\fR (all of them, if repeated), else \fBROLES_DATA\fR; the built-in dataset is loaded first unless \fB\-\-no\-builtin\fR is given.
.PP
The variables:
.TP
\fBROLES_LANG\fR
The language when \fB\-\-lang\fR is not given: \fBen\fR or \fBhu\fR.
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
The language, in this order, when neither \fB\-\-lang\fR nor \fBROLES_LANG\fR says: \fBhu_HU.UTF\-8\fR gives Hungarian; a locale roles has no texts for gives English.
.TP
\fBROLES_DATA\fR
Dataset files to load when no \fB\-\-data\fR is given, separated as in \fBPATH\fR.
.TP
\fBROLES_PAGER\fR, \fBPAGER\fR
The pager, in this order; else \fBless\fR. The command is split into words as a shell would (quotes and backslashes), but no shell runs it.
.TP
\fBLESS\fR
Options for less; when unset, roles runs less with \fBFRX\fR. less is always given \fB\-R\fR, so that colours show.
.TP
\fBCOLUMNS\fR
The width to wrap tables to when standard output is not a terminal (else 100), or is one that does not say its width.
.TP
\fBNO_COLOR\fR
When set and not empty, no colour unless \fB\-\-color always\fR.
.TP
\fBTERM\fR
\fBdumb\fR means no colour and ASCII tables.
.TP
\fBROLES_COMPLETE\fR
Set by the completion scripts to a shell's name: roles then completes the command line instead of running it.
.SH "FILES"
The dataset of the CTO, the CIO, the CISO and the CDO is built into the binary: roles reads no file unless told to with \fB\-\-data\fR or \fBROLES_DATA\fR.
Dataset files are YAML; \fBroles themes\fR and \fBroles sources\fR list the ids they refer to, and \fBroles validate\fR checks them.
"#;

/// `text` as a roff paragraph: a leading `.` or `'` would be read as a request.
fn roff_text(text: &str) -> String {
    let text = text.replace('\\', "\\\\");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
