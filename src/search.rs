//! Matching a search term the way a person means it: ignoring case and accents,
//! so that `ugyfel` finds `ügyfél` and `Vendor` finds `vendors`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` in lower case with its accents taken off: `Ügyfél` and `u` + U+0308
/// `gyfél` both fold to `ugyfel`.
pub(crate) fn fold(text: &str) -> String {
    // Lower case first: some capitals lower to a letter and a combining mark
    // (`İ` to `i` + U+0307), which decomposing then drops with the other marks.
    text.chars()
        .flat_map(char::to_lowercase)
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .collect()
}

/// Terms this short are matched as whole words: as parts of words they are
/// everywhere (`it` in "its", "itself", "with"; `ai` in "available").
const WHOLE_WORD_UP_TO: usize = 3;

/// Whether `haystack` contains `needle`, both compared folded; `needle` must
/// already be folded. A needle of up to three characters must stand as a word
/// of its own; a longer one may be part of a word (`biztonság` in
/// "kiberbiztonság", `security` in "cybersecurity").
pub(crate) fn contains_folded(haystack: &str, needle: &str) -> bool {
    let haystack = fold(haystack);
    if needle.chars().count() > WHOLE_WORD_UP_TO {
        return haystack.contains(needle);
    }
    // A letter of a cased script, or a digit, continues a word; CJK and
    // other scripts without spaces have no word edges to respect.
    let in_word = |c: Option<char>| c.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    haystack.match_indices(needle).any(|(at, found)| {
        !in_word(haystack[..at].chars().next_back())
            && !in_word(haystack[at + found.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_hungarian_accents() {
        assert_eq!(fold("Ügyfél ŐRZŐ űrlap"), "ugyfel orzo urlap");
        assert!(contains_folded(
            "A vállalaton kívüli ügyfelek",
            &fold("UGYFEL")
        ));
        assert!(contains_folded("Works with vendors", &fold("Vendor")));
        assert!(!contains_folded("budget", &fold("vendor")));
    }

    #[test]
    fn decomposed_input_folds_like_composed_input() {
        // `u` followed by a combining diaeresis, as some keyboards and macOS file names write it.
        assert_eq!(fold("u\u{308}gyfe\u{301}l"), "ugyfel");
        assert!(contains_folded("Ügyfél", &fold("U\u{308}GYFE\u{301}L")));
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn short_terms_match_whole_words_only() {
        assert!(contains_folded("Leads IT operations", &fold("it")));
        assert!(!contains_folded("Keeps its users", &fold("it")));
        assert!(!contains_folded("Keeps information available", &fold("AI")));
        assert!(contains_folded("Uses AI, carefully.", &fold("ai")));
        assert!(contains_folded("Cybersecurity", &fold("security")));
        assert!(contains_folded("漢字AI漢字", &fold("ai")));
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(fold("Ωμέγα 漢字"), "ωμεγα 漢字");
    }
}
