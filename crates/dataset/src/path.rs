//! Where a node stands in its file: the steps from the top, and the line and
//! column a parse with positions finds there.

use std::borrow::Cow;
use std::fmt;

/// Line and column, from 1.
pub type Position = (usize, usize);

/// One step from a node to a child: a mapping's key or a sequence's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A node's place in its file, from the top.
pub(crate) type Path = Vec<Step>;

/// `roles[0].title`: a path as people read it.
pub(crate) struct ShowPath<'p>(pub &'p [Step]);

impl fmt::Display for ShowPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if index == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(at) => write!(f, "[{at}]")?,
            }
        }
        Ok(())
    }
}
