//! What may reach a terminal. Dataset texts, file names and the keys of a
//! user's YAML come from outside, and a terminal obeys the control characters
//! in them: ESC starts sequences that retitle the window, move the cursor or
//! hide text; bidi controls reorder what is shown. [`escape`] is the one
//! policy; the document layout, the stderr reporter and [`Escaping`] (stdout,
//! for CSV, JSON and completion scripts on a terminal) apply it.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether a terminal could act on `c` rather than show it: C0 controls except
/// the line feed, DEL, C1 controls (NEL, U+0085, among them), the line and
/// paragraph separators, and the bidi embeddings, overrides and isolates.
/// Also the word joiner and the invisible operators (U+2060 to U+2064): shown
/// as nothing, and the marks tables use for bold text while they are laid out.
fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}'
        | '\u{b}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        // The soft hyphen, which terminals draw though it measures nothing.
        | '\u{ad}'
        // Bidi marks: the Arabic letter mark, the left-to-right and right-to-left marks.
        | '\u{61c}'
        | '\u{200e}'..='\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        // Hangul fillers, which terminals draw wider than they measure, and
        // the byte order mark.
        | '\u{3164}'
        | '\u{feff}'
        | '\u{ffa0}')
}

/// Whether `text` has a byte that can start a control character: a C0
/// control except the line feed, DEL, or the lead byte of U+0080 to U+00BF
/// (the C1 controls and the soft hyphen among them), of U+0600 to U+063F, of
/// U+2000 to U+2FFF (the separators and bidi controls), of U+3000 to U+3FFF,
/// or of U+F000 to U+FFFF. Many texts have none; checking bytes is much
/// cheaper than decoding every character.
fn may_hold_control(text: &str) -> bool {
    text.bytes().any(|byte| {
        (byte < 0x20 && byte != b'\n') || matches!(byte, 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xe3 | 0xef)
    })
}

/// `text` with its control characters shown as Rust writes them (`\u{1b}`), so
/// that they are seen instead of obeyed. Line feeds are kept: they are how
/// texts and tables break lines. Borrows `text` when there is nothing to escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_as(text, |c, escaped| escaped.extend(c.escape_unicode()))
}

/// `text` with each control character written by `write`; borrowed when
/// there is none.
fn escape_as(text: &str, write: impl Fn(char, &mut String)) -> Cow<'_, str> {
    if !may_hold_control(text) || !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            write(c, &mut escaped);
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// JSON text with the characters [`escape`] shows written as JSON escapes
/// (`\u009b`), which stand for the same characters: the document stays the
/// same to a program, and a terminal shows it rather than obeys it.
/// serde_json writes them raw, and they can only be inside its strings.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    // Every control character is in the Basic Multilingual Plane: one escape each.
    escape_as(json, |c, escaped| {
        escaped.push_str(&format!("\\u{:04x}", u32::from(c)));
    })
}

/// Text that may be shown on a terminal: made only by [`escape`]ing, so a
/// writer that takes it cannot be handed a dataset's text unescaped, and
/// forgetting to escape does not compile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown(String);

impl Shown {
    /// `text` with its control characters shown rather than obeyed.
    pub fn new(text: &str) -> Shown {
        Shown(escape(text).into_owned())
    }

    /// [`Shown::new`] of an owned text, kept as it is when nothing needs escaping.
    pub fn owned(text: String) -> Shown {
        match escape(&text) {
            Cow::Borrowed(_) => Shown(text),
            Cow::Owned(escaped) => Shown(escaped),
        }
    }

    /// The text, escaped.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `self` followed by `other`, both escaped already.
    pub fn then(mut self, other: &Shown) -> Shown {
        self.0.push_str(&other.0);
        self
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value quoted in a message, every control character shown (the line
/// feed as `\u{a}`), so that the quote holds exactly what was given.
pub(crate) fn escape_value(text: &str) -> String {
    escape(text).replace('\n', "\\u{a}")
}

/// `text` escaped and on one line: each line trimmed, the empty ones dropped,
/// the rest joined by a space. For messages, which a script reads a line at a time.
pub(crate) fn one_line(text: &str) -> String {
    escape(text)
        .split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A writer that escapes control characters in what passes through it, as
/// [`escape`] does, for CSV and JSON written to a terminal: their bytes must
/// stay exact in a file or a pipe, where a program reads them, but on a
/// terminal a person does. The line feed passes, so lines stay lines.
#[derive(Debug)]
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a character that a write cut in two (at most 3 bytes),
    /// kept for the next write to complete: callers may split their writes anywhere.
    pending: Vec<u8>,
}

impl<W: Write> Escaping<W> {
    /// Escapes what is written to `inner`.
    pub fn new(inner: W) -> Escaping<W> {
        Escaping {
            inner,
            pending: Vec::new(),
        }
    }

    fn write_escaped(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => return self.inner.write_all(escape(text).as_bytes()),
                Err(error) => {
                    let (valid, rest) = bytes.split_at(error.valid_up_to());
                    // The prefix up to valid_up_to is UTF-8 by definition.
                    let text = std::str::from_utf8(valid).unwrap_or_default();
                    self.inner.write_all(escape(text).as_bytes())?;
                    match error.error_len() {
                        None => {
                            self.pending.extend_from_slice(rest);
                            return Ok(());
                        }
                        // Not UTF-8: shown as a terminal would show it, so
                        // that no lone byte is read as an 8-bit control.
                        Some(invalid) => {
                            self.inner
                                .write_all(char::REPLACEMENT_CHARACTER.to_string().as_bytes())?;
                            bytes = &rest[invalid..];
                        }
                    }
                }
            }
        }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            self.write_escaped(buf)?;
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            self.write_escaped(&joined)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
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
    fn the_byte_check_never_misses_a_control_character() {
        let mut buffer = [0; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if is_control(c) {
                assert!(may_hold_control(c.encode_utf8(&mut buffer)), "{c:?}");
            }
        }
    }

    #[test]
    fn marks_a_terminal_measures_otherwise_are_shown_escaped() {
        assert_eq!(
            escape(
                "soft\u{ad}hyphen lrm\u{200e} rlm\u{200f} alm\u{61c} bom\u{feff} fill\u{3164}\u{ffa0}"
            ),
            "soft\\u{ad}hyphen lrm\\u{200e} rlm\\u{200f} alm\\u{61c} bom\\u{feff} fill\\u{3164}\\u{ffa0}"
        );
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

    #[test]
    fn one_line_keeps_a_message_on_one_line() {
        assert_eq!(
            one_line("a\rb\u{2028}c\u{85}d"),
            "a\\u{d}b\\u{2028}c\\u{85}d"
        );
        assert_eq!(one_line("first\n  second\n\n"), "first second");
    }

    fn through_escaping(chunks: &[&[u8]]) -> io::Result<Vec<u8>> {
        let mut writer = Escaping::new(Vec::new());
        for chunk in chunks {
            writer.write_all(chunk)?;
        }
        writer.flush()?;
        Ok(writer.inner)
    }

    #[test]
    fn the_writer_escapes_what_passes_through_it() -> io::Result<()> {
        let written = through_escaping(&["a,\u{1b}[2J\u{7f}\u{9b}\n".as_bytes()])?;
        assert_eq!(written, b"a,\\u{1b}[2J\\u{7f}\\u{9b}\n");
        Ok(())
    }

    #[test]
    fn the_writer_completes_a_character_cut_between_writes() -> io::Result<()> {
        // U+009B is C2 9B, U+2028 is E2 80 A8: cut after their first bytes.
        let written = through_escaping(&[b"x\xc2", b"\x9by\xe2\x80", b"\xa8\xc5", b"\x91"])?;
        assert_eq!(written, "x\\u{9b}y\\u{2028}ő".as_bytes());
        Ok(())
    }

    #[test]
    fn the_writer_shows_bytes_that_are_not_utf8_as_replacement_characters() -> io::Result<()> {
        let written = through_escaping(&[b"a\x9bb\xffc"])?;
        assert_eq!(written, "a\u{fffd}b\u{fffd}c".as_bytes());
        Ok(())
    }
}
