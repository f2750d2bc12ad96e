//! The dataset as it is written in YAML: sources, themes, roles and what roles share.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A string of the dataset: borrowed from the binary for the built-in dataset,
/// which so costs no allocation at start-up, and owned for a user's.
pub type Str = Cow<'static, str>;

/// A language the dataset and the interface are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the language every text must have.
    En,
    /// Hungarian.
    Hu,
}

impl Lang {
    /// Every language, in the order they are listed to users.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Hu];

    /// The code users type and datasets use (`en`, `hu`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hu => "hu",
        }
    }

    /// Looks a language up by its code, ignoring case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One dataset file: everything is optional so that a user's file may add only roles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    /// The documents statements cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The axes a comparison aligns on, in display order.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// The roles themselves.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// What two or more roles have in common.
    #[serde(default)]
    pub shared: Vec<Shared>,
}

/// A document that statements cite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier items cite it by.
    pub id: Str,
    /// The document's own title, in its own language.
    pub title: Str,
    /// The language the document is written in.
    pub language: Str,
    /// Where the document is kept, as a file name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Str>,
}

/// An axis of comparison, such as strategy or security.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Identifier items refer to it by.
    pub id: Str,
    /// What a row of this theme is headed with.
    pub label: Text,
}

/// An executive role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Identifier users type (`cto`).
    pub id: Str,
    /// The short form used as a column heading (`CTO`).
    pub abbreviation: Str,
    /// The full title.
    pub title: Text,
    /// What the role is, in a sentence.
    pub summary: Statement,
    /// Where the role looks: inward to the organisation or outward to customers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<Statement>,
    /// What the role is answerable for.
    #[serde(default)]
    pub responsibilities: Vec<Item>,
    /// What the role pays most attention to.
    #[serde(default)]
    pub focus: Vec<Item>,
    /// What makes the role hard.
    #[serde(default)]
    pub challenges: Vec<Item>,
}

/// What a group of roles has in common.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shared {
    /// Identifier of this group.
    pub id: Str,
    /// The roles it concerns, two or more.
    pub roles: Vec<Str>,
    /// How the roles relate, in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Statement>,
    /// How the roles work together.
    #[serde(default)]
    pub collaboration: Vec<Item>,
    /// Challenges the roles face alike.
    #[serde(default)]
    pub challenges: Vec<Item>,
}

/// One cited statement about a role: a responsibility, a focus area or a challenge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The theme the item is aligned on.
    pub theme: Str,
    /// A few words.
    pub title: Text,
    /// A sentence or two.
    pub detail: Text,
    /// The ids of the sources it comes from.
    pub sources: Vec<Str>,
}

/// A short text in every language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English, always present.
    pub en: Str,
    /// Hungarian, when translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hu: Option<Str>,
}

impl Text {
    /// The text in `lang`, or `None` when it has not been translated.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Hu => self.hu.as_deref(),
        }
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang).unwrap_or(&self.en)
    }
}

/// A text in every language together with the sources it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// English, always present.
    pub en: Str,
    /// Hungarian, when translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hu: Option<Str>,
    /// The ids of the sources it comes from.
    pub sources: Vec<Str>,
}

impl Statement {
    /// The text in `lang`, or `None` when it has not been translated.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Hu => self.hu.as_deref(),
        }
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang).unwrap_or(&self.en)
    }
}

/// The parts of a role card, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// What each role is answerable for.
    Responsibilities,
    /// What each role pays most attention to.
    Focus,
    /// What makes each role hard.
    Challenges,
    /// How the roles work together and the challenges they share.
    Shared,
}

impl Section {
    /// Every section, in display order.
    pub const ALL: [Section; 4] = [
        Section::Responsibilities,
        Section::Focus,
        Section::Challenges,
        Section::Shared,
    ];

    /// The name users type and YAML keys use.
    pub fn key(self) -> &'static str {
        match self {
            Section::Responsibilities => "responsibilities",
            Section::Focus => "focus",
            Section::Challenges => "challenges",
            Section::Shared => "shared",
        }
    }
}

impl Role {
    /// Every item of the role: its responsibilities, then focus areas, then challenges.
    pub fn every_item(&self) -> impl Iterator<Item = &Item> {
        self.responsibilities
            .iter()
            .chain(&self.focus)
            .chain(&self.challenges)
    }

    /// The role's items in one of its own sections; `Shared` lives outside the role.
    pub fn items(&self, section: Section) -> &[Item] {
        match section {
            Section::Responsibilities => &self.responsibilities,
            Section::Focus => &self.focus,
            Section::Challenges => &self.challenges,
            Section::Shared => &[],
        }
    }
}
