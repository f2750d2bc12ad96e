//! How deeply a file's collections nest, found in one pass over its text
//! before any parser sees it: both parsers recurse once per level, and a few
//! kilobytes of `- - - …` or `[[[…` would overflow the stack.

use crate::input::MAX_DEPTH;
use crate::path::Position;

/// Where collections of any kind (block sequences and mappings, complex keys,
/// flow brackets) first nest deeper than [`MAX_DEPTH`], if they do.
///
/// The count is an upper bound of the real depth, never below it: every
/// indentation still open on earlier lines is a level, and so is every `- `,
/// `? ` or `: ` that opens a node on the same line, and every `[` or `{`.
/// Quoted scalars, comments and block scalars (`|`, `>`) hold no levels.
pub(crate) fn too_deep(text: &str) -> Option<Position> {
    let mut nesting = Nesting::default();
    text.split('\n')
        .enumerate()
        .find_map(|(index, line)| Some((index + 1, nesting.line(line)?)))
}

#[derive(Default)]
struct Nesting {
    /// Columns (0-based) where the open block nodes begin, innermost last,
    /// strictly increasing.
    blocks: Vec<usize>,
    flow: usize,
    /// The quote of a quoted scalar still open at the end of the last line.
    quote: Option<char>,
    escaped: bool,
    /// While in a block scalar: the column its lines must be indented past.
    literal: Option<usize>,
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

impl Nesting {
    fn depth(&self) -> usize {
        self.blocks.len() + self.flow
    }

    /// Reads one line; gives the (1-based) column where it nests too deeply.
    fn line(&mut self, line: &str) -> Option<usize> {
        let chars: Vec<char> = line.strip_suffix('\r').unwrap_or(line).chars().collect();
        let indent = skip_blanks(&chars, 0);
        let empty = chars.get(indent).is_none_or(|&c| c == '#');
        if let Some(parent) = self.literal {
            if empty || indent > parent {
                return None;
            }
            self.literal = None;
        }
        let mut at = 0;
        if self.quote.is_none() && self.flow == 0 {
            if empty {
                return None;
            }
            at = match self.block_starts(&chars, indent) {
                Ok(at) => at,
                Err(column) => return Some(column),
            };
        }
        self.rest(&chars, at)
    }

    /// Opens the block nodes a line starts: one at its indentation, and one
    /// after each indicator that begins a node on the same line. Gives where
    /// the rest of the line starts, or the column that is one level too deep.
    fn block_starts(&mut self, chars: &[char], indent: usize) -> Result<usize, usize> {
        let mut at = indent;
        let document =
            chars.starts_with(&['-', '-', '-']) && chars.get(3).is_none_or(|&c| is_blank(c));
        if document {
            // Whatever follows a document start begins at the top again.
            self.blocks.clear();
            at = skip_blanks(chars, 3);
            if chars.get(at).is_none_or(|&c| c == '#') {
                return Ok(at);
            }
        }
        while self.blocks.last().is_some_and(|&open| open >= at) {
            self.blocks.pop();
        }
        loop {
            self.blocks.push(at);
            if self.depth() > MAX_DEPTH {
                return Err(at + 1);
            }
            let indicator = matches!(chars.get(at), Some('-' | '?' | ':'))
                && chars.get(at + 1).is_none_or(|&c| is_blank(c));
            if !indicator {
                return Ok(at);
            }
            let next = skip_blanks(chars, at + 1);
            if chars.get(next).is_none_or(|&c| c == '#') {
                return Ok(next);
            }
            at = next;
        }
    }

    /// Reads the rest of a line from `at`: quotes, comments, flow brackets
    /// and the header of a block scalar.
    fn rest(&mut self, chars: &[char], at: usize) -> Option<usize> {
        let mut previous = if at == 0 { ' ' } else { chars[at - 1] };
        for (index, &c) in chars.iter().enumerate().skip(at) {
            match self.quote {
                Some('"') => {
                    if self.escaped {
                        self.escaped = false;
                    } else if c == '\\' {
                        self.escaped = true;
                    } else if c == '"' {
                        self.quote = None;
                    }
                }
                // A doubled '' inside single quotes closes and reopens: the same count.
                Some(_) => {
                    if c == '\'' {
                        self.quote = None;
                    }
                }
                None => {
                    // A quote opens a scalar only where one can begin, so
                    // that the apostrophe of "company's" does not.
                    let scalar_start = is_blank(previous) || matches!(previous, '[' | '{' | ',');
                    match c {
                        '#' if is_blank(previous) => return None,
                        '"' | '\'' if scalar_start => self.quote = Some(c),
                        '|' | '>'
                            if scalar_start
                                && self.flow == 0
                                && block_header(&chars[index + 1..]) =>
                        {
                            self.literal = Some(self.blocks.last().copied().unwrap_or(0));
                            return None;
                        }
                        '[' | '{' => {
                            self.flow += 1;
                            if self.depth() > MAX_DEPTH {
                                return Some(index + 1);
                            }
                        }
                        ']' | '}' => self.flow = self.flow.saturating_sub(1),
                        _ => {}
                    }
                }
            }
            previous = c;
        }
        None
    }
}

fn skip_blanks(chars: &[char], from: usize) -> usize {
    from + chars
        .iter()
        .skip(from)
        .take_while(|&&c| is_blank(c))
        .count()
}

/// Whether what follows a `|` or `>` makes it a block scalar's header:
/// chomping and indentation indicators, then nothing but a comment.
fn block_header(after: &[char]) -> bool {
    let indicators = after
        .iter()
        .take_while(|&&c| matches!(c, '+' | '-' | '0'..='9'))
        .count();
    let rest = skip_blanks(after, indicators);
    after
        .get(rest)
        .is_none_or(|&c| c == '#' && rest > indicators)
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn deep_flow_nesting_is_found_where_it_passes_the_limit() {
        assert_eq!(
            too_deep(&format!("roles: {}", "[".repeat(100))),
            Some((1, 71)),
            "the mapping holding `roles` is the first level"
        );
        assert_eq!(too_deep(&format!("a: {}", "{".repeat(65))), Some((1, 67)));
        assert_eq!(too_deep("roles: [{ id: x, title: { en: \"[[[\" } }]"), None);
        // Brackets in quotes, comments and after an apostrophe are not nesting.
        let many = "[".repeat(100);
        assert_eq!(
            too_deep(&format!("a: '{many}'\nb: \"{many}\"\n# {many}\n")),
            None
        );
        assert_eq!(too_deep(&format!("a: company's {many}'x")), Some((1, 77)));
    }

    #[test]
    fn block_collections_on_one_line_count_like_brackets() {
        // `- ` at column 1 is level 1 (with the sequence's own node), so the
        // 64th dash is the last allowed; the next node is one too many.
        assert_eq!(too_deep(&"- ".repeat(50_000)), Some((1, 129)));
        assert_eq!(
            too_deep(&format!("{}x", "? ".repeat(50_000))),
            Some((1, 129))
        );
        assert_eq!(
            too_deep(&format!("roles:\n  {}x", "- ".repeat(50_000))),
            Some((2, 129))
        );
        assert_eq!(too_deep(&format!("{}x", "-\t".repeat(100))), Some((1, 129)));
        assert_eq!(
            too_deep(&format!("--- {}x", "- ".repeat(100))),
            Some((1, 133))
        );
        // Blocks and brackets add up: 60 dashes, then brackets.
        assert_eq!(
            too_deep(&format!("{}{}", "- ".repeat(60), "[".repeat(10))),
            Some((1, 124))
        );
        assert_eq!(too_deep(&format!("{}x", "- ".repeat(63))), None);
    }

    #[test]
    fn indentation_nests_and_unnests() {
        let deep: String = (0..100)
            .map(|level| format!("{}k:\n", " ".repeat(level)))
            .collect();
        assert_eq!(too_deep(&deep), Some((65, 65)));
        // Going back out closes levels: a thousand shallow records are fine.
        let wide = "roles:\n  - id: x\n    title:\n      en: X\n".repeat(1000);
        assert_eq!(too_deep(&wide), None);
    }

    #[test]
    fn scalars_and_comments_hold_no_levels() {
        let steps: String = (1..100)
            .map(|level| format!("{}- x\n", " ".repeat(level)))
            .collect();
        assert_eq!(too_deep(&format!("a: |\n{steps}b: 1\n")), None);
        assert_eq!(too_deep(&format!("a: >-  # folded\n{steps}")), None);
        assert_eq!(too_deep(&format!("a: \"x\n{}\"\n", "- ".repeat(100))), None);
        assert_eq!(too_deep(&format!("# {}\n", "- ".repeat(100))), None);
        assert_eq!(too_deep(&format!("a: x {}\n", "- ".repeat(100))), None);
        // `a: |x` is a plain scalar, not a block scalar's header.
        assert_eq!(too_deep(&format!("a: |x\n{steps}")), Some((64, 66)));
    }
}
