//! Output formats. Each renders the same [`Comparison`]; none reads the dataset on its own.

mod markdown;
mod table;

use std::borrow::Cow;
use std::io::{self, Write};

use crate::compare::Comparison;
use crate::labels::Labels;

pub use markdown::Markdown;
pub use table::TableRenderer;

/// One output format.
pub trait Renderer {
    /// Roles side by side, section by section (`compare`, `show`, `export`).
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Every item of a comparison, one per line (`list ROLE`).
    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// The compared roles themselves: id, abbreviation, title, summary (`list`).
    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;
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
            .map(|role| role.abbreviation.as_str())
            .collect::<Vec<_>>()
            .join(labels.versus),
    }
}

/// Citation marks, such as `[1]` or `[1, 2]`; empty when nothing is cited.
fn cite(numbers: &[usize]) -> String {
    if numbers.is_empty() {
        return String::new();
    }
    let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
    format!("[{}]", numbers.join(", "))
}

/// `text` followed by its citation marks.
fn cited(text: &str, numbers: &[usize]) -> String {
    match cite(numbers) {
        marks if marks.is_empty() => text.to_owned(),
        marks => format!("{text} {marks}"),
    }
}

/// Text from a dataset with control characters (ESC and the like) made visible,
/// so that a dataset cannot drive the terminal. Line breaks are kept.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
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
    }

    #[test]
    fn cite_lists_numbers() {
        assert_eq!(cite(&[]), "");
        assert_eq!(cited("text", &[1, 2]), "text [1, 2]");
    }
}
