//! The words of the interface itself (headings, column names, messages): one
//! catalogue per language, each a file of its own, and every one complete,
//! since a missing word does not compile.

mod catalogue;
mod en;
mod hu;
mod hu_problems;
mod hu_usage;

pub use self::catalogue::{Labels, OptionalList, StarterWords, Verdict};
use crate::model::Lang;

/// The marks tables and legends use, in one style of drawing.
#[derive(Debug)]
pub struct Marks {
    /// Put before themes that every compared role has.
    pub common: &'static str,
    /// Put before themes on which the sources disagree.
    pub contested: &'static str,
    /// What a cell shows when no source says anything there: not "nothing",
    /// which a reader would take for "this role has no part in it".
    pub not_covered: &'static str,
    /// Put before each item's title in a table cell; one column wide, as
    /// the layout leaves it and a space two columns.
    pub item: &'static str,
    /// Between the parts of a legend on one line.
    pub separator: &'static str,
    /// Between a role's abbreviation and title, where the language's own
    /// dash ([`Labels::dash`]) cannot be shown.
    pub dash: Option<&'static str>,
    /// Ends a text shortened to fit its line.
    pub ellipsis: &'static str,
    /// Follows a skill that is knowledge rather than a skill or competence.
    pub knowledge: &'static str,
    /// A role's essential link to a skill, in a grid of skills.
    pub essential: &'static str,
    /// A role's optional link to a skill, in a grid of skills.
    pub optional: &'static str,
}

/// The marks of box-drawn tables and of Markdown.
pub const UNICODE_MARKS: Marks = Marks {
    common: "●",
    contested: "≠",
    not_covered: "—",
    item: "▸",
    separator: " · ",
    dash: None,
    ellipsis: "…",
    knowledge: "◆",
    essential: "●",
    optional: "○",
};

/// The marks of `--style ascii`, for a terminal that shows only 7-bit text.
pub const ASCII_MARKS: Marks = Marks {
    common: "*",
    contested: "!=",
    not_covered: "-",
    item: ">",
    separator: " | ",
    dash: Some(" - "),
    ellipsis: "...",
    knowledge: "(k)",
    essential: "E",
    optional: "o",
};

impl Labels {
    /// The interface words in `lang`.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &en::EN,
            Lang::Hu => &hu::HU,
        }
    }
}

// One check for English in Hungarian messages, shared with the integration tests.
#[cfg(test)]
#[path = "../../tests/common/english.rs"]
pub(crate) mod english;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    use super::english::english_words;

    #[test]
    fn the_english_words_are_found() {
        assert_eq!(english_words("`the` „is not” a hiba"), Vec::<String>::new());
        assert_eq!(english_words("unknown field `x`"), ["unknown"]);
    }

    /// Every catalogue has every word: the struct makes each one present,
    /// and this checks that none is left empty and that each function
    /// answers for every value it is asked about.
    #[test]
    fn every_catalogue_is_complete() {
        for lang in Lang::ALL {
            let labels = Labels::of(lang);
            let shown = format!("{labels:?}");
            assert!(
                !shown.contains(": \"\""),
                "{lang}: an empty word in {shown}"
            );
            for section in Section::ALL {
                assert!(!labels.section_name(section).is_empty(), "{lang}");
                assert!(labels.item_kind(section) != Some(""), "{lang}");
            }
            for text in [
                labels.untranslated(2),
                labels.named_twice("x"),
                labels.no_match("x"),
                labels.named_role("x", "X", "Ex", "Other"),
                labels.cannot_write("f"),
                labels.join_roles(&["A", "B"]),
                labels.written_in("en"),
            ] {
                assert!(text.len() > 2, "{lang}: {text:?}");
            }
        }
    }

    /// A language other than English says its own words, not English ones.
    #[test]
    fn every_other_catalogue_is_translated() {
        let english = Labels::of(Lang::En);
        for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
            let labels = Labels::of(lang);
            for section in Section::ALL {
                assert_ne!(labels.section_name(section), english.section_name(section));
            }
            assert_ne!(labels.summary, english.summary, "{lang}");
            assert_ne!(labels.error, english.error, "{lang}");
            assert_ne!(labels.untranslated(2), english.untranslated(2), "{lang}");
        }
    }

    /// The sentences a Hungarian run says beyond its tables: validate's
    /// verdicts, refusals, the pager's and the completions' errors, each
    /// Hungarian, with what they name kept as it was given.
    #[test]
    fn every_message_of_the_interface_is_hungarian() {
        use crate::replace::Refusal;
        let (english, hungarian) = (Labels::of(Lang::En), Labels::of(Lang::Hu));
        let files = ["a.yaml".to_owned(), "b.yaml".to_owned()];
        let verdict = Verdict {
            files: &files,
            roles: 6,
            themes: 15,
            sources: 3,
            errors: 2,
            warnings: 1,
        };
        let io = |kind| std::io::Error::from(kind);
        let says = |labels: &Labels| {
            let mut said = vec![
                labels.verdict(&verdict, true),
                labels.verdict(&verdict, false),
                labels.verdict(
                    &Verdict {
                        files: &files[..1],
                        ..verdict
                    },
                    false,
                ),
                labels.nothing_to_validate.to_owned(),
                labels.unknown_language("xx", "--lang"),
                labels.unreadable_pager("pg 'x"),
                labels.empty_pager.to_owned(),
                labels.cannot_start_pager("pg"),
                labels.without_pager.to_owned(),
                labels.unknown_shell("tcsh", "ROLES_COMPLETE", "bash, zsh"),
                labels.cannot_write_script.to_owned(),
                labels.cannot_write_completions.to_owned(),
                labels.cannot_complete.to_owned(),
                labels.cannot_write("x.md"),
                labels.with_help("x"),
            ];
            for kind in [
                std::io::ErrorKind::NotFound,
                std::io::ErrorKind::PermissionDenied,
                std::io::ErrorKind::IsADirectory,
                std::io::ErrorKind::NotADirectory,
                std::io::ErrorKind::AlreadyExists,
                std::io::ErrorKind::StorageFull,
                std::io::ErrorKind::InvalidData,
            ] {
                said.push(labels.io_error(&io(kind)));
            }
            for refusal in [
                Refusal::ReadByThisCommand,
                Refusal::Directory,
                Refusal::NotAFile,
                Refusal::TooManyLinks,
                Refusal::Exists,
                Refusal::PlantedLink,
            ] {
                said.push(labels.io_error(&refusal.into()));
            }
            said
        };
        for (english, hungarian) in says(english).iter().zip(says(hungarian)) {
            assert_ne!(*english, hungarian);
            let words = english_words(&hungarian);
            assert!(words.is_empty(), "{words:?} in {hungarian}");
        }
        assert_eq!(
            hungarian.verdict(&verdict, true),
            "érvényes: a.yaml, b.yaml (6 szerepkör, 15 téma, 3 forrás; 1 figyelmeztetés)"
        );
        assert_eq!(
            hungarian.verdict(&verdict, false),
            "2 hiba és 1 figyelmeztetés ezekben a fájlokban: a.yaml, b.yaml"
        );
        // A kind Hungarian has no words for keeps the system's.
        let rare = std::io::Error::other("XYZ");
        assert_eq!(hungarian.io_error(&rare), "XYZ");
    }
}
