//! The output formats, and what each is for.

use std::path::Path;

use clap::ValueEnum;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables for reading in a terminal
    Table,
    /// GitHub-flavoured Markdown tables
    Markdown,
    /// Comma-separated values, one row per item
    Csv,
    /// One JSON document
    Json,
}

impl Format {
    /// The file name extensions of documents in this format, the usual one
    /// first; none for tables, which are drawn for a terminal, not kept.
    pub(crate) fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Table => &[],
            Format::Markdown => &["md", "markdown"],
            Format::Csv => &["csv"],
            Format::Json => &["json"],
        }
    }

    /// Whether this format is for programs to read: its bytes are kept exact
    /// (escaped only on a terminal), and it has no room for prose, such as a
    /// note on untranslated texts, which goes to stderr instead.
    pub(crate) fn is_data(self) -> bool {
        match self {
            Format::Table | Format::Markdown => false,
            Format::Csv | Format::Json => true,
        }
    }

    /// The format a file's name asks for by its extension, in any case.
    pub(crate) fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::value_variants()
            .iter()
            .copied()
            .find(|format| format.extensions().contains(&extension.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_names_its_format() {
        let of = |name: &str| Format::of_path(Path::new(name));
        assert_eq!(of("out.md"), Some(Format::Markdown));
        assert_eq!(of("OUT.Markdown"), Some(Format::Markdown));
        assert_eq!(of("out.csv"), Some(Format::Csv));
        assert_eq!(of("dir.json/out.JSON"), Some(Format::Json));
        assert_eq!(of("out.txt"), None);
        assert_eq!(of("out"), None);
    }
}
