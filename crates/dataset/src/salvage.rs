//! Reading a file that has problems record by record, from the parse that
//! keeps positions: a broken record is kept as its id, and a role or group
//! with a broken item keeps its own fields and its whole items, so that one
//! mistake hides no other.

use serde::de::IgnoredAny;

use crate::input::Input;
use crate::message::Kind;
use crate::model::{
    self, DatasetFile, Disagreement, Item, Outline, Role, Section, Shared, Source, Theme,
};
use crate::path::{Path, Step};
use crate::problem::{Counts, Problem, more_problems};
use crate::tree::{self, Tree};

/// A record as read: whole, or broken but with its id if it had one, so that
/// references to it are not also reported as unknown.
pub(crate) enum Salvaged<T> {
    /// Boxed: a broken record is a few bytes, and a file of a million broken
    /// ones must not cost a million whole roles' room.
    Whole(Box<T>),
    Broken(Option<String>),
}

/// One file's records, each read on its own.
pub(crate) struct Records {
    pub(crate) sources: Vec<Salvaged<Source>>,
    pub(crate) themes: Vec<Salvaged<Theme>>,
    pub(crate) roles: Vec<Salvaged<Role>>,
    pub(crate) shared: Vec<Salvaged<Shared>>,
    pub(crate) disagreements: Vec<Salvaged<Disagreement>>,
    /// Roles and shared groups with a broken item: their own fields and their
    /// whole items, still checked, so that one broken item hides nothing else.
    pub(crate) partial_roles: Vec<Partial<Role<IgnoredAny>>>,
    pub(crate) partial_shared: Vec<Partial<Shared<IgnoredAny>>>,
}

/// A record whose own fields are whole but not every item: those fields, and
/// the whole items by their key and index.
pub(crate) struct Partial<H> {
    pub(crate) at: usize,
    pub(crate) head: H,
    pub(crate) items: Vec<(&'static str, usize, Item)>,
}

impl Records {
    pub(crate) fn none() -> Records {
        Records {
            sources: Vec::new(),
            themes: Vec::new(),
            roles: Vec::new(),
            shared: Vec::new(),
            disagreements: Vec::new(),
            partial_roles: Vec::new(),
            partial_shared: Vec::new(),
        }
    }

    pub(crate) fn whole(file: DatasetFile) -> Records {
        fn all<T: model::Record>(records: model::List<T>) -> Vec<Salvaged<T>> {
            records
                .into_owned()
                .into_iter()
                .map(|record| Salvaged::Whole(Box::new(record)))
                .collect()
        }
        Records {
            sources: all(file.sources),
            themes: all(file.themes),
            roles: all(file.roles),
            shared: all(file.shared),
            disagreements: all(file.disagreements),
            partial_roles: Vec::new(),
            partial_shared: Vec::new(),
        }
    }

    /// Adds the whole records to `file`, skipping broken ones (there are none
    /// once loading succeeds).
    pub(crate) fn merge_into(self, file: &mut DatasetFile) {
        fn whole<T: model::Record>(records: Vec<Salvaged<T>>, into: &mut model::List<T>) {
            into.to_mut()
                .extend(records.into_iter().filter_map(|record| match record {
                    Salvaged::Whole(record) => Some(*record),
                    Salvaged::Broken(_) => None,
                }));
        }
        whole(self.sources, &mut file.sources);
        whole(self.themes, &mut file.themes);
        whole(self.roles, &mut file.roles);
        whole(self.shared, &mut file.shared);
        whole(self.disagreements, &mut file.disagreements);
    }
}

/// Reads the records of a parsed file, collecting their problems.
struct Reader<'t> {
    input: &'t Input<'t>,
    tree: &'t Tree,
    problems: &'t mut Vec<Problem>,
    /// How many problems were kept, and how many found past [`crate::MAX_PROBLEMS`].
    kept: Counts,
    dropped: Counts,
}

impl Reader<'_> {
    /// Reads `node` as a `T`, reporting what is wrong with it.
    fn read<T: serde::de::DeserializeOwned>(
        &mut self,
        node: &marked_yaml::Node,
        path: &[Step],
        kind: Kind,
    ) -> Option<T> {
        match self.tree.read(self.input, node, path, kind) {
            Ok(record) => Some(record),
            Err(found) => {
                if let Some(problem) = found {
                    if self.kept.room(problem.severity) {
                        self.kept.count(problem.severity);
                        self.problems.push(problem);
                    } else {
                        self.dropped.count(problem.severity);
                    }
                }
                None
            }
        }
    }

    /// Reads each item under `keys` of a record on its own. Returns whether
    /// all were whole, and the whole ones by key and index.
    fn items(
        &mut self,
        node: &marked_yaml::Node,
        path: &Path,
        keys: &[&'static str],
    ) -> (bool, Vec<(&'static str, usize, Item)>) {
        let Some(mapping) = node.as_mapping() else {
            return (true, Vec::new());
        };
        let mut whole = true;
        let mut read = Vec::new();
        for key in keys {
            let Some(items) = mapping.get_sequence(key) else {
                continue;
            };
            for (index, item) in items.iter().enumerate() {
                let mut at = path.clone();
                at.push(Step::Key((*key).into()));
                at.push(Step::Index(index));
                match self.read::<Item>(item, &at, Kind::Item) {
                    Some(item) => read.push((*key, index, item)),
                    None => whole = false,
                }
            }
        }
        (whole, read)
    }
}

/// Every record of a parsed file, each read on its own: a role's own fields
/// apart from each of its items, so that a mistake in one record or item
/// does not hide mistakes in another.
pub(crate) fn records(input: &Input<'_>, tree: &Tree, problems: &mut Vec<Problem>) -> Records {
    let mut records = Records::none();
    let mut reader = Reader {
        input,
        tree,
        problems,
        kept: Counts::default(),
        dropped: Counts::default(),
    };
    reader.read::<Outline>(tree.root(), &[], Kind::File);
    let Some(top) = tree.top() else {
        return records;
    };
    let list = |key: &'static str| {
        top.get_sequence(key)
            .into_iter()
            .flat_map(|sequence| sequence.iter().enumerate())
            .map(move |(index, node)| (vec![Step::Key(key.into()), Step::Index(index)], node))
    };
    for (path, node) in list("sources") {
        let source = reader.read::<Source>(node, &path, Kind::Source);
        records.sources.push(salvaged(source, node));
    }
    for (path, node) in list("themes") {
        let theme = reader.read::<Theme>(node, &path, Kind::Theme);
        records.themes.push(salvaged(theme, node));
    }
    for (at, (path, node)) in list("roles").enumerate() {
        let head = reader.read::<Role<IgnoredAny>>(node, &path, Kind::Role);
        let (whole, items) = reader.items(node, &path, &Section::OF_A_ROLE.map(Section::key));
        let role = match head {
            Some(_) if whole => reader.read::<Role>(node, &path, Kind::Role),
            Some(head) => {
                records.partial_roles.push(Partial { at, head, items });
                None
            }
            None => None,
        };
        records.roles.push(salvaged(role, node));
    }
    for (at, (path, node)) in list("shared").enumerate() {
        let head = reader.read::<Shared<IgnoredAny>>(node, &path, Kind::Shared);
        let (whole, items) = reader.items(node, &path, &Shared::<Item>::ITEM_KEYS);
        let shared = match head {
            Some(_) if whole => reader.read::<Shared>(node, &path, Kind::Shared),
            Some(head) => {
                records.partial_shared.push(Partial { at, head, items });
                None
            }
            None => None,
        };
        records.shared.push(salvaged(shared, node));
    }
    for (path, node) in list("disagreements") {
        let disagreement = reader.read::<Disagreement>(node, &path, Kind::Disagreement);
        records.disagreements.push(salvaged(disagreement, node));
    }
    reader
        .problems
        .extend(more_problems(input.name, reader.dropped));
    records
}

fn salvaged<T>(record: Option<T>, node: &marked_yaml::Node) -> Salvaged<T> {
    match record {
        Some(record) => Salvaged::Whole(Box::new(record)),
        None => Salvaged::Broken(tree::id_of(node)),
    }
}
