//! Writes the built-in roles' skills from ESCO v1.2.0's links, so that no
//! label or relation is typed by hand:
//!
//!     cargo run --example esco-skills -- ../shared/esco/skills_v1.2.0_team.csv data/roles.yaml
//!
//! The CSV (columns `occupation_uri, occupation, relation, skill, knowledge,
//! digital, transversal, green, language`) is reference material kept
//! outside the repository. Each role whose ESCO URI (its `classification`)
//! has links in it gets a `skills:` block as its last key, replacing the
//! block it had; the file is rewritten only when every role was found.
//! `tests/skills.rs` runs the same code and checks that it changes nothing.

mod generate;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [csv, dataset] = args.as_slice() else {
        eprintln!("usage: esco-skills SKILLS.csv DATASET.yaml");
        return ExitCode::from(2);
    };
    let read = |path: &str| {
        std::fs::read_to_string(path).map_err(|error| format!("cannot read {path}: {error}"))
    };
    let written = read(csv).and_then(|csv| {
        let yaml = read(dataset)?;
        generate::with_skills(&csv, &yaml)
    });
    match written.and_then(|yaml| {
        std::fs::write(dataset, yaml).map_err(|error| format!("cannot write {dataset}: {error}"))
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("esco-skills: {error}");
            ExitCode::from(2)
        }
    }
}
