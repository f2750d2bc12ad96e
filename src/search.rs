//! Matching search words the way a person means them: at the start of a word,
//! ignoring case and accents, so that `ugyfel` finds `ügyfelek` and `Vendor`
//! finds `vendors`; a word of up to three letters only as a whole word, so
//! that `ai` finds neither "explains" nor "aims", and `it` not "its". Such a
//! short word typed with capitals is an abbreviation and keeps its case, as
//! ripgrep's smart case does: `IT` finds "IT" and not the pronoun "it".

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `c` in lower case with its accents taken off: one character, several
/// (`İ` lowers to `i` and a dot, which is dropped), or none (a combining mark).
fn fold_char(c: char) -> impl Iterator<Item = char> {
    // Lower case first: some capitals lower to a letter and a combining mark,
    // which decomposing then drops with the other marks.
    c.to_lowercase().nfd().filter(|&c| !is_combining_mark(c))
}

/// `c` with its accents taken off, its case kept.
fn unaccent_char(c: char) -> impl Iterator<Item = char> {
    c.nfd().filter(|&c| !is_combining_mark(c))
}

/// `text` in lower case with its accents taken off: `Ügyfél` and `u` + U+0308
/// `gyfél` both fold to `ugyfel`.
pub(crate) fn fold(text: &str) -> String {
    text.chars().flat_map(fold_char).collect()
}

/// One word of a search, folded as it is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    /// The word without accents, in lower case unless `exact_case`.
    text: String,
    /// Whether case counts: a short word typed with capitals (`IT`, `AI`).
    exact_case: bool,
}

impl Needle {
    /// The word as `word` is typed.
    pub fn new(word: &str) -> Needle {
        let exact_case =
            word.chars().count() <= WHOLE_WORD_UP_TO && word.chars().any(char::is_uppercase);
        let text = if exact_case {
            word.chars().flat_map(unaccent_char).collect()
        } else {
            fold(word)
        };
        Needle { text, exact_case }
    }

    /// `haystack` folded as this word is.
    fn folded(&self, haystack: &str) -> String {
        if self.exact_case {
            haystack.chars().flat_map(unaccent_char).collect()
        } else {
            fold(haystack)
        }
    }
}

/// The words of a search: what must each start a word.
pub fn words(term: &str) -> Vec<Needle> {
    // A word given twice (or `Vendor vendor`) asks nothing more: each is
    // looked for once, not once for every time it was typed.
    let mut seen = std::collections::HashSet::new();
    term.split_whitespace()
        .map(Needle::new)
        .filter(|needle| {
            !needle.text.is_empty() && seen.insert((needle.text.clone(), needle.exact_case))
        })
        .collect()
}

/// Whether a folded character continues a word: a letter of a cased script
/// or a digit. Scripts without case (CJK among them) have no spaces between
/// words, so each of their characters may start one.
fn in_word(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || c.is_ascii_digit()
}

/// Words this short match only whole words: as beginnings they are
/// everywhere (`it` in "its" and "items", `ai` in "aims").
const WHOLE_WORD_UP_TO: usize = 3;

/// Whether `needle` starts a word of `folded` at `at` (and, if it is short,
/// is the whole word); both folded.
fn starts_word(folded: &str, at: usize, needle: &str) -> bool {
    if folded[..at].chars().next_back().is_some_and(in_word) {
        return false;
    }
    needle.chars().count() > WHOLE_WORD_UP_TO
        || !folded[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(in_word)
}

/// Whether a word of `haystack` starts with `needle`, compared folded.
pub(crate) fn has_word_starting(haystack: &str, needle: &Needle) -> bool {
    let folded = needle.folded(haystack);
    folded
        .match_indices(needle.text.as_str())
        .any(|(at, _)| starts_word(&folded, at, &needle.text))
}

/// Where in `text` words start with one of `needles` (folded): the byte
/// ranges of the matching parts, in order and apart, for highlighting.
pub(crate) fn highlights(text: &str, needles: &[Needle]) -> Vec<Range<usize>> {
    if needles.is_empty() {
        return Vec::new();
    }
    // The text folded each way, and for each of its bytes the range of the
    // character of `text` it comes from.
    let fold_with = |fold: fn(char) -> Vec<char>| {
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let before = folded.len();
            folded.extend(fold(c));
            origin.extend(std::iter::repeat_n(
                at..at + c.len_utf8(),
                folded.len() - before,
            ));
        }
        (folded, origin)
    };
    let lower = fold_with(|c| fold_char(c).collect());
    let exact = fold_with(|c| unaccent_char(c).collect());
    let mut ranges: Vec<Range<usize>> = needles
        .iter()
        .flat_map(|needle| {
            let (folded, origin) = if needle.exact_case { &exact } else { &lower };
            let needle = needle.text.as_str();
            folded
                .match_indices(needle)
                .filter(move |(at, _)| starts_word(folded, *at, needle))
                .filter_map(move |(at, found)| {
                    let start = origin.get(at)?.start;
                    let end = origin.get(at + found.len() - 1)?.end;
                    Some(start..end)
                })
        })
        .collect();
    ranges.sort_by_key(|range| range.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_typed_again_is_looked_for_once() {
        let needles = words("vendor Vendor  vendor IT it vendors");
        let texts: Vec<(&str, bool)> = needles
            .iter()
            .map(|needle| (needle.text.as_str(), needle.exact_case))
            .collect();
        assert_eq!(
            texts,
            [
                ("vendor", false),
                ("IT", true),
                ("it", false),
                ("vendors", false)
            ]
        );
        assert_eq!(words(&"budget ".repeat(40_000)).len(), 1);
    }

    #[test]
    fn folding_ignores_case_and_hungarian_accents() {
        assert_eq!(fold("Ügyfél ŐRZŐ űrlap"), "ugyfel orzo urlap");
        assert!(has_word_starting(
            "A vállalaton kívüli ügyfelek",
            &Needle::new("UGYFEL")
        ));
        assert!(has_word_starting(
            "Works with vendors",
            &Needle::new("Vendor")
        ));
        assert!(!has_word_starting("budget", &Needle::new("vendor")));
    }

    #[test]
    fn decomposed_input_folds_like_composed_input() {
        // `u` followed by a combining diaeresis, as some keyboards and macOS file names write it.
        assert_eq!(fold("u\u{308}gyfe\u{301}l"), "ugyfel");
        assert!(has_word_starting(
            "Ügyfél",
            &Needle::new("U\u{308}GYFE\u{301}L")
        ));
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn a_word_matches_only_at_the_start_of_a_word() {
        assert!(has_word_starting("Leads IT operations", &Needle::new("it")));
        assert!(!has_word_starting("Keeps its users", &Needle::new("it")));
        assert!(!has_word_starting(
            "Keeps information available",
            &Needle::new("AI")
        ));
        assert!(!has_word_starting("explains", &Needle::new("ai")));
        assert!(!has_word_starting("aims", &Needle::new("ai")));
        assert!(has_word_starting("Keeps its users", &Needle::new("user")));
        assert!(has_word_starting("Uses AI, carefully.", &Needle::new("ai")));
        assert!(has_word_starting(
            "the company's IT-infrastructure",
            &Needle::new("infra")
        ));
        assert!(!has_word_starting(
            "Cybersecurity",
            &Needle::new("security")
        ));
        assert!(has_word_starting("Cybersecurity", &Needle::new("cyber")));
        // Scripts without spaces: any character may start a word.
        assert!(has_word_starting("漢字AI漢字", &Needle::new("ai")));
    }

    #[test]
    fn a_short_word_in_capitals_keeps_its_case() {
        assert!(has_word_starting("Leads IT operations", &Needle::new("IT")));
        assert!(!has_word_starting("Makes it known", &Needle::new("IT")));
        assert!(has_word_starting("Makes it known", &Needle::new("it")));
        assert!(has_word_starting("Leads IT operations", &Needle::new("it")));
        assert!(has_word_starting("IKT-stratégia", &Needle::new("IKT")));
        let text = "IT, it and IT-based";
        let found: Vec<&str> = highlights(text, &words("IT"))
            .iter()
            .map(|range| &text[range.clone()])
            .collect();
        assert_eq!(found, ["IT", "IT"]);
    }

    #[test]
    fn a_search_is_its_words() {
        let texts: Vec<String> = words("  Vendor  Ügyfél IT")
            .into_iter()
            .map(|needle| needle.text)
            .collect();
        assert_eq!(texts, ["vendor", "ugyfel", "IT"]);
        assert!(words(" \t").is_empty());
    }

    #[test]
    fn highlights_cover_the_matching_start_of_each_word() {
        let text = "Vendors, vendor selection and Ügyfél";
        let ranges = highlights(text, &words("vendor ugyf"));
        let found: Vec<&str> = ranges.iter().map(|range| &text[range.clone()]).collect();
        assert_eq!(found, ["Vendor", "vendor", "Ügyf"]);
        // Decomposed: the combining mark belongs to the letter before it.
        let text = "U\u{308}gyfél";
        let ranges = highlights(text, &words("ugyf"));
        assert_eq!(
            ranges
                .iter()
                .map(|range| &text[range.clone()])
                .collect::<Vec<_>>(),
            ["U\u{308}gyf"]
        );
        assert!(highlights("explains", &words("ai")).is_empty());
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(fold("Ωμέγα 漢字"), "ωμεγα 漢字");
    }
}
