//! Output formats. Each renders the same [`Comparison`]; none reads the dataset on its own.

mod csv;
mod json;
mod markdown;
mod table;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::format::Format;
use crate::compare::{Column, Comparison, Listed};
use crate::labels::Labels;
use crate::model::Role;
use crate::options::Options;

pub use self::csv::Csv;
pub use self::json::Json;
pub use self::markdown::Markdown;
pub use self::table::TableRenderer;

/// One output format.
pub trait Renderer {
    /// Roles side by side, section by section (`compare`, `show`, `export`).
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Every item of a comparison, one per row (`list ROLE`, `search`).
    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// The compared roles themselves: id, abbreviation, title, summary (`list`).
    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;
}

/// The renderer for a format.
pub fn renderer(format: Format, options: &Options) -> Box<dyn Renderer> {
    match format {
        Format::Table => Box::new(TableRenderer {
            color: options.color,
            width: options.width,
        }),
        Format::Markdown => Box::new(Markdown),
        Format::Csv => Box::new(Csv),
        Format::Json => Box::new(Json),
    }
}

/// What a comparison is headed with: `CTO vs CIO`, or one role's abbreviation and title.
fn heading(comparison: &Comparison<'_>) -> String {
    let labels = Labels::of(comparison.lang);
    match comparison.roles.as_slice() {
        [role] => format!(
            "{} — {}",
            role.abbreviation,
            role.title.get(comparison.lang)
        ),
        roles => roles
            .iter()
            .map(|role| role.abbreviation.as_ref())
            .collect::<Vec<_>>()
            .join(labels.versus),
    }
}

/// The label put before what is shared by only some of the compared roles: `[CTO + CIO] `.
fn between_label(between: &[&Role]) -> String {
    if between.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = between
        .iter()
        .map(|role| role.abbreviation.as_ref())
        .collect();
    format!("[{}] ", names.join(" + "))
}

/// The roles an item concerns, as people read them: `CTO`, or `CTO + CIO`.
fn role_names(listed: &Listed<'_, '_>) -> String {
    listed
        .roles
        .iter()
        .map(|role| role.abbreviation.as_ref())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// An item's section as people read it; shared items also say which side of the shared ground.
fn section_name(listed: &Listed<'_, '_>, labels: &Labels) -> String {
    let section = labels.section_name(listed.section);
    match listed.column {
        Column::Role(_) => section.to_owned(),
        column => format!("{section}: {}", labels.column(column)),
    }
}

/// One row of a list: its cells as plain text, and the citations of the last (the detail).
struct ListRow {
    cells: Vec<String>,
    citations: Vec<usize>,
}

/// A list (`list ROLE`, `search`) as plain text: its header, then a row per
/// item, for the table and Markdown formats to make safe in their own ways.
/// It has a role column when several roles are listed (search) and a section
/// column when several sections are: what was asked, not what was found, so
/// its shape is stable.
fn list_rows(comparison: &Comparison<'_>) -> (Vec<String>, Vec<ListRow>) {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let roles = comparison.roles.len() > 1;
    let sections = comparison.blocks.len() > 1;
    let mut header = Vec::new();
    if roles {
        header.push(labels.role.to_owned());
    }
    if sections {
        header.push(labels.section.to_owned());
    }
    header.extend([labels.theme, labels.item, labels.detail].map(str::to_owned));
    let rows = comparison
        .listed()
        .map(|entry| {
            let mut cells = Vec::with_capacity(header.len());
            if roles {
                cells.push(role_names(&entry));
            }
            if sections {
                cells.push(section_name(&entry, labels));
            }
            cells.push(entry.theme.label.get(lang).to_owned());
            cells.push(entry.item.title.get(lang).to_owned());
            cells.push(entry.item.detail.get(lang).to_owned());
            ListRow {
                cells,
                citations: comparison.citations(&entry.item.sources),
            }
        })
        .collect();
    (header, rows)
}

/// A note for the end of a document when some texts fell back to English.
fn untranslated_note(comparison: &Comparison<'_>) -> Option<String> {
    match comparison.untranslated() {
        0 => None,
        n => Some(Labels::of(comparison.lang).untranslated(n)),
    }
}

/// Citation marks, such as `[1]` or `[1, 2]`; empty when nothing is cited.
fn cite(numbers: &[usize]) -> String {
    let mut marks = String::new();
    push_marks(&mut marks, numbers);
    marks
}

/// `text` followed by its citation marks.
fn cited(text: &str, numbers: &[usize]) -> String {
    let mut cited = String::with_capacity(text.len() + 8);
    cited.push_str(text);
    if !numbers.is_empty() {
        cited.push(' ');
        push_marks(&mut cited, numbers);
    }
    cited
}

fn push_marks(out: &mut String, numbers: &[usize]) {
    for (index, number) in numbers.iter().enumerate() {
        out.push_str(if index == 0 { "[" } else { ", " });
        let _ = write!(out, "{number}");
    }
    if !numbers.is_empty() {
        out.push(']');
    }
}

/// `text` with control characters made visible, reusing `text` when it has none.
fn sanitized(text: String) -> String {
    match sanitize(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(clean) => clean,
    }
}

/// Text from a dataset with control characters (ESC and the like) made visible,
/// so that a dataset cannot drive the terminal. Line breaks are kept.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    // Control characters are C0 and DEL, or C1 (U+0080 to U+009F, which UTF-8
    // writes as 0xC2 0x80..0x9F); a byte scan rules them out quickly.
    let suspect = text
        .bytes()
        .any(|byte| (byte < 0x20 && byte != b'\n') || byte == 0x7f || byte == 0xc2);
    if !suspect || !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    let mut clean = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => clean.push('\n'),
            '\t' => clean.push(' '),
            c if c.is_control() => clean.extend(c.escape_unicode()),
            c => clean.push(c),
        }
    }
    Cow::Owned(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_makes_escape_sequences_visible() {
        assert_eq!(sanitize("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(sanitize("two\nlines"), "two\nlines");
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
        assert!(matches!(
            sanitize("a non-breaking\u{a0}space"),
            Cow::Borrowed(_)
        ));
        assert_eq!(sanitize("C1\u{9b}31m"), "C1\\u{9b}31m");
        assert_eq!(sanitize("del\u{7f}"), "del\\u{7f}");
    }

    #[test]
    fn cite_lists_numbers() {
        assert_eq!(cite(&[]), "");
        assert_eq!(cited("text", &[1, 2]), "text [1, 2]");
    }
}
