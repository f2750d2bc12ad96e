//! The built-in dataset, checked and written as constant Rust data at build time (`build.rs`).

use crate::dataset::Dataset;
use crate::model::DatasetFile;

/// The records of the built-in dataset: static data, so start-up neither
/// parses nor allocates them.
static RECORDS: DatasetFile = include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in dataset, ready to use: it was checked when the binary was built.
pub fn dataset() -> Dataset {
    // Cloning borrowed lists copies pointers, not records.
    Dataset::from_file(RECORDS.clone())
}
