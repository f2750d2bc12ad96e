//! Command-line mistakes in Hungarian. What was given is quoted „…” as
//! `usage` escaped it; an option or argument stays as usage writes it
//! (`--width <N>`), as `--help` shows it.

use crate::usage::{Reason, Tip, Usage};

/// What was wrong with the command line, and what clap suggests.
pub(super) fn usage(usage: &Usage) -> String {
    match usage {
        Usage::UnexpectedArgument {
            argument,
            similar,
            tips,
        } => {
            let what = if argument.starts_with('-') {
                "ismeretlen kapcsoló"
            } else {
                "fölösleges argumentum"
            };
            let mut said = vec![format!("{what}: „{argument}”")];
            said.extend(did_you_mean(similar));
            said.extend(tips.iter().map(tip));
            sentences(&said)
        }
        Usage::UnknownSubcommand {
            name,
            similar,
            tips,
        } => {
            let mut said = vec![format!("ismeretlen alparancs: „{name}”")];
            said.extend(did_you_mean(similar));
            said.extend(tips.iter().map(tip));
            sentences(&said)
        }
        Usage::MissingArguments(arguments) => match arguments.as_slice() {
            [one] => format!("hiányzik egy kötelező argumentum: {one}"),
            many => format!("hiányzó kötelező argumentumok: {}", many.join(", ")),
        },
        Usage::MissingValue { option, possible } => {
            let mut said = vec![format!("nincs megadva érték ehhez: „{option}”")];
            said.extend(possible_values(possible));
            sentences(&said)
        }
        Usage::InvalidValue {
            option,
            value,
            possible,
            similar,
        } => {
            let mut said = vec![format!("érvénytelen érték: „{value}” ({option})")];
            said.extend(did_you_mean(similar));
            said.extend(possible_values(possible));
            sentences(&said)
        }
        Usage::Unparsable {
            option,
            value,
            reason,
        } => format!("érvénytelen érték: „{value}” ({option}); {}", why(reason)),
        Usage::TooFewValues {
            argument,
            wanted,
            given,
        } => format!(
            "legalább {wanted} értéket kell megadni ehhez: „{argument}”, de csak {given} van megadva"
        ),
        Usage::UnexpectedValue { option, value } => {
            format!("fölösleges érték: „{value}”; ez a kapcsoló nem vár értéket: „{option}”")
        }
        Usage::Repeated(option) => format!("ez a kapcsoló csak egyszer adható meg: „{option}”"),
        Usage::NotUtf8 => "az egyik argumentum nem érvényes UTF-8 szöveg".to_owned(),
    }
}

/// Sentences on one line: a full stop between them, but none after a question.
fn sentences(said: &[String]) -> String {
    let mut line = String::new();
    for sentence in said {
        if !line.is_empty() {
            line.push_str(if line.ends_with('?') { " " } else { ". " });
        }
        line.push_str(sentence);
    }
    line
}

/// `Talán erre gondolt: „x”?`, if clap found anything near.
fn did_you_mean(similar: &[String]) -> Option<String> {
    match similar {
        [] => None,
        [one] => Some(format!("Talán erre gondolt: „{one}”?")),
        many => Some(format!("Talán ezek egyikére gondolt: {}?", quoted(many))),
    }
}

/// `Lehetséges értékek: a, b`, if the values are listed.
fn possible_values(possible: &[String]) -> Option<String> {
    (!possible.is_empty()).then(|| format!("Lehetséges értékek: {}", possible.join(", ")))
}

/// A suggestion of clap's.
fn tip(tip: &Tip) -> String {
    match tip {
        Tip::AsValue(used) => format!("Ha értéknek szánta, így adja meg: „{used}”"),
        Tip::Exists(name) => format!("Talán erre gondolt: „{name}”?"),
        Tip::RemoveDashes(name) => {
            format!(
                "Létezik „{name}” nevű alparancs; ha arra gondolt, hagyja el előle a „--” jelet"
            )
        }
    }
}

/// Why a value was refused.
fn why(reason: &Reason) -> String {
    match reason {
        Reason::NotANumber => "egész számot kell megadni".to_owned(),
        Reason::TooLarge => "ez a szám túl nagy".to_owned(),
        Reason::OutOfRange(first, last) => format!("az érték {first} és {last} között lehet"),
        Reason::NotADelimiter => {
            "egyetlen írásjelet (például „,” vagy „;”) vagy a „tab” szót kell megadni".to_owned()
        }
    }
}

/// `„a”, „b”`.
fn quoted(texts: &[String]) -> String {
    let texts: Vec<String> = texts.iter().map(|text| format!("„{text}”")).collect();
    texts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::english::english_words;

    /// One of every mistake, with and without what clap adds to it.
    fn every_usage() -> Vec<Usage> {
        let words = |words: &[&str]| words.iter().map(|word| (*word).to_owned()).collect();
        let mut usages = vec![
            Usage::MissingArguments(words(&["<ROLE>"])),
            Usage::MissingArguments(words(&["<ROLE>", "<TERM>..."])),
            Usage::MissingValue {
                option: "--width <N>".to_owned(),
                possible: Vec::new(),
            },
            Usage::MissingValue {
                option: "--format <FORMAT>".to_owned(),
                possible: words(&["table", "csv"]),
            },
            Usage::InvalidValue {
                option: "--style <STYLE>".to_owned(),
                value: "asci".to_owned(),
                possible: words(&["unicode", "ascii"]),
                similar: words(&["ascii"]),
            },
            Usage::TooFewValues {
                argument: "<ROLE> <ROLE>...".to_owned(),
                wanted: 2,
                given: 1,
            },
            Usage::UnexpectedValue {
                option: "--bom".to_owned(),
                value: "x".to_owned(),
            },
            Usage::Repeated("--lang <LANG>".to_owned()),
            Usage::NotUtf8,
        ];
        let tips = [
            Tip::AsValue("-- -x".to_owned()),
            Tip::Exists("list --format".to_owned()),
            Tip::RemoveDashes("list".to_owned()),
        ];
        for argument in ["--bogus", "cio"] {
            usages.push(Usage::UnexpectedArgument {
                argument: argument.to_owned(),
                similar: words(&["--lang"]),
                tips: tips.to_vec(),
            });
        }
        usages.push(Usage::UnknownSubcommand {
            name: "lst".to_owned(),
            similar: words(&["list", "last"]),
            tips: tips.to_vec(),
        });
        for reason in [
            Reason::NotANumber,
            Reason::TooLarge,
            Reason::OutOfRange("0".to_owned(), "65535".to_owned()),
            Reason::NotADelimiter,
        ] {
            usages.push(Usage::Unparsable {
                option: "--width <N>".to_owned(),
                value: "abc".to_owned(),
                reason,
            });
        }
        usages
    }

    #[test]
    fn every_mistake_is_worded_in_hungarian() {
        for usage in every_usage() {
            let said = super::usage(&usage);
            let words = english_words(&said);
            assert!(words.is_empty(), "{words:?} in {said}");
            assert!(!said.contains("?."), "{said}");
        }
    }

    #[test]
    fn a_suggestion_is_a_question_of_its_own() {
        let usage = Usage::InvalidValue {
            option: "--style <STYLE>".to_owned(),
            value: "asci".to_owned(),
            possible: vec!["unicode".to_owned(), "ascii".to_owned()],
            similar: vec!["ascii".to_owned()],
        };
        assert_eq!(
            super::usage(&usage),
            "érvénytelen érték: „asci” (--style <STYLE>). Talán erre gondolt: „ascii”? \
             Lehetséges értékek: unicode, ascii"
        );
    }
}
