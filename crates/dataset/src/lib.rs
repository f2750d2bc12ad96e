//! The dataset of `roles`: its schema ([`model`]), and loading and checking
//! dataset files into one [`Dataset`], with every problem's file, line and
//! column. The binary and its build script both use it, so the built-in
//! dataset is checked by the same code as a user's file.
//!
//! A file is normally read by `serde_yaml` straight into the model. If that
//! fails, or if the file may hold anchors, aliases or tags (it contains `&`,
//! `*` or `!`), it is parsed once by [`marked_yaml`], which keeps positions:
//! that parse places every problem and reads each record on its own, so that
//! one broken record does not hide the problems of the next. `validate`,
//! which reports warnings with positions too, reads every file that way.
//!
//! The modules depend one way: `load` on `salvage`, `check` and `tree`; those
//! on `problem`, `message` and `model`; everything on the leaves `input`,
//! `path` and `suggest`.

mod check;
mod dataset;
mod input;
mod load;
pub mod message;
pub mod model;
mod nesting;
mod path;
mod problem;
mod salvage;
#[cfg(feature = "schema")]
mod schema;
mod suggest;
mod tree;

pub use crate::check::is_valid_id;
pub use crate::dataset::{Dataset, UnknownRole};
pub use crate::input::{
    BUILTIN_NAME, BUILTIN_YAML, Input, MAX_DEPTH, MAX_ID, MAX_PROBLEMS, PLACEHOLDER,
};
pub use crate::message::Message;
pub use crate::path::Position;
pub use crate::problem::{Problem, Problems, Severity};
#[cfg(feature = "schema")]
pub use crate::schema::json_schema;
pub use crate::suggest::{closest, shorten};
