//! What loading starts from, and the limits it keeps: a leaf that every other
//! module may use and that uses none of them.

/// The built-in dataset, as written.
pub const BUILTIN_YAML: &str = include_str!("../../../data/roles.yaml");

/// The name problems in the built-in dataset are reported under.
pub const BUILTIN_NAME: &str = "<built-in>/data/roles.yaml";

/// How many problems are kept, in each file and from checking them all: a
/// file made of a million mistakes would otherwise cost gigabytes to report.
/// The ones after it are counted, and the count said.
pub const MAX_PROBLEMS: usize = 10_000;

/// The longest id allowed: ids are typed on command lines and shown in column headings.
pub const MAX_ID: usize = 64;

/// What begins a text still to be written: `roles new` writes its
/// placeholders so, and `roles validate` warns of every one left.
pub const PLACEHOLDER: &str = "TODO";

/// How deep collections of any kind (`[`, `{`, `- `, `? `, `key:` under a
/// key) may nest: a dataset needs a few levels, while the parsers recurse
/// once per level and take time that grows with the depth for every token.
pub const MAX_DEPTH: usize = 64;

/// One dataset file's name and text.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// What problems call the file: its path as the user gave it.
    pub name: &'a str,
    /// The whole file.
    pub text: &'a str,
}

impl<'a> Input<'a> {
    /// Pairs a file's name with its text. A leading byte order mark, which
    /// Windows editors write, is not part of the YAML: both parsers and every
    /// position skip it alike.
    pub fn new(name: &'a str, text: &'a str) -> Input<'a> {
        Input {
            name,
            text: text.strip_prefix('\u{feff}').unwrap_or(text),
        }
    }
}
