//! Breaking text into lines of a given width, for tables and prose in a
//! terminal. Words that fit a line are never broken; a word wider than the
//! whole line is the only thing split. A citation (`[1, 2]`) stays with the
//! word before it. Linear in the length of the text, whatever its words.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `text` takes in a terminal. Texts reaching here are escaped,
/// so no control character is among them.
pub(crate) fn width(text: &str) -> usize {
    // Most texts are ASCII, a column per byte; measuring them is most of the work.
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// The widest line of `text`, and its widest word (with `marks` glued to the
/// last word, as [`wrap`] keeps them): what a column needs to show it
/// unwrapped, and the least it needs to break no word. A word counts by its
/// widest part between `-` and `/`, after which [`wrap`] may break it as a
/// hyphenated compound or an address is broken.
pub(crate) fn measure(text: &str, marks: &str) -> (usize, usize) {
    // One pass over the characters: the width of the line so far and of the
    // part of a word so far (a part ends after `-` or `/`, a word at a space).
    let (mut widest_line, mut widest_part) = (0, 0);
    let (mut line, mut part) = (0, 0);
    for c in text.chars() {
        match c {
            '\n' => {
                widest_line = widest_line.max(line);
                widest_part = widest_part.max(part);
                (line, part) = (0, 0);
            }
            ' ' => {
                widest_part = widest_part.max(part);
                part = 0;
                line += 1;
            }
            c => {
                let width = if c.is_ascii() {
                    1
                } else {
                    c.width().unwrap_or(0)
                };
                line += width;
                part += width;
                if c == '-' || c == '/' {
                    widest_part = widest_part.max(part);
                    part = 0;
                }
            }
        }
    }
    if !marks.is_empty() {
        let marks = width(marks);
        line += 1 + marks;
        // Glued to the last part of the last word, or standing alone when
        // the text ends in a space or has none.
        part = if part > 0 { part + 1 + marks } else { marks };
    }
    (widest_line.max(line), widest_part.max(part))
}

/// `text`, then `marks` (empty for none) after its last word, in lines of at
/// most `width` columns. Line breaks in `text` are kept; spaces at a break
/// are dropped. An empty text gives one empty line.
pub(crate) fn wrap(text: &str, marks: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    wrap_each(text, marks, width, |line| lines.push(line.to_owned()));
    lines
}

/// As [`wrap`], for prose outside a table: a web address too long for a
/// line gets a line of its own, whole, rather than being cut where a
/// hyphen would pass for a line break, so that it can be copied and
/// followed; the terminal folds it if it must.
pub(crate) fn wrap_prose(text: &str, marks: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    wrap_words(text, marks, width, is_address, |line| {
        lines.push(line.to_owned());
    });
    lines
}

/// Whether `word` is, or holds, a web address.
fn is_address(word: &str) -> bool {
    word.contains("://")
}

/// How many lines [`wrap`] makes of `text` and `marks` at `width`, without keeping them.
pub(crate) fn count(text: &str, marks: &str, width: usize) -> usize {
    let mut lines = 0;
    wrap_each(text, marks, width, |_| lines += 1);
    lines
}

/// How much of `text` [`shorten`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kept {
    /// All of it.
    All,
    /// Its first words, this many of its `of`, and an ellipsis.
    Words { kept: usize, of: usize },
    /// Not even its first word with the marks: the text cut inside a word.
    Cut,
}

impl Kept {
    /// How many words are left out.
    pub(crate) fn hidden(self) -> usize {
        match self {
            Kept::All => 0,
            Kept::Words { kept, of } => of - kept,
            Kept::Cut => 1,
        }
    }
}

/// How much of `text` and `marks` [`shorten`] can show in `lines` lines of
/// `width`, with `ellipsis` after a text it shortens.
pub(crate) fn keep(text: &str, marks: &str, width: usize, lines: usize, ellipsis: &str) -> Kept {
    let lines = lines.max(1);
    if count(text, marks, width) <= lines {
        return Kept::All;
    }
    let ends = word_ends(text);
    let fits =
        |words: usize| count(&first_words(text, &ends, words, ellipsis), marks, width) <= lines;
    if ends.is_empty() || !fits(1) {
        return Kept::Cut;
    }
    // Fewer words never take more lines, so the most that fit are found by halving.
    let (mut fitting, mut too_many) = (1, ends.len() + 1);
    while too_many - fitting > 1 {
        let middle = fitting + (too_many - fitting) / 2;
        if fits(middle) {
            fitting = middle;
        } else {
            too_many = middle;
        }
    }
    Kept::Words {
        kept: fitting,
        of: ends.len() + 1,
    }
}

/// Where each word of `text` ends but the last, which ends the text.
fn word_ends(text: &str) -> Vec<usize> {
    text.char_indices()
        .filter(|&(at, c)| c != ' ' && text[at + c.len_utf8()..].starts_with(' '))
        .map(|(at, c)| at + c.len_utf8())
        .collect()
}

/// The first `words` words of `text`, whose ends are `ends`, and `ellipsis`.
fn first_words(text: &str, ends: &[usize], words: usize, ellipsis: &str) -> String {
    format!("{}{ellipsis}", &text[..ends[words - 1]])
}

/// `text` and then `marks` in at most `lines` lines of `width`: wrapped
/// whole if it fits, else its first words, as many as fit, and `ellipsis`
/// after them, the marks kept. Only if not even the first word fits with
/// the marks is the text cut inside a word, the marks left out.
pub(crate) fn shorten(
    text: &str,
    marks: &str,
    width: usize,
    lines: usize,
    ellipsis: &str,
) -> Vec<String> {
    match keep(text, marks, width, lines, ellipsis) {
        Kept::All => wrap(text, marks, width),
        Kept::Words { kept, .. } => wrap(
            &first_words(text, &word_ends(text), kept, ellipsis),
            marks,
            width,
        ),
        Kept::Cut => {
            let mut shown = wrap(text, "", width);
            shown.truncate(lines.max(1));
            if let Some(last) = shown.last_mut() {
                let room = width.saturating_sub(self::width(ellipsis));
                let mut used = 0;
                let end = last
                    .char_indices()
                    .find(|&(_, c)| {
                        used += c.width().unwrap_or(0);
                        used > room
                    })
                    .map_or(last.len(), |(at, _)| at);
                last.truncate(end);
                last.push_str(ellipsis);
            }
            shown
        }
    }
}

/// [`wrap`], handing each line to `emit` as it is made, from one buffer: a
/// table wraps every cell of its document, and lines it only copies into the
/// cell need not be kept apart.
pub(crate) fn wrap_each(text: &str, marks: &str, width: usize, emit: impl FnMut(&str)) {
    wrap_words(text, marks, width, |_| false, emit);
}

/// [`wrap_each`], but words for which `whole` holds are never cut.
fn wrap_words(
    text: &str,
    marks: &str,
    width: usize,
    whole: impl Fn(&str) -> bool,
    mut emit: impl FnMut(&str),
) {
    let width = width.max(1);
    let mut line = String::with_capacity(width + 8);
    let mut glued = String::new();
    let mut paragraphs = text.split('\n').peekable();
    while let Some(paragraph) = paragraphs.next() {
        let last_paragraph = paragraphs.peek().is_none();
        let mut words = paragraph
            .split(' ')
            .filter(|word| !word.is_empty())
            .peekable();
        let mut used = 0;
        let mut any = false;
        while let Some(word) = words.next() {
            any = true;
            // The marks go with the last word, as one word that must not be
            // cut where they begin, so that they never start a line.
            let (word, protect) = if last_paragraph && !marks.is_empty() && words.peek().is_none() {
                glued.clear();
                glued.push_str(word);
                glued.push(' ');
                glued.push_str(marks);
                (glued.as_str(), word.len())
            } else {
                (word, usize::MAX)
            };
            if whole(word) && self::width(word) > width {
                // On a line of its own, whole, however wide.
                if used > 0 {
                    emit(&line);
                }
                line.clear();
                line.push_str(word);
                used = self::width(word);
                continue;
            }
            place(word, protect, width, &mut line, &mut used, &mut emit);
        }
        if last_paragraph && !marks.is_empty() && !any {
            place(marks, usize::MAX, width, &mut line, &mut used, &mut emit);
        }
        emit(&line);
        line.clear();
    }
}

/// Texts, each followed by its marks, wrapped one after another as one
/// paragraph in lines of at most `width` columns: each text's marks stay
/// with its last word, as [`wrap`] keeps them. A line break in a text is a
/// space here.
pub(crate) fn wrap_all(texts: &[(&str, &str)], width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut emit = |line: &str| lines.push(line.to_owned());
    let (mut line, mut used, mut glued) = (String::new(), 0, String::new());
    for &(text, marks) in texts {
        let mut words = text.split([' ', '\n']).filter(|word| !word.is_empty());
        let mut word = words.next();
        if word.is_none() && !marks.is_empty() {
            place(marks, usize::MAX, width, &mut line, &mut used, &mut emit);
        }
        while let Some(current) = word {
            word = words.next();
            let (current, protect) = if word.is_none() && !marks.is_empty() {
                glued.clear();
                glued.push_str(current);
                glued.push(' ');
                glued.push_str(marks);
                (glued.as_str(), current.len())
            } else {
                (current, usize::MAX)
            };
            place(current, protect, width, &mut line, &mut used, &mut emit);
        }
    }
    emit(&line);
    lines
}

/// Puts `word` first-fit on `line` (`used` columns of `width` taken),
/// handing full lines to `emit`.
fn place(
    word: &str,
    protect: usize,
    width: usize,
    line: &mut String,
    used: &mut usize,
    emit: &mut impl FnMut(&str),
) {
    let word_width = self::width(word);
    if *used > 0 && *used + 1 + word_width <= width {
        line.push(' ');
        line.push_str(word);
        *used += 1 + word_width;
        return;
    }
    if *used > 0 {
        emit(line);
        line.clear();
        *used = 0;
    }
    if word_width <= width {
        line.push_str(word);
        *used = word_width;
        return;
    }
    let mut pieces = cut(word, protect, width);
    if let Some(last) = pieces.pop() {
        for piece in &pieces {
            emit(piece);
        }
        *used = self::width(&last);
        line.push_str(&last);
    }
}

/// A word wider than `width` in pieces that fit: each ending after its last
/// `/` or `-`, where an address or a compound reads best broken, else as long
/// as it can be; never cut at or after byte `protect`, where
/// marks glued to the word begin, unless the marks alone are too wide.
fn cut(word: &str, protect: usize, width: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = word;
    let mut protect = protect;
    // Kept as the pieces are cut, so that the whole is measured once.
    let mut rest_width = self::width(rest);
    while rest_width > width {
        // The byte at which the first character that does not fit begins.
        let mut used = 0;
        let mut limit = rest.len();
        for (at, c) in rest.char_indices() {
            used += c.width().unwrap_or(0);
            if used > width {
                limit = at;
                break;
            }
        }
        let mut end = if protect > 0 && protect <= limit {
            // Leave the last character of the word with its marks.
            rest[..protect]
                .char_indices()
                .next_back()
                .map_or(limit, |(at, _)| at)
        } else {
            limit
        };
        if let Some(at) = rest[..end].rfind(['/', '-'])
            && at > 0
        {
            end = at + 1;
        }
        if end == 0 {
            // Always move on: one character, even one too wide for the line.
            end = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        pieces.push(rest[..end].to_owned());
        rest_width -= self::width(&rest[..end]);
        rest = &rest[end..];
        protect = protect.saturating_sub(end);
    }
    pieces.push(rest.to_owned());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_keeps_a_web_address_whole_on_a_line_of_its_own() {
        let text = "see https://example.com/a-very-long-address-indeed.html) now";
        assert_eq!(
            wrap_prose(text, "", 20),
            [
                "see",
                "https://example.com/a-very-long-address-indeed.html)",
                "now"
            ]
        );
        // In a table cell an address is cut, as the cell's width must hold.
        assert!(wrap(text, "", 20).iter().all(|line| width(line) <= 20));
    }

    #[test]
    fn words_that_fit_are_never_broken() {
        assert_eq!(
            wrap("Információkezelés és infrastruktúra", "", 18),
            ["Információkezelés", "és infrastruktúra"]
        );
        assert_eq!(
            wrap("a short text\nstays", "", 20),
            ["a short text", "stays"]
        );
        assert_eq!(wrap("", "", 5), [""]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_the_only_thing_split() {
        assert_eq!(wrap("ab abcdefg h", "", 3), ["ab", "abc", "def", "g h"]);
        // Wide characters count two columns each.
        assert_eq!(wrap("字字字字字", "", 4), ["字字", "字字", "字"]);
        // An address breaks after a `/` or a `-`.
        assert_eq!(
            wrap("http://data.europa.eu/esco/occupation/7b1b5da8", "", 30),
            ["http://data.europa.eu/esco/", "occupation/7b1b5da8"]
        );
    }

    #[test]
    fn a_citation_stays_with_the_last_word() {
        assert_eq!(
            wrap("Keeps the data safe.", "[1, 2]", 20),
            ["Keeps the data", "safe. [1, 2]"]
        );
        assert_eq!(wrap("Safe.", "[1]", 20), ["Safe. [1]"]);
        assert_eq!(wrap("", "[1]", 20), ["[1]"]);
        // Too wide together for any line: the word is cut so that its end
        // stays with the citation.
        assert_eq!(wrap("Safety", "[1, 2]", 8), ["Safet", "y [1, 2]"]);
        assert_eq!(
            wrap("occupation/7b1b5da8-573a-49bb", "[3]", 20),
            ["occupation/7b1b5da8-", "573a-49bb [3]"]
        );
        assert_eq!(wrap("abcdefghij", "[3]", 10), ["abcdefghi", "j [3]"]);
    }

    #[test]
    fn measure_gives_the_widest_line_and_word() {
        assert_eq!(measure("one two\nthree", ""), (7, 5));
        assert_eq!(measure("one two", "[1]"), (11, 7));
        assert_eq!(measure("", ""), (0, 0));
        // A compound or an address may break after its `-` or `/`.
        assert_eq!(measure("munkaóra-megtakarítás", "[2]"), (25, 16));
        assert_eq!(measure("http://data.europa.eu/esco/", ""), (27, 15));
    }

    #[test]
    fn a_text_too_long_for_its_lines_keeps_its_first_words_and_its_marks() {
        assert_eq!(
            shorten("Long-term technology strategy", "[1] +4", 30, 1, "…"),
            ["Long-term technology… [1] +4"]
        );
        assert_eq!(
            shorten("Long-term technology strategy", "[1]", 40, 1, "…"),
            ["Long-term technology strategy [1]"]
        );
        assert_eq!(
            shorten(
                "Architect of the technology infrastructure",
                "[2] +1",
                20,
                2,
                "..."
            ),
            ["Architect of the", "technology... [2] +1"]
        );
        // Not even one word fits with the marks: the text alone, cut.
        assert_eq!(
            shorten("Kapcsolattartás a", "[2] +1", 10, 1, "…"),
            ["Kapcsolat…"]
        );
        assert_eq!(count("one two three", "[1]", 9), 2);
    }

    #[test]
    fn texts_wrapped_as_one_paragraph_keep_each_its_marks() {
        assert_eq!(
            wrap_all(&[("Shapes the vision.", "[1, 2]"), ("Outward", "[2]")], 26),
            ["Shapes the vision. [1, 2]", "Outward [2]"]
        );
        assert_eq!(
            wrap_all(&[("one two", "[1, 2]"), ("three", "")], 10),
            ["one", "two [1, 2]", "three"]
        );
    }

    #[test]
    fn a_long_word_is_cut_into_full_lines() {
        let word = "字".repeat(200_000);
        let lines = wrap(&word, "", 40);
        assert_eq!(lines.len(), 10_000);
        assert!(lines.iter().all(|line| width(line) == 40));
    }
}
