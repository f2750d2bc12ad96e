//! The built-in dataset, checked and turned into code at build time (`build.rs`).

use crate::dataset::Dataset;
use std::borrow::Cow;

use crate::model::{Item, Role, Shared, Source, Statement, Text, Theme};

impl Dataset {
    /// The built-in dataset, ready to use: it was checked when the binary was built.
    pub fn builtin() -> Dataset {
        include!(concat!(env!("OUT_DIR"), "/builtin.rs"))
    }
}

#[cfg(test)]
mod tests {
    use crate::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input};

    #[test]
    fn the_built_code_is_the_yaml() {
        let parsed = Dataset::load(&[Input::new(BUILTIN_NAME, BUILTIN_YAML)]);
        assert_eq!(parsed.ok(), Some(Dataset::builtin()));
    }
}
