//! What is wrong in a dataset file, and what the system said about one, in
//! Hungarian. The dataset crate says it in English; each match here is
//! exhaustive, so that a new kind of problem does not compile unworded.
//! YAML keys and ids stay as written, keys in backticks and ids in „…”.

use std::io;

use crate::dataset::message::{Blank, FileError, Kind, Shape, ShapeError, located};
use crate::dataset::{
    MAX_ID, MAX_PROBLEMS, Message, Position, Problem, Problems, Severity, shorten,
};
use crate::model::Lang;

/// A problem on one line: its place, `figyelmeztetés` if it is one, and what is wrong.
pub(super) fn problem(problem: &Problem) -> String {
    let severity = match problem.severity {
        Severity::Warning => ": figyelmeztetés",
        Severity::Error | Severity::Note => "",
    };
    format!(
        "{}{severity}: {}",
        problem.place(),
        message(&problem.message)
    )
}

/// The first error, and how many more `validate` would list.
pub(super) fn problems(problems: &Problems) -> String {
    let Some((first, more, files)) = problems.summary() else {
        return "az adatkészletben nincs hiba".to_owned();
    };
    let mut line = problem(first);
    if more > 0 {
        line.push_str(&format!(
            " (és még {more} hiba; mindet felsorolja a `roles validate {}` parancs)",
            files.join(" ")
        ));
    }
    line
}

/// What a problem says.
fn message(message: &Message) -> String {
    if let Some(words) = fixed(message) {
        return words.to_owned();
    }
    match message {
        Message::Syntax(words) => format!("YAML-szintaxishiba: {words}"),
        Message::DuplicateKey { key, first_line } => format!(
            "ez a kulcs kétszer szerepel ugyanabban a leképezésben: `{key}` (első előfordulása: {first_line}. sor)"
        ),
        Message::Shape { place, error } if place.is_empty() => shape_error(error),
        Message::Shape { place, error } => format!("{place}: {}", shape_error(error)),
        Message::InvalidId { kind, id } => format!(
            "érvénytelen azonosító: „{}”; egy {} azonosítója 1–{MAX_ID} ékezet nélküli kisbetűből (a–z), számjegyből és kötőjelből (-) állhat",
            shorten(id),
            name(*kind)
        ),
        Message::DuplicateId { kind, id, first } => duplicate_id(*kind, id, first.as_deref()),
        Message::UnknownId {
            kind,
            id,
            suggestion,
        } => format!(
            "ismeretlen {}: „{}”{}",
            name(*kind),
            shorten(id),
            did_you_mean(suggestion.as_deref(), "„", "”")
        ),
        Message::Empty(Blank::Text(lang)) => format!("üres {} szöveg", the_language(*lang)),
        Message::Empty(Blank::Key(key)) => format!("üres ez a mező: `{key}`"),
        Message::NoTranslation(lang) => format!(
            "nincs {} fordítás; helyette az angol szöveg jelenik meg",
            language(*lang)
        ),
        Message::SameTitle { item, title } => format!(
            "a tétel („{}”) címe megegyezik egy másik álláspont egyik tételének címével: „{}”; adjon eltérő címet a különböző álláspontok tételeinek",
            shorten(item),
            shorten(title)
        ),
        Message::NoItems { role } => format!(
            "ennek a szerepkörnek nincs sem felelősségi köre, sem fókuszterülete, sem kihívása: „{}”",
            shorten(role)
        ),
        Message::NamedTwice { role } => format!(
            "ez a szerepkör kétszer van megadva ebben a közös csoportban: „{}”",
            shorten(role)
        ),
        Message::SkillTwice { label } => format!(
            "ez a készség többször is szerepel a szerepkör készségei között: „{}”",
            shorten(label)
        ),
        Message::Placeholder { text } => format!("kitöltésre vár: „{}”", shorten(text)),
        Message::File(error) => file_error(error),
        Message::More { errors, warnings } => format!(
            "további {} probléma nincs felsorolva; javítsa ki az első {MAX_PROBLEMS} problémát, és ellenőrizze újra",
            errors + warnings
        ),
        // Said by `fixed`; listed so that a new message cannot be left unsaid.
        Message::EmptyFile
        | Message::TooDeep
        | Message::SecondDocument
        | Message::NotAMapping
        | Message::ExpectedList
        | Message::Anchor
        | Message::KeyNotText
        | Message::Tag
        | Message::TabIndent
        | Message::UnclosedQuote
        | Message::UnknownEscape
        | Message::MissingColon
        | Message::Uncited
        | Message::NoRoles
        | Message::NoSides
        | Message::TooFewRoles => String::new(),
    }
}

/// Says that `id` is taken, and where it was first given, when known.
fn duplicate_id(kind: Kind, id: &str, first: Option<&(String, Option<Position>)>) -> String {
    let mut line = format!(
        "ismétlődő azonosító: „{}”; már van ilyen azonosítójú {}",
        shorten(id),
        name(kind)
    );
    if let Some((file, position)) = first {
        line.push_str(&format!(
            " (első előfordulása: {})",
            located(file, *position)
        ));
    }
    line
}

/// The words of a message that names nothing.
fn fixed(message: &Message) -> Option<&'static str> {
    Some(match message {
        Message::EmptyFile => {
            "a fájl üres; az adatkészletnek tartalmaznia kell legalább egyet ezek közül: \
             `sources`, `themes`, `roles`, `shared`, `disagreements`"
        }
        Message::TooDeep => {
            "a YAML-szerkezet elemei túl mélyen ágyazódnak egymásba; adatkészletben nincs ilyen mély beágyazás"
        }
        Message::SecondDocument => {
            "itt újabb YAML-dokumentum kezdődik (`---`); egy adatkészletfájl csak egy dokumentumot tartalmazhat"
        }
        Message::NotAMapping => {
            "a fájl legfelső szintjén leképezésnek kell állnia, ezekkel a kulcsokkal: `sources`, `themes`, `roles`, `shared`, `disagreements`"
        }
        Message::ExpectedList => "itt listának kell állnia",
        Message::Anchor => {
            "adatkészletben nem használható horgony és hivatkozás (`&név`, `*név`); írja be az értéket teljes egészében minden helyre"
        }
        Message::KeyNotText => "a kulcs csak egyszerű szöveg lehet",
        Message::Tag => {
            "adatkészletben nem használható YAML-címke (`!név`); írja le az értéket címke nélkül"
        }
        Message::TabIndent => {
            "ez a sor tabulátorral van behúzva; a YAML-ben csak szóközzel lehet behúzni"
        }
        Message::UnclosedQuote => {
            "ez az idézőjelbe tett szöveg nincs lezárva: hiányzik a záró idézőjel"
        }
        Message::UnknownEscape => {
            "ebben az idézőjelbe tett szövegben olyan fordított perjel áll, amely nem kezd \
             érvényes YAML-escape-sorozatot: a fordított perjelet `\\\\` alakban írja, \
             vagy tegye a szöveget egyszeres idézőjelek közé"
        }
        Message::MissingColon => "a kulcs után hiányzik a `:`",
        Message::Uncited => "nincs megadva forrás; minden állításhoz meg kell adni legalább egyet",
        Message::NoRoles => "a `roles` mezőben meg kell adni az érintett szerepköröket",
        Message::NoSides => "az eltéréshez legalább egy álláspontot meg kell adni (`sides`)",
        Message::TooFewRoles => "a `roles` mezőben legalább két különböző szerepkört kell megadni",
        _ => return None,
    })
}

/// What is wrong with a value's shape.
fn shape_error(error: &ShapeError) -> String {
    match error {
        ShapeError::UnknownField {
            field,
            record,
            suggestion,
            expected,
        } => {
            let rest = match suggestion.as_deref() {
                Some(near) => did_you_mean(Some(near), "`", "`"),
                None => format!(". Lehetséges mezők: {}.", keys(expected)),
            };
            format!("ismeretlen mező {}: `{field}`{rest}", inside(*record))
        }
        ShapeError::UnknownLanguage { key, cited } => {
            let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
            let sources = if *cited { " vagy `sources`" } else { "" };
            format!(
                "ismeretlen mező: `{key}`; itt csak nyelvkód ({}){sources} állhat",
                keys(&codes)
            )
        }
        ShapeError::Missing { field, record } => {
            format!("ennek {} nincs `{field}` mezője", dative(*record))
        }
        ShapeError::Expected { expected, found } => {
            format!("rossz értéktípus: {}; ide ez kell: {}", shape(found), shape(expected))
        }
        ShapeError::TextTwice(lang) => format!(
            "kétszer szerepel {} szöveg (`{}`)",
            the_language(*lang),
            lang.code()
        ),
        ShapeError::Null => "itt szövegnek kell állnia, de nincs (a mező hiányzik, vagy az értéke `~`, \
                             `null` vagy üres); írja be a szöveget, vagy hagyja el a nem kötelező mezőt"
            .to_owned(),
        // The YAML library's own words.
        ShapeError::Other(words) => format!("érvénytelen érték: {words}"),
    }
}

/// A value's shape as a noun.
fn shape(shape: &Shape) -> String {
    match shape {
        Shape::Text => "szöveg".to_owned(),
        Shape::List => "lista".to_owned(),
        Shape::Mapping => "leképezés".to_owned(),
        Shape::Null => "üres érték".to_owned(),
        Shape::Translations => "nyelvenkénti szöveg, például { en: …, hu: … }".to_owned(),
        Shape::CitedText => {
            "forrásokkal ellátott szöveg, például { en: …, sources: [...] }".to_owned()
        }
        Shape::Other(words) => other_shape(words),
        Shape::OneOf(words) => format!(
            "a következők egyike: {}",
            crate::dataset::message::quoted_words(words)
        ),
    }
}

/// A shape serde names (`boolean `true``, `a role`), in Hungarian where it
/// is one a dataset can hold; else as serde words it.
fn other_shape(words: &str) -> String {
    let scalars = [
        ("boolean ", "logikai érték"),
        ("integer ", "egész szám"),
        ("floating point ", "tizedes tört"),
    ];
    for (english, hungarian) in scalars {
        if let Some(value) = words.strip_prefix(english) {
            return format!("{hungarian} ({value})");
        }
    }
    let record = match words {
        "a source" => "forrás",
        "a theme" => "téma",
        "a role" => "szerepkör",
        "a shared" => "közös csoport",
        "an item" => "tétel",
        "a classification" => "besorolás",
        "an altlabel" => "más név",
        "a disagreement" => "eltérés",
        "a side" => "álláspont",
        "a datasetfile" => "adatkészlet",
        // serde's words for a text and a text's key.
        "text" => "szöveg",
        "a language code" => "nyelvkód",
        other => return other.to_owned(),
    };
    record.to_owned()
}

/// Why a dataset file could not be read.
fn file_error(error: &FileError) -> String {
    match error {
        FileError::Directory => "ez egy könyvtár, nem adatkészletfájl".to_owned(),
        FileError::NotAFile => "nem közönséges fájl (hanem FIFO, foglalat vagy eszköz); \
                                az adatkészletnek közönséges fájlnak kell lennie"
            .to_owned(),
        FileError::WouldBlock => "nem olvasható: az olvasás olyan adatra várna, amely talán \
                                  sosem érkezik meg; az adatkészletnek közönséges fájlnak kell lennie"
            .to_owned(),
        FileError::OverLimit { max_mib, size } => {
            let measured = size.map_or(String::new(), |size| format!(" ({})", bytes(size)));
            format!(
                "túl nagy{measured}; egy adatkészletfájl legfeljebb {max_mib} MiB lehet \
                 (a korlát a --max-data-size MIB kapcsolóval emelhető)"
            )
        }
        FileError::Io { kind, text } => {
            format!("nem olvasható: {}", io_kind(*kind).unwrap_or(text))
        }
        FileError::NotUtf8 => {
            "nem UTF-8 kódolású szöveg: az itt álló bájt nem érvényes UTF-8".to_owned()
        }
        FileError::Nul => "nem szövegfájl: NUL-bájtot tartalmaz".to_owned(),
    }
}

/// The common kinds of system error, as Hungarian systems word them; the
/// rarer keep the system's English words.
pub(super) fn io_kind(kind: io::ErrorKind) -> Option<&'static str> {
    use io::ErrorKind::*;
    Some(match kind {
        NotFound => "nincs ilyen fájl vagy könyvtár",
        PermissionDenied => "engedély megtagadva",
        IsADirectory => "ez egy könyvtár",
        NotADirectory => "az útvonal egyik tagja nem könyvtár",
        AlreadyExists => "a fájl már létezik",
        StorageFull => "nincs több hely az eszközön",
        QuotaExceeded => "betelt a lemezkvóta",
        FileTooLarge => "a fájl túl nagy",
        ReadOnlyFilesystem => "csak olvasható fájlrendszer",
        InvalidFilename => "érvénytelen vagy túl hosszú fájlnév",
        InvalidData => "érvénytelen adat (például nem UTF-8 kódolású szöveg)",
        TooManyLinks => "túl sok szimbolikus link",
        _ => return None,
    })
}

/// A byte count as people read it here: `512 bájt`, `3,2 MiB`.
fn bytes(count: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if count >= MIB {
        format!("{:.1} MiB", count as f64 / MIB as f64).replace('.', ",")
    } else {
        format!("{count} bájt")
    }
}

/// `. Talán erre gondolt: „x”?`, quoted by `open` and `close`; nothing without one.
fn did_you_mean(near: Option<&str>, open: &str, close: &str) -> String {
    near.map(|near| format!(". Talán erre gondolt: {open}{near}{close}?"))
        .unwrap_or_default()
}

/// `` `a`, `b` ``.
fn keys(keys: &[&str]) -> String {
    let keys: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    keys.join(", ")
}

/// What an id names: `szerepkör`.
fn name(kind: Kind) -> &'static str {
    match kind {
        Kind::Source => "forrás",
        Kind::Theme => "téma",
        Kind::Role => "szerepkör",
        Kind::Shared => "közös csoport",
        Kind::Item => "tétel",
        Kind::Disagreement => "eltérés",
        Kind::File => "adatkészletfájl",
    }
}

/// In a record of the kind: `egy szerepkörben`.
fn inside(kind: Kind) -> &'static str {
    match kind {
        Kind::Source => "egy forrásban",
        Kind::Theme => "egy témában",
        Kind::Role => "egy szerepkörben",
        Kind::Shared => "egy közös csoportban",
        Kind::Item => "egy tételben",
        Kind::Disagreement => "egy eltérésben",
        Kind::File => "az adatkészletfájlban",
    }
}

/// To a record of the kind, with its article, after `ennek`: `a szerepkörnek`.
fn dative(kind: Kind) -> &'static str {
    match kind {
        Kind::Source => "a forrásnak",
        Kind::Theme => "a témának",
        Kind::Role => "a szerepkörnek",
        Kind::Shared => "a közös csoportnak",
        Kind::Item => "a tételnek",
        Kind::Disagreement => "az eltérésnek",
        Kind::File => "az adatkészletfájlnak",
    }
}

/// A language as an adjective: `magyar`.
fn language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "angol",
        Lang::Hu => "magyar",
    }
}

/// A language as an adjective with its article: `a magyar`, `az angol`.
fn the_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "az angol",
        Lang::Hu => "a magyar",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::english::english_words;
    use std::collections::BTreeSet;

    /// How many kinds of message there are; `variant` numbers them.
    const VARIANTS: usize = 30;

    /// Each kind of message by number: exhaustive, so that a new one does
    /// not compile until it is numbered here, and then the test below asks
    /// for an example of it.
    fn variant(message: &Message) -> usize {
        match message {
            Message::EmptyFile => 0,
            Message::TooDeep => 1,
            Message::SecondDocument => 2,
            Message::NotAMapping => 3,
            Message::ExpectedList => 4,
            Message::Anchor => 5,
            Message::KeyNotText => 6,
            Message::Tag => 7,
            Message::TabIndent => 8,
            Message::UnclosedQuote => 9,
            Message::MissingColon => 10,
            Message::Syntax(_) => 11,
            Message::DuplicateKey { .. } => 12,
            Message::Shape { .. } => 13,
            Message::InvalidId { .. } => 14,
            Message::DuplicateId { .. } => 15,
            Message::UnknownId { .. } => 16,
            Message::Empty(_) => 17,
            Message::NoTranslation(_) => 18,
            Message::Uncited => 19,
            Message::NoRoles => 20,
            Message::NoSides => 21,
            Message::SameTitle { .. } => 22,
            Message::NoItems { .. } => 23,
            Message::NamedTwice { .. } => 24,
            Message::TooFewRoles => 25,
            Message::File(_) | Message::More { .. } => 26,
            Message::UnknownEscape => 27,
            Message::SkillTwice { .. } => 28,
            Message::Placeholder { .. } => 29,
        }
    }

    fn shape(error: ShapeError) -> Message {
        Message::Shape {
            place: "roles[0].title".to_owned(),
            error: Box::new(error),
        }
    }

    /// One of every message, and of every part a message words.
    fn every_message() -> Vec<Message> {
        let mut messages = vec![
            Message::EmptyFile,
            Message::TooDeep,
            Message::SecondDocument,
            Message::NotAMapping,
            Message::ExpectedList,
            Message::Anchor,
            Message::KeyNotText,
            Message::Tag,
            Message::TabIndent,
            Message::UnclosedQuote,
            Message::UnknownEscape,
            Message::MissingColon,
            Message::Syntax("XYZ".to_owned()),
            Message::DuplicateKey {
                key: "id".to_owned(),
                first_line: 3,
            },
            Message::Uncited,
            Message::NoRoles,
            Message::NoSides,
            Message::SameTitle {
                item: "cto-plan".to_owned(),
                title: "plan".to_owned(),
            },
            Message::NoItems {
                role: "cto".to_owned(),
            },
            Message::NamedTwice {
                role: "cto".to_owned(),
            },
            Message::SkillTwice {
                label: "manage budgets".to_owned(),
            },
            Message::TooFewRoles,
            Message::Placeholder {
                text: "TODO: the full title of the role".to_owned(),
            },
            Message::More {
                errors: 3,
                warnings: 4,
            },
            Message::Empty(Blank::Key("title")),
            shape(ShapeError::UnknownLanguage {
                key: "fr".to_owned(),
                cited: true,
            }),
            shape(ShapeError::Null),
            shape(ShapeError::Other("XYZ".to_owned())),
        ];
        let kinds = [
            Kind::Source,
            Kind::Theme,
            Kind::Role,
            Kind::Shared,
            Kind::Item,
            Kind::Disagreement,
            Kind::File,
        ];
        for kind in kinds {
            let id = "x".to_owned();
            messages.extend([
                Message::InvalidId {
                    kind,
                    id: id.clone(),
                },
                Message::DuplicateId {
                    kind,
                    id: id.clone(),
                    first: Some(Box::new(("a.yaml".to_owned(), Some((1, 2))))),
                },
                Message::UnknownId {
                    kind,
                    id,
                    suggestion: Some("y".to_owned()),
                },
                shape(ShapeError::UnknownField {
                    field: "titel".to_owned(),
                    record: kind,
                    suggestion: None,
                    expected: vec!["id", "title"],
                }),
                shape(ShapeError::Missing {
                    field: "title".to_owned(),
                    record: kind,
                }),
            ]);
        }
        for lang in Lang::ALL {
            messages.extend([
                Message::Empty(Blank::Text(lang)),
                Message::NoTranslation(lang),
                shape(ShapeError::TextTwice(lang)),
            ]);
        }
        let shapes = [
            Shape::Text,
            Shape::List,
            Shape::Mapping,
            Shape::Null,
            Shape::Translations,
            Shape::CitedText,
            Shape::Other("boolean `true`".to_owned()),
            Shape::Other("a role".to_owned()),
        ];
        for found in &shapes {
            messages.push(shape(ShapeError::Expected {
                expected: Shape::Text,
                found: found.clone(),
            }));
        }
        let files = [
            FileError::Directory,
            FileError::NotAFile,
            FileError::WouldBlock,
            FileError::OverLimit {
                max_mib: 64,
                size: Some(200 * 1024 * 1024),
            },
            FileError::OverLimit {
                max_mib: 1,
                size: None,
            },
            FileError::Io {
                kind: io::ErrorKind::NotFound,
                text: "No such file or directory (os error 2)".to_owned(),
            },
            FileError::Io {
                kind: io::ErrorKind::Other,
                text: "XYZ".to_owned(),
            },
            FileError::NotUtf8,
            FileError::Nul,
        ];
        messages.extend(files.into_iter().map(Message::File));
        messages
    }

    #[test]
    fn every_message_is_worded_in_hungarian() {
        let messages = every_message();
        let variants: BTreeSet<usize> = messages.iter().map(variant).collect();
        assert_eq!(
            variants.len(),
            VARIANTS,
            "an example of each kind of message"
        );
        for message in &messages {
            let english = message.to_string();
            let hungarian = super::message(message);
            assert_ne!(hungarian, english);
            assert!(!hungarian.is_empty(), "{message:?}");
            let words = english_words(&hungarian);
            assert!(words.is_empty(), "{words:?} in {hungarian}");
        }
    }

    #[test]
    fn a_problem_keeps_its_place_and_says_warning_in_hungarian() {
        let mut problem = Problem::error("a.yaml", Some((3, 5)), Message::Uncited);
        assert_eq!(
            super::problem(&problem),
            "a.yaml:3:5: nincs megadva forrás; minden állításhoz meg kell adni legalább egyet"
        );
        problem.severity = Severity::Warning;
        problem.message = Message::NoTranslation(Lang::Hu);
        assert_eq!(
            super::problem(&problem),
            "a.yaml:3:5: figyelmeztetés: nincs magyar fordítás; helyette az angol szöveg jelenik meg"
        );
        let two = Problems(vec![
            Problem::error("a.yaml", None, Message::NoSides),
            Problem::error("b.yaml", None, Message::NoRoles),
        ]);
        assert_eq!(
            problems(&two),
            "a.yaml: az eltéréshez legalább egy álláspontot meg kell adni (`sides`) \
             (és még 1 hiba; mindet felsorolja a `roles validate a.yaml b.yaml` parancs)"
        );
    }

    #[test]
    fn sizes_are_written_with_a_decimal_comma() {
        assert_eq!(bytes(512), "512 bájt");
        assert_eq!(bytes(3 * 1024 * 1024 + 200 * 1024), "3,2 MiB");
    }
}
