//! What a problem says, as data: each kind of mistake with what it names, so
//! that the interface can word it in any language. [`fmt::Display`] words it
//! in English, for the build script and for this crate's own tests.

use std::fmt;

use crate::input::{MAX_ID, MAX_PROBLEMS};
use crate::model::{Lang, NULL_MESSAGE};
use crate::path::Position;
use crate::suggest::shorten;

/// What an id names, or what a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A source.
    Source,
    /// A theme.
    Theme,
    /// A role.
    Role,
    /// A shared group.
    Shared,
    /// An item.
    Item,
    /// A disagreement.
    Disagreement,
    /// A whole dataset file (only as a record).
    File,
}

impl Kind {
    /// The word for the kind before `id` (`role id 'x'`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Theme => "theme",
            Kind::Role => "role",
            Kind::Shared => "shared",
            Kind::Item => "item",
            Kind::Disagreement => "disagreement",
            Kind::File => "dataset file",
        }
    }

    /// The word for a record of the kind (`a shared group`).
    pub fn record(self) -> &'static str {
        match self {
            Kind::Shared => "shared group",
            other => other.name(),
        }
    }
}

/// A value's shape, as a shape error names what was expected and found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A string.
    Text,
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// YAML's null.
    Null,
    /// A map of languages, `{ en: …, hu: … }`.
    Translations,
    /// A map of languages with sources, `{ en: …, sources: [...] }`.
    CitedText,
    /// One of a few words, such as a skill's relation (`essential`, `optional`).
    OneOf(Vec<String>),
    /// Anything else, as the parser words it.
    Other(String),
}

/// A field with no text in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    /// A text's translation into a language.
    Text(Lang),
    /// The field under this key.
    Key(&'static str),
}

/// What is wrong with a value's shape, found by reading it into the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeError {
    /// A key the record does not have, and the one probably meant or the keys there are.
    UnknownField {
        /// The key as written.
        field: String,
        /// The record it stands in.
        record: Kind,
        /// The key nearest to it, if one is near.
        suggestion: Option<String>,
        /// Every key the record has.
        expected: Vec<&'static str>,
    },
    /// A key of a text that is not a language (or `sources`, where it may be).
    UnknownLanguage {
        /// The key as written.
        key: String,
        /// Whether `sources` would have been right.
        cited: bool,
    },
    /// A required key that is missing.
    Missing {
        /// The missing key.
        field: String,
        /// The record it belongs to.
        record: Kind,
    },
    /// A value of the wrong shape.
    Expected {
        /// What belongs there.
        expected: Shape,
        /// What is there.
        found: Shape,
    },
    /// A text given twice in one language.
    TextTwice(Lang),
    /// YAML's null where text belongs.
    Null,
    /// Anything else, as the parser words it.
    Other(String),
}

/// Why a dataset file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// It names a directory.
    Directory,
    /// It names a FIFO, socket or device.
    NotAFile,
    /// Reading it would wait for data that may never come.
    WouldBlock,
    /// It is larger than the limit (its size, when known).
    OverLimit {
        /// The limit in MiB.
        max_mib: u64,
        /// Its size in bytes, when it says.
        size: Option<u64>,
    },
    /// The system refused to read it.
    Io {
        /// What kind of failure.
        kind: std::io::ErrorKind,
        /// The system's words, in English.
        text: String,
    },
    /// A byte is not UTF-8.
    NotUtf8,
    /// It holds a NUL byte.
    Nul,
}

/// What a problem says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The file holds nothing.
    EmptyFile,
    /// Collections nest deeper than a dataset ever does.
    TooDeep,
    /// A second YAML document starts.
    SecondDocument,
    /// The top of the file is not a mapping.
    NotAMapping,
    /// A list was expected.
    ExpectedList,
    /// An anchor or alias.
    Anchor,
    /// A key that is not text.
    KeyNotText,
    /// A YAML tag.
    Tag,
    /// A tab used for indentation.
    TabIndent,
    /// A quoted text without its closing quote.
    UnclosedQuote,
    /// A backslash in double quotes that starts no escape YAML knows.
    UnknownEscape,
    /// A key without its `:`.
    MissingColon,
    /// Any other syntax error, in the parser's words.
    Syntax(String),
    /// A key given twice in one mapping, and the line of the first.
    DuplicateKey {
        /// The key.
        key: String,
        /// The line it first stands on.
        first_line: usize,
    },
    /// A value of the wrong shape, at a place in the file (`roles[0].title`).
    Shape {
        /// Where, as keys and indexes; empty at the top.
        place: String,
        /// What is wrong (boxed: the largest kind of message).
        error: Box<ShapeError>,
    },
    /// An id that is not lowercase letters, digits and `-`.
    InvalidId {
        /// What it names.
        kind: Kind,
        /// The id.
        id: String,
    },
    /// An id defined twice, and where it was first.
    DuplicateId {
        /// What it names.
        kind: Kind,
        /// The id.
        id: String,
        /// The file and position of the first definition.
        first: Option<Box<(String, Option<Position>)>>,
    },
    /// A reference to an id that no file defines.
    UnknownId {
        /// What it names.
        kind: Kind,
        /// The id.
        id: String,
        /// A known id near it.
        suggestion: Option<String>,
    },
    /// A field with no text.
    Empty(Blank),
    /// A text with no translation into a language (a warning).
    NoTranslation(Lang),
    /// A statement citing no source.
    Uncited,
    /// A disagreement naming no roles.
    NoRoles,
    /// A disagreement with no sides.
    NoSides,
    /// An item on one side with the title of an item on another.
    SameTitle {
        /// The item's id.
        item: String,
        /// The title they share.
        title: String,
    },
    /// A role with no items at all.
    NoItems {
        /// The role's id.
        role: String,
    },
    /// A role named twice in one shared group.
    NamedTwice {
        /// The role's id.
        role: String,
    },
    /// A skill a role is linked to more than once, which would be counted
    /// twice but shown once.
    SkillTwice {
        /// The skill's label.
        label: String,
    },
    /// A text still holding a placeholder `roles new` wrote, which begins
    /// with [`crate::PLACEHOLDER`] (a warning).
    Placeholder {
        /// The text, placeholder and all.
        text: String,
    },
    /// A shared group of fewer than two roles.
    TooFewRoles,
    /// A file that cannot be a dataset, or cannot be read.
    File(FileError),
    /// How many more problems there were than were kept.
    More {
        /// How many errors were not kept.
        errors: usize,
        /// How many warnings were not kept.
        warnings: usize,
    },
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Shape::OneOf(words) = self {
            return write!(f, "one of {}", quoted_words(words));
        }
        f.write_str(match self {
            Shape::Text => "text",
            Shape::List => "a list",
            Shape::Mapping => "a mapping",
            Shape::Null => "null",
            Shape::Translations => "a text, such as { en: …, hu: … }",
            Shape::CitedText => "a text with its sources, such as { en: …, sources: [...] }",
            Shape::Other(words) => words,
            Shape::OneOf(_) => "",
        })
    }
}

/// Words quoted as a file writes them and joined: `` `a`, `b` ``.
pub fn quoted_words(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|word| format!("`{word}`")).collect();
    quoted.join(", ")
}

/// `a role`, `an item`.
pub fn article(word: &str) -> String {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {word}"),
        _ => format!("a {word}"),
    }
}

/// `` `a`, `b` ``: keys quoted for a message.
pub fn quoted(keys: &[&str]) -> String {
    let keys: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    keys.join(", ")
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::UnknownField {
                field,
                record,
                suggestion,
                expected,
            } => {
                write!(f, "unknown field `{field}` in {}", article(record.record()))?;
                match suggestion {
                    Some(near) => write!(f, " (did you mean `{near}`?)"),
                    None => write!(f, "; expected {}", quoted(expected)),
                }
            }
            ShapeError::UnknownLanguage { key, cited } => {
                let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
                write!(
                    f,
                    "unknown field `{key}`: expected a language ({})",
                    quoted(&codes)
                )?;
                if *cited {
                    f.write_str(", or `sources`")?;
                }
                Ok(())
            }
            ShapeError::Missing { field, record } => {
                write!(f, "this {} has no `{field}`", record.record())
            }
            ShapeError::Expected { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ShapeError::TextTwice(lang) => write!(f, "the `{lang}` text is given twice"),
            ShapeError::Null => f.write_str(NULL_MESSAGE),
            ShapeError::Other(words) => f.write_str(words),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Directory => f.write_str("is a directory, not a dataset file"),
            FileError::NotAFile => f.write_str(
                "is not a regular file (a FIFO, socket or device); a dataset must be a file",
            ),
            FileError::WouldBlock => f.write_str(
                "cannot read: it would wait for data that may never come; a dataset must be a file",
            ),
            FileError::OverLimit { max_mib, size } => {
                let measured = size.map_or(String::new(), |size| format!("{}, ", bytes(size)));
                write!(
                    f,
                    "is {measured}over the {max_mib} MiB limit for a dataset file (raise it with --max-data-size MIB)"
                )
            }
            FileError::Io { text, .. } => write!(f, "cannot read: {text}"),
            FileError::NotUtf8 => f.write_str("is not UTF-8 text: a byte here is not valid UTF-8"),
            FileError::Nul => f.write_str("is not a text file: it holds a NUL byte"),
        }
    }
}

/// A byte count as people read it: `512 bytes`, `3.2 MiB`.
pub fn bytes(count: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if count >= MIB {
        format!("{:.1} MiB", count as f64 / MIB as f64)
    } else {
        format!("{count} bytes")
    }
}

/// `name:line:column`, or the name alone.
pub fn located(name: &str, position: Option<Position>) -> String {
    match position {
        Some((line, column)) => format!("{name}:{line}:{column}"),
        None => name.to_owned(),
    }
}

impl Message {
    /// The English words of a message that names nothing.
    fn fixed(&self) -> Option<&'static str> {
        Some(match self {
            Message::EmptyFile => {
                "the file is empty; a dataset needs at least one of `sources`, `themes`, \
                 `roles`, `shared`, `disagreements`"
            }
            Message::TooDeep => "the YAML is nested too deeply to be a dataset",
            Message::SecondDocument => {
                "a second YAML document starts here (`---`); a dataset is one document"
            }
            Message::NotAMapping => {
                "a dataset is a mapping of `sources`, `themes`, `roles` and `shared`"
            }
            Message::ExpectedList => "expected a list",
            Message::Anchor => {
                "anchors and aliases (`&name`, `*name`) are not used in datasets; write the value out"
            }
            Message::KeyNotText => "a key must be plain text",
            Message::Tag => "YAML tags (`!name`) are not used in datasets; write the value plainly",
            Message::TabIndent => "a tab is used for indentation here; YAML indents with spaces",
            Message::UnknownEscape => {
                "this quoted text has a backslash that starts no escape YAML knows: \
                 write `\\\\` for a backslash, or put the text in single quotes"
            }
            Message::UnclosedQuote => {
                "this quoted text is not closed: its closing quote is missing"
            }
            Message::MissingColon => "a `:` is missing after this key",
            Message::Uncited => "cites no source; every statement needs one",
            Message::NoRoles => "`roles` must name the roles it concerns",
            Message::NoSides => "a disagreement needs at least one side",
            Message::TooFewRoles => "`roles` must name at least two different roles",
            _ => return None,
        })
    }
}

/// Says that `id` is taken, and where it was first given, when known.
fn duplicate(
    f: &mut fmt::Formatter<'_>,
    kind: Kind,
    id: &str,
    first: Option<&(String, Option<Position>)>,
) -> fmt::Result {
    write!(f, "duplicate {} id '{}'", kind.name(), shorten(id))?;
    if let Some((name, position)) = first {
        write!(f, ", first defined at {}", located(name, *position))?;
    }
    Ok(())
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(words) = self.fixed() {
            return f.write_str(words);
        }
        match self {
            Message::Syntax(words) => write!(f, "YAML syntax: {words}"),
            Message::DuplicateKey { key, first_line } => write!(
                f,
                "key `{key}` is given twice in one mapping (first at line {first_line})"
            ),
            Message::Shape { place, error } if place.is_empty() => write!(f, "{error}"),
            Message::Shape { place, error } => write!(f, "{place}: {error}"),
            Message::InvalidId { kind, id } => write!(
                f,
                "{} id '{}' must be 1 to {MAX_ID} lowercase letters, digits and '-'",
                kind.name(),
                shorten(id)
            ),
            Message::DuplicateId { kind, id, first } => duplicate(f, *kind, id, first.as_deref()),
            Message::UnknownId {
                kind,
                id,
                suggestion,
            } => {
                write!(f, "unknown {} '{}'", kind.name(), shorten(id))?;
                if let Some(near) = suggestion {
                    write!(f, " (did you mean '{near}'?)")?;
                }
                Ok(())
            }
            Message::Empty(Blank::Text(lang)) => write!(f, "{} text is empty", lang.english_name()),
            Message::Empty(Blank::Key(key)) => write!(f, "{key} is empty"),
            Message::NoTranslation(lang) => {
                write!(f, "no '{lang}' translation; English is shown instead")
            }
            Message::SameTitle { item, title } => write!(
                f,
                "item '{}' has the title '{}', as an item on another side does; give each side's items titles of their own",
                shorten(item),
                shorten(title)
            ),
            Message::NoItems { role } => write!(
                f,
                "role '{}' has no responsibilities, focus areas or challenges",
                shorten(role)
            ),
            Message::NamedTwice { role } => {
                write!(f, "role '{}' is named twice in this group", shorten(role))
            }
            Message::SkillTwice { label } => {
                write!(f, "skill '{}' is linked to the role twice", shorten(label))
            }
            Message::Placeholder { text } => {
                write!(f, "placeholder still to fill in: '{}'", shorten(text))
            }
            Message::File(error) => write!(f, "{error}"),
            Message::More { errors, warnings } => write!(
                f,
                "{} more problems are not listed: fix the first {MAX_PROBLEMS} and check again",
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
            | Message::TooFewRoles => Ok(()),
        }
    }
}
