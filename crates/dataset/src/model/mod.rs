//! The dataset as it is written in YAML: sources, themes, roles and what roles
//! share. These types are the schema: loading, checking and the build script
//! all read them, and no other description of the shape exists.

#[cfg(feature = "schema")]
mod schema;
mod skills;
mod text;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

pub use self::skills::{Relation, SkillFlag, SkillKind, SkillLink, Skills};
use self::text::present;
pub use self::text::{Lang, List, NULL_MESSAGE, Record, Statement, Str, Text, empty};

/// One dataset file: everything is optional so that a user's file may add only
/// roles. The records are of the types named by the parameters, so that a
/// checker can read the file's own keys apart from its records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "A dataset file of `roles`: sources, themes, roles, what roles share and where the sources disagree. Every part is optional, so a file may add only roles, loaded on top of the built-in dataset with `roles --data FILE`. `roles validate FILE` checks what a schema cannot: that every id it names is defined. It also reports each TODO placeholder left.",
        rename = "DatasetFile"
    )
)]
pub struct DatasetFile<
    S: Record = Source,
    T: Record = Theme,
    R: Record = Role,
    H: Record = Shared,
    D: Record = Disagreement,
> {
    /// The documents the texts in this file cite.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub sources: List<S>,
    /// The themes that items belong to. A comparison shows one row per
    /// theme, in this order.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub themes: List<T>,
    /// The roles this file defines.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub roles: List<R>,
    /// What two or more roles have in common.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub shared: List<H>,
    /// Where the sources disagree, or the dataset departs from one.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub disagreements: List<D>,
}

// Derived, it would ask every record type for a default of its own.
impl<S: Record, T: Record, R: Record, H: Record, D: Record> Default for DatasetFile<S, T, R, H, D> {
    fn default() -> Self {
        DatasetFile {
            sources: empty(),
            themes: empty(),
            roles: empty(),
            shared: empty(),
            disagreements: empty(),
        }
    }
}

/// The top of a dataset file with every record left unread, so that the
/// file's own keys are checked apart from its records.
pub(crate) type Outline = DatasetFile<IgnoredAny, IgnoredAny, IgnoredAny, IgnoredAny, IgnoredAny>;

/// A document that texts cite by its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The id that texts cite this source by (`handbook`).
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::Id"))]
    pub id: Str,
    /// The document's own title, in its own language.
    pub title: Str,
    /// The language the document is written in (`en`, `hu`), or `mul` for
    /// one published in several.
    pub language: Str,
    /// What kind of document it is ("web article"), in each language.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<Text>,
    /// Who published it (a person, an organisation or a site), in each language.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub publisher: Option<Text>,
    /// When it was published, in any form (`2023-05-04`, `2023`).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<Str>,
    /// The web address where a reader can find it.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub url: Option<Str>,
}

/// A theme that items belong to, such as strategy or security; a
/// comparison shows one row per theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The id that items name this theme by (`strategy`).
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::Id"))]
    pub id: Str,
    /// The heading of this theme's row in a comparison.
    pub label: Text,
}

/// An executive role. Its items are of type `I`: [`Item`], except while a
/// file is checked, when the role's own fields are read apart from its items
/// so that a mistake in one does not hide a mistake in the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "An executive role: its title and summary, then its items in each section.",
        rename = "Role"
    )
)]
pub struct Role<I: Record = Item> {
    /// The id you type on the command line (`cto`).
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::Id"))]
    pub id: Str,
    /// The short form used as a column heading (`CTO`).
    pub abbreviation: Str,
    /// The full title.
    pub title: Text,
    /// What the role is, in a sentence.
    pub summary: Statement,
    /// Where the role looks: inward to the organisation or outward to customers.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub orientation: Option<Statement>,
    /// Where an official classification places the role, if it does.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub classification: Option<Classification>,
    /// What the role is answerable for.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub responsibilities: List<I>,
    /// What the role pays most attention to.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub focus: List<I>,
    /// What makes the role hard.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub challenges: List<I>,
    /// The skills and knowledge the role needs, as a classification such as
    /// ESCO links its occupation to them.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub skills: Option<Skills>,
}

/// What a group of roles has in common; its items are of type `I`, as a role's are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "What a group of roles has in common: how they work together, and the challenges they face alike.",
        rename = "Shared"
    )
)]
pub struct Shared<I: Record = Item> {
    /// The id of this group.
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::Id"))]
    pub id: Str,
    /// The roles it concerns, two or more.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<self::schema::RoleId>", length(min = 2))
    )]
    pub roles: List<Str>,
    /// How the roles relate, in a sentence or two.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub summary: Option<Statement>,
    /// How the roles work together.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub collaboration: List<I>,
    /// Challenges the roles face alike.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub challenges: List<I>,
}

/// One cited statement about a role: a responsibility, a focus area or a challenge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// An id by which a disagreement can name this item; most items need none.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<self::schema::Id>"))]
    pub id: Option<Str>,
    /// The id of the theme the item belongs to; items on the same theme
    /// share a row.
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::ThemeId"))]
    pub theme: Str,
    /// The item in a few words.
    pub title: Text,
    /// The item explained in a sentence or two.
    pub detail: Text,
    /// The ids of the sources it comes from.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<self::schema::SourceId>", length(min = 1))
    )]
    pub sources: List<Str>,
}

/// Where ESCO, the European Commission's classification of occupations,
/// places a role: its code, its ISCO-08 unit group, its URI, and the other
/// names it is known by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// The id of the source that gives this classification (`esco`).
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::SourceId"))]
    pub source: Str,
    /// ESCO's code for the occupation (`1330.3`).
    pub esco_code: Str,
    /// The ISCO-08 unit group it belongs to (`1330`).
    pub isco_group: Str,
    /// ESCO's URI for the occupation.
    pub uri: Str,
    /// The other names the occupation is known by, each in its language.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub alt_labels: List<AltLabel>,
}

impl Classification {
    /// The other names in `lang`.
    pub fn names_in(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.alt_labels
            .iter()
            .filter(move |alt| alt.lang == lang)
            .map(|alt| &*alt.label)
    }
}

/// Another name for a role, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AltLabel {
    /// The language of the name.
    pub lang: Lang,
    /// The name.
    pub label: Str,
}

/// A point on which the sources disagree, or on which the dataset departs
/// from a source: what it is about, and what each side says. The output marks
/// the row and the items it names, and prints what each side says beside it,
/// so that a reader never takes a contested claim for a settled one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    /// The id of this disagreement.
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::Id"))]
    pub id: Str,
    /// The id of the theme whose row it concerns. Leave it out when it is
    /// about the roles themselves (their titles, say).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<self::schema::ThemeId>"))]
    pub theme: Option<Str>,
    /// The roles it concerns.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<self::schema::RoleId>"))]
    pub roles: List<Str>,
    /// What each source says, one side each.
    pub sides: List<Side>,
}

/// One side of a disagreement: a source, what it says, and the items that
/// say it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// The source whose position this is.
    #[cfg_attr(feature = "schema", schemars(with = "self::schema::SourceId"))]
    pub source: Str,
    /// The ids of the items that state it, if any.
    #[serde(default = "empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub items: List<Str>,
    /// What the source says, worded to follow its citation number: "[1]
    /// gives vendor selection to the CTO".
    pub says: Text,
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
    /// What each role must know and be able to do.
    Skills,
}

impl Section {
    /// Every section, in display order.
    pub const ALL: [Section; 5] = [
        Section::Responsibilities,
        Section::Focus,
        Section::Challenges,
        Section::Shared,
        Section::Skills,
    ];

    /// The sections a role has items in, which are also the keys of its item lists.
    pub const OF_A_ROLE: [Section; 3] = [
        Section::Responsibilities,
        Section::Focus,
        Section::Challenges,
    ];

    /// The name users type and YAML keys use.
    pub fn key(self) -> &'static str {
        match self {
            Section::Responsibilities => "responsibilities",
            Section::Focus => "focus",
            Section::Challenges => "challenges",
            Section::Shared => "shared",
            Section::Skills => "skills",
        }
    }
}

impl<I: Record> Role<I> {
    /// Every item of the role: its responsibilities, then focus areas, then challenges.
    pub fn every_item(&self) -> impl Iterator<Item = &I> {
        self.responsibilities
            .iter()
            .chain(self.focus.iter())
            .chain(self.challenges.iter())
    }

    /// The role's items in one of its own sections; `Shared` lives outside the role.
    pub fn items(&self, section: Section) -> &[I] {
        match section {
            Section::Responsibilities => &self.responsibilities,
            Section::Focus => &self.focus,
            Section::Challenges => &self.challenges,
            Section::Shared | Section::Skills => &[],
        }
    }
}

impl Item {
    /// An item on `theme` with its title, detail and sources, and none of
    /// the optional fields.
    pub fn new(theme: Str, title: Text, detail: Text, sources: List<Str>) -> Item {
        Item {
            id: None,
            theme,
            title,
            detail,
            sources,
        }
    }

    /// The item's texts by their keys: what every check and count of texts
    /// walks, so that a new text of an item is checked and counted by adding
    /// it here.
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &Text)> {
        [("title", &self.title), ("detail", &self.detail)].into_iter()
    }
}

impl<I: Record> Shared<I> {
    /// The keys of a group's item lists, in the order [`Shared::item_lists`] gives them.
    pub const ITEM_KEYS: [&'static str; 2] = ["collaboration", "challenges"];

    /// The group's item lists with their YAML keys: collaboration, then challenges.
    pub fn item_lists(&self) -> [(&'static str, &[I]); 2] {
        let [collaboration, challenges] = Self::ITEM_KEYS;
        [
            (collaboration, &self.collaboration),
            (challenges, &self.challenges),
        ]
    }
}
