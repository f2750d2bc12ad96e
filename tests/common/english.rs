//! Whether a Hungarian message says anything in English: the check the
//! catalogue's unit tests and the integration tests share, kept in one
//! place (the unit tests include it by path).

/// Words of English sentences, none of them also Hungarian (as "a", "is"
/// and "be" are).
const ENGLISH: &[&str] = &[
    "the",
    "an",
    "of",
    "in",
    "and",
    "or",
    "to",
    "not",
    "no",
    "must",
    "has",
    "with",
    "for",
    "this",
    "here",
    "should",
    "are",
    "at",
    "expected",
    "found",
    "did",
    "you",
    "mean",
    "cannot",
    "unknown",
    "missing",
    "file",
    "text",
    "key",
    "value",
    "empty",
    "translation",
    "shown",
    "more",
    "listed",
    "line",
    "defined",
    "duplicate",
    "item",
    "role",
    "argument",
    "invalid",
    "unexpected",
    "required",
    "provided",
    "possible",
    "similar",
    "exists",
    "subcommand",
    "see",
    "language",
    "pager",
    "shell",
    "write",
    "read",
    "valid",
    "error",
];

/// The English words of a Hungarian message, outside what it quotes (keys
/// in backticks, ids and values in „…”), the options and placeholders usage
/// writes (`--no-builtin`, `<ROLE>`) and the YAML library's words, which the
/// unit tests stand in for with `XYZ`.
pub fn english_words(text: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut quoted = None;
    for c in text.replace("XYZ", " ").chars() {
        match (quoted, c) {
            (None, '`') => quoted = Some('`'),
            (None, '„') => quoted = Some('”'),
            (Some(close), c) if c == close => quoted = None,
            (None, c) => outside.push(c),
            _ => {}
        }
    }
    outside
        .split_whitespace()
        .filter(|token| !token.starts_with(['-', '<']))
        .flat_map(|token| token.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}
