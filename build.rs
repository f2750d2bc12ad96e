//! Checks the built-in dataset with the same code and messages as `roles
//! validate`, and hands it to the binary as Rust code (databake), so that the
//! binary starts without parsing YAML (bat ships its syntax sets pre-built for
//! the same reason). A problem in `data/roles.yaml` fails the build, naming its
//! line and column. It also writes the JSON Schema of dataset files, made
//! from the same types, with the built-in ids as the values editors offer.

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
    let code = dataset.file().bake(&CrateEnv::default()).to_string();
    write(&Path::new(&out_dir).join("builtin.rs"), &code);
    let schema = roles_dataset::json_schema(dataset.file());
    match serde_json::to_string_pretty(&schema) {
        Ok(schema) => write(&Path::new(&out_dir).join("schema.json"), &(schema + "\n")),
        Err(error) => {
            eprintln!("cannot write the JSON Schema: {error}");
            std::process::exit(1);
        }
    }
}

fn write(path: &Path, contents: &str) {
    if let Err(error) = std::fs::write(path, contents) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}
