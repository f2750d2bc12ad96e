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

/// Whether `haystack` contains `needle`, both compared folded; `needle` must already be folded.
pub(crate) fn contains_folded(haystack: &str, needle: &str) -> bool {
    fold(haystack).contains(needle)
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
    fn other_scripts_pass_through() {
        assert_eq!(fold("Ωμέγα 漢字"), "ωμεγα 漢字");
    }
}
