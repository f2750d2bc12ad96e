//! The dataset a run works with: every file's records merged, with their ids
//! indexed for look-up.

use std::collections::HashMap;

use crate::model::{self, DatasetFile, Disagreement, Role, Shared, Source, Theme};
use crate::suggest::{closest, shorten};

/// All roles, themes and sources that a run works with, with their ids indexed.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    file: DatasetFile,
    roles: HashMap<model::Str, usize>,
    themes: HashMap<model::Str, usize>,
    sources: HashMap<model::Str, usize>,
}

impl PartialEq for Dataset {
    fn eq(&self, other: &Dataset) -> bool {
        self.file == other.file
    }
}

impl Dataset {
    /// A dataset of records already checked, such as the built-in one.
    pub fn from_file(file: DatasetFile) -> Dataset {
        fn index<T>(records: &[T], id: impl Fn(&T) -> &model::Str) -> HashMap<model::Str, usize> {
            let mut index = HashMap::with_capacity(records.len());
            for (at, record) in records.iter().enumerate() {
                index.entry(id(record).clone()).or_insert(at);
            }
            index
        }
        Dataset {
            roles: index(&file.roles, |role| &role.id),
            themes: index(&file.themes, |theme| &theme.id),
            sources: index(&file.sources, |source| &source.id),
            file,
        }
    }

    /// The documents that statements cite, in the order they are numbered.
    pub fn sources(&self) -> &[Source] {
        &self.file.sources
    }

    /// The themes, in display order.
    pub fn themes(&self) -> &[Theme] {
        &self.file.themes
    }

    /// The roles, in the order they were defined.
    pub fn roles(&self) -> &[Role] {
        &self.file.roles
    }

    /// What groups of roles have in common.
    pub fn shared(&self) -> &[Shared] {
        &self.file.shared
    }

    /// Where the sources disagree, or the dataset departs from one.
    pub fn disagreements(&self) -> &[Disagreement] {
        &self.file.disagreements
    }

    /// The whole dataset as one file's records.
    pub fn file(&self) -> &DatasetFile {
        &self.file
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.get(id).map(|&at| &self.file.roles[at])
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.get(id).map(|&at| &self.file.themes[at])
    }

    /// The source with this id and the number it is cited by (from 1).
    pub fn source(&self, id: &str) -> Option<(usize, &Source)> {
        self.sources
            .get(id)
            .map(|&at| (at + 1, &self.file.sources[at]))
    }

    /// Looks up roles by the ids a user typed, ignoring case.
    pub fn resolve_roles(&self, ids: &[String]) -> Result<Vec<&Role>, UnknownRole> {
        ids.iter()
            .map(|id| {
                self.role(id)
                    .or_else(|| self.role(&id.to_ascii_lowercase()))
                    .ok_or_else(|| UnknownRole::new(id, self))
            })
            .collect()
    }
}

/// A role id that is not in the dataset.
#[derive(Debug)]
pub struct UnknownRole {
    id: String,
    suggestion: Option<String>,
    known: Vec<String>,
}

impl UnknownRole {
    fn new(id: &str, dataset: &Dataset) -> UnknownRole {
        let known: Vec<String> = dataset
            .roles()
            .iter()
            .map(|role| role.id.to_string())
            .collect();
        let suggestion = closest(id, known.iter().map(String::as_str)).map(str::to_owned);
        UnknownRole {
            id: id.to_owned(),
            suggestion,
            known,
        }
    }
}

impl UnknownRole {
    /// The id as the user typed it.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// A known id near enough to be what the user meant.
    pub fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }

    /// Every role id the dataset has.
    pub fn known(&self) -> &[String] {
        &self.known
    }
}

impl std::fmt::Display for UnknownRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown role '{}'", shorten(&self.id))?;
        if let Some(suggestion) = &self.suggestion {
            write!(f, " (did you mean '{suggestion}'?)")?;
        }
        if self.known.is_empty() {
            write!(f, "; the dataset has no roles")
        } else {
            write!(f, "; known roles: {}", self.known.join(", "))
        }
    }
}

impl std::error::Error for UnknownRole {}
