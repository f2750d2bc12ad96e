//! Writes a dataset of N roles × M items in the real schema, made from the
//! built-in roles, for measuring how `roles` grows with a user's dataset:
//!
//!     cargo run --release --example generate -- 1000 30 > big.yaml
//!     roles --data big.yaml compare role-1 role-2
//!
//! The roles use the built-in themes and sources, so the file is loaded on top
//! of the built-in dataset, as a user's would be.

use std::io::{self, Write};
use std::process::ExitCode;

use roles::dataset::Dataset;
use roles::model::{DatasetFile, Item, Lang, Role, Text};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [roles, items] = args.as_slice() else {
        eprintln!("usage: generate ROLES ITEMS_PER_ROLE");
        return ExitCode::from(2);
    };
    let (Ok(roles), Ok(items)) = (roles.parse::<usize>(), items.parse::<usize>()) else {
        eprintln!("generate: ROLES and ITEMS_PER_ROLE are whole numbers");
        return ExitCode::from(2);
    };
    let builtin = roles::builtin::dataset();
    let file = generate(&builtin, roles, items.max(1));
    let yaml = match serde_yaml::to_string(&file) {
        Ok(yaml) => yaml,
        Err(error) => {
            eprintln!("generate: {error}");
            return ExitCode::from(2);
        }
    };
    match io::stdout().lock().write_all(yaml.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("generate: {error}");
            ExitCode::from(2)
        }
    }
}

/// `count` roles of `per_role` items each, cycling through the built-in roles'
/// items: three fifths responsibilities, one fifth focus areas, one fifth challenges.
fn generate(builtin: &Dataset, count: usize, per_role: usize) -> DatasetFile {
    let roles: Vec<Role> = (0..count)
        .map(|index| {
            let model = &builtin.roles()[index % builtin.roles().len()];
            let pool: Vec<&Item> = model.every_item().collect();
            let mut items: Vec<Item> = (0..per_role)
                .map(|n| {
                    let mut item = pool[n % pool.len()].clone();
                    // Item ids are unique across datasets, and the copies
                    // would repeat the built-in ones.
                    item.id = None;
                    let title = format!("{} {n}", item.title.en());
                    item.title.set(Lang::En, title);
                    item
                })
                .collect();
            let focus_start = per_role * 3 / 5;
            let challenges_start = per_role * 4 / 5;
            let challenges = items.split_off(challenges_start);
            let focus = items.split_off(focus_start);
            Role {
                id: format!("role-{index}").into(),
                abbreviation: format!("R{index}").into(),
                title: Text::from_translations(Lang::ALL.map(|lang| {
                    let title = model.title.translation(lang)?;
                    Some(format!("{title} {index}").into())
                })),
                summary: model.summary.clone(),
                orientation: model.orientation.clone(),
                classification: None,
                skills: model.skills.clone(),
                responsibilities: items.into(),
                focus: focus.into(),
                challenges: challenges.into(),
            }
        })
        .collect();
    DatasetFile {
        roles: roles.into(),
        ..DatasetFile::default()
    }
}
