//! The one way every command reaches standard output.

use std::io::Write;

use anyhow::bail;

use crate::diagnostic;
use crate::labels::Labels;
use crate::options::Options;
use crate::render::{self, Format, Output};
use crate::terminal::Escaping;

/// Writes `output` in `format` to standard output: tables and Markdown as
/// documents, JSON with its control characters as JSON escapes, CSV exact
/// for a pipe or a file but escaped on a terminal, where a person reads it
/// and a control character in the dataset would be obeyed. Then notes untranslated texts, where the format
/// has no room for the note.
pub(super) fn show(
    options: &Options,
    format: Format,
    output: &dyn Output,
    untranslated: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    wide_is_csv(options, format)?;
    let mut config = options.config();
    if format == Format::Csv && options.terminal {
        // The byte order mark asked for is ours, not the dataset's: it
        // goes out as it is, not shown as `\u{feff}`.
        if config.bom {
            out.write_all(render::BOM)?;
            config.bom = false;
        }
        let mut escaping = Escaping::new(out);
        render::write(format, &config, output, &mut escaping)?;
        escaping.flush()?;
    } else {
        render::write(format, &config, output, out)?;
    }
    note_untranslated(format, untranslated, options.lang);
    Ok(())
}

/// `--wide` shapes CSV only: with any other format it would do nothing,
/// which a user asking for it should hear.
pub(super) fn wide_is_csv(options: &Options, format: Format) -> anyhow::Result<()> {
    if options.wide && format != Format::Csv {
        bail!(Labels::of(options.lang).wide_needs_csv);
    }
    Ok(())
}

/// CSV and JSON have no room for prose, so the note on untranslated texts goes
/// to stderr (JSON also counts them in `untranslated`); tables and Markdown
/// carry it in the document.
pub(super) fn note_untranslated(format: Format, missing: usize, lang: crate::model::Lang) {
    if missing > 0 && format.is_data() {
        diagnostic::note(&Labels::of(lang).untranslated(missing));
    }
}
