//! Checks the built-in dataset with the same code and messages as `roles
//! validate`, and hands it to the binary as Rust code (databake), so that the
//! binary starts without parsing YAML (bat ships its syntax sets pre-built for
//! the same reason). A problem in `data/roles.yaml` fails the build, naming its
//! line and column.

use std::path::Path;

use databake::{Bake, CrateEnv};
use roles_dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input};

fn main() {
    println!("cargo::rerun-if-changed=data/roles.yaml");
    let (dataset, problems) = Dataset::load_reporting(&[Input::new(BUILTIN_NAME, BUILTIN_YAML)]);
    for problem in &problems {
        println!("cargo::warning={problem}");
    }
    let Some(dataset) = dataset else {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!("the built-in dataset data/roles.yaml is invalid");
        std::process::exit(1);
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("cargo did not set OUT_DIR");
        std::process::exit(1);
    };
    let path = Path::new(&out_dir).join("builtin.rs");
    let code = dataset.file().bake(&CrateEnv::default()).to_string();
    if let Err(error) = std::fs::write(&path, code) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}
