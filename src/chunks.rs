//! Parsing a large dataset file on every core.
//!
//! A user's dataset of thousands of roles is one long YAML document, and the
//! YAML parser holds every event of a document in memory before turning any of
//! it into data. So a large file is cut, between the items of its top-level
//! lists, into pieces that are YAML documents on their own (`roles:` followed by
//! some of the roles), which are parsed side by side and joined in order.
//!
//! Only files in plain block style are cut: each top-level key alone on its
//! line, each followed by a list whose items start at one indentation. Anything
//! else (flow style, directives, document markers, a key given twice), and any
//! piece that does not parse, sends the file back to be parsed whole, which
//! also gives errors their true positions.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::DatasetFile;

/// Files smaller than this are parsed whole: cutting them would not pay.
pub const MIN_SIZE: usize = 1024 * 1024;

/// About how much of a file each piece holds.
const PIECE_SIZE: usize = 256 * 1024;

/// The file parsed piece by piece on every core, or `None` when it cannot be
/// cut safely or a piece does not parse: then it must be parsed whole.
pub fn parse(text: &str) -> Option<DatasetFile> {
    let pieces = cut(text)?;
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(pieces.len());
    let next = AtomicUsize::new(0);
    let parsed: Vec<Mutex<Option<DatasetFile>>> = pieces.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(piece) = pieces.get(index) else {
                        break;
                    };
                    let Ok(file) = serde_yaml::from_str::<DatasetFile>(piece) else {
                        // Stop everyone: the whole file will be parsed instead.
                        next.store(pieces.len(), Ordering::Relaxed);
                        break;
                    };
                    if let Ok(mut slot) = parsed[index].lock() {
                        *slot = Some(file);
                    }
                }
            });
        }
    });
    let mut whole = DatasetFile::default();
    for slot in parsed {
        let file = slot.into_inner().ok()??;
        whole.sources.extend(file.sources);
        whole.themes.extend(file.themes);
        whole.roles.extend(file.roles);
        whole.shared.extend(file.shared);
    }
    Some(whole)
}

/// The file as pieces that are each a YAML document holding one top-level key
/// and some of its list's items, in file order; `None` if it cannot be cut safely.
fn cut(text: &str) -> Option<Vec<String>> {
    let mut pieces = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut lines = Lines::new(text);
    // Before the first key, only comments and blank lines.
    let mut key = loop {
        let (_, line) = lines.next()?;
        if is_blank(line) {
            continue;
        }
        break top_level_key(line)?;
    };
    loop {
        if seen.contains(&key) {
            return None;
        }
        seen.push(key);
        let header = format!("{key}:\n");
        let mut indent: Option<usize> = None;
        let mut piece_start: Option<usize> = None;
        let mut next_key = None;
        while let Some((start, line)) = lines.next() {
            if is_blank(line) {
                continue;
            }
            if !line.starts_with([' ', '-']) {
                next_key = Some((start, top_level_key(line)?));
                break;
            }
            let spaces = line.len() - line.trim_start_matches(' ').len();
            let is_item = line[spaces..].starts_with("- ") || line[spaces..].trim_end() == "-";
            match indent {
                None if is_item => indent = Some(spaces),
                None => return None,
                Some(_) => {}
            }
            if spaces < indent.unwrap_or(0) {
                return None;
            }
            if is_item && Some(spaces) == indent {
                match piece_start {
                    None => piece_start = Some(start),
                    Some(from) if start - from >= PIECE_SIZE => {
                        pieces.push(format!("{header}{}", &text[from..start]));
                        piece_start = Some(start);
                    }
                    Some(_) => {}
                }
            }
        }
        let end = next_key.map_or(text.len(), |(start, _)| start);
        if let Some(from) = piece_start {
            pieces.push(format!("{header}{}", &text[from..end]));
        }
        match next_key {
            Some((_, found)) => key = found,
            None => return Some(pieces),
        }
    }
}

/// A top-level key alone on its line (`roles:`) or with an empty list
/// (`roles: []`), or `None` for any other top-level line, which makes the file
/// one to parse whole.
fn top_level_key(line: &str) -> Option<&str> {
    let line = line.trim_end();
    let key = line
        .strip_suffix(':')
        .or_else(|| line.strip_suffix("[]")?.trim_end().strip_suffix(':'))?;
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-');
    plain.then_some(key)
}

fn is_blank(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// Lines with the byte offset each starts at.
struct Lines<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines { text, at: 0 }
    }

    fn next(&mut self) -> Option<(usize, &'t str)> {
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        let rest = &self.text[start..];
        let end = rest.find('\n').map_or(rest.len(), |newline| newline + 1);
        self.at = start + end;
        Some((start, rest[..end].trim_end_matches(['\n', '\r'])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Option<Vec<String>> {
        cut(text)
    }

    #[test]
    fn a_block_list_is_cut_between_items_and_each_piece_has_its_key() {
        let text = "# roles\nsources: []\nthemes:\n  - id: a\n    label: { en: A }\nroles:\n- id: x\n  title: { en: X }\n- id: y\n";
        assert_eq!(
            pieces(text),
            Some(vec![
                "themes:\n  - id: a\n    label: { en: A }\n".to_owned(),
                "roles:\n- id: x\n  title: { en: X }\n- id: y\n".to_owned(),
            ])
        );
    }

    #[test]
    fn anything_but_plain_block_style_is_left_whole() {
        for text in [
            "roles: [a, b]\n",
            "roles:\n- a\n---\nroles:\n- b\n",
            "%YAML 1.2\n---\nroles:\n- a\n",
            "roles:\n- a\nroles:\n- b\n",
            "roles:\n  id: x\n",
            "roles: &all\n- a\n",
            "roles:\n  - a\n - b\n",
            "junk\nroles:\n- a\n",
        ] {
            assert_eq!(pieces(text), None, "{text:?}");
        }
    }

    #[test]
    fn parsing_in_pieces_gives_what_parsing_whole_gives() -> Result<(), Box<dyn std::error::Error>>
    {
        let role = "- id: r{n}\n  abbreviation: R{n}\n  title: { en: Role {n}, hu: Szerep {n} }\n  summary:\n    en: >-\n      Folded text\n      - not an item.\n    sources: [s]\n  focus:\n  - theme: t\n    title: { en: T }\n    detail: { en: \"D: a, b\" }\n    sources: [s]\n";
        let mut text = String::from(
            "sources:\n- { id: s, title: S, language: en }\nthemes:\n- { id: t, label: { en: T } }\nroles:\n",
        );
        while text.len() < 3 * PIECE_SIZE {
            let n = text.len();
            text.push_str(&role.replace("{n}", &n.to_string()));
        }
        let whole: DatasetFile = serde_yaml::from_str(&text)?;
        let cut = cut(&text).ok_or("the text can be cut")?;
        assert!(cut.len() > 3, "{} pieces", cut.len());
        assert_eq!(parse(&text), Some(whole));
        Ok(())
    }

    #[test]
    fn an_alias_to_another_piece_sends_the_file_back_whole() {
        let mut text = String::from("roles:\n- &first { id: a }\n");
        text.push_str(&"- { id: b }\n".repeat(PIECE_SIZE / 10));
        text.push_str("- *first\n");
        assert_eq!(parse(&text), None);
    }
}
