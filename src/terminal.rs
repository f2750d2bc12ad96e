//! What may reach a terminal. Dataset texts, file names and the keys of a
//! user's YAML come from outside, and a terminal obeys the control characters
//! in them: ESC starts sequences that retitle the window, move the cursor or
//! hide text, bidi controls reorder what is shown. [`escape`] is the one
//! policy.

use std::borrow::Cow;

/// Whether a terminal could act on `c` rather than show it: C0 controls but
/// the line feed, DEL, C1 controls (NEL, U+0085, among them), the line and
/// paragraph separators, and the bidi embeddings, overrides and isolates.
fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}'
        | '\u{b}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// `text` with its control characters shown as Rust writes them (`\u{1b}`), so
/// that they are seen instead of obeyed. Line feeds are kept: they are how
/// texts and tables break lines. Borrows `text` when there is nothing to escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            escaped.extend(c.escape_unicode());
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// [`escape`], reusing `text` when there is nothing to escape.
pub(crate) fn escape_owned(text: String) -> String {
    match escape(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(escaped) => escaped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(escape("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape("\u{1b}]0;title\u{7}"), "\\u{1b}]0;title\\u{7}");
        assert_eq!(
            escape("tab\tcr\rvt\u{b}ff\u{c}nul\0"),
            "tab\\u{9}cr\\u{d}vt\\u{b}ff\\u{c}nul\\u{0}"
        );
        assert_eq!(escape("del\u{7f}"), "del\\u{7f}");
        assert_eq!(escape("C1\u{9b}31m nel\u{85}"), "C1\\u{9b}31m nel\\u{85}");
        assert_eq!(escape("ls\u{2028}ps\u{2029}"), "ls\\u{2028}ps\\u{2029}");
    }

    #[test]
    fn bidi_controls_are_shown_escaped() {
        for c in ('\u{202a}'..='\u{202e}').chain('\u{2066}'..='\u{2069}') {
            assert_eq!(
                escape(&format!("a{c}b")),
                format!("a\\u{{{:x}}}b", c as u32)
            );
        }
    }

    #[test]
    fn line_feeds_and_printable_text_pass_unchanged_and_uncopied() {
        assert_eq!(escape("two\nlines"), "two\nlines");
        for text in [
            "plain",
            "ügyfél – ● ▸ 漢字",
            "non-breaking\u{a0}space",
            "\u{200d}\u{2027}\u{202f}\u{2065}\u{206a}",
        ] {
            assert!(matches!(escape(text), Cow::Borrowed(_)), "{text:?}");
        }
    }
}
