//! Checks the built-in dataset with the same code and messages as `roles
//! validate`, and turns it into Rust code, so that the binary starts without
//! parsing YAML (bat ships its syntax sets pre-built for the same reason).
//! A problem in `data/roles.yaml` fails the build, naming its line and column.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/chunks.rs"]
mod chunks;
#[allow(dead_code)]
#[path = "src/dataset.rs"]
mod dataset;
#[allow(dead_code)]
#[path = "src/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/schema.rs"]
mod schema;

use dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input};
use model::{Item, Role, Shared, Source, Statement, Str, Text, Theme};

fn main() {
    for file in [
        "data/roles.yaml",
        "src/dataset.rs",
        "src/locate.rs",
        "src/model.rs",
        "src/schema.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
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
    if let Err(error) = std::fs::write(&path, code(&dataset)) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}

/// A Rust expression that builds `dataset`.
fn code(dataset: &Dataset) -> String {
    let mut code = String::from("Dataset {\n");
    list(&mut code, "sources", &dataset.sources, source);
    list(&mut code, "themes", &dataset.themes, theme);
    list(&mut code, "roles", &dataset.roles, role);
    list(&mut code, "shared", &dataset.shared, shared);
    code.push('}');
    code
}

fn list<T>(code: &mut String, name: &str, items: &[T], each: fn(&T) -> String) {
    let _ = writeln!(code, "{name}: vec![");
    for item in items {
        let _ = writeln!(code, "{},", each(item));
    }
    let _ = writeln!(code, "],");
}

/// A borrowed string literal: Debug formatting quotes and escapes as Rust source does.
fn string(text: &str) -> String {
    format!("Cow::Borrowed({text:?})")
}

fn option(text: &Option<Str>) -> String {
    match text {
        Some(text) => format!("Some({})", string(text)),
        None => "None".to_owned(),
    }
}

fn strings(texts: &[Str]) -> String {
    let texts: Vec<String> = texts.iter().map(|text| string(text)).collect();
    format!("vec![{}]", texts.join(", "))
}

fn text(text: &Text) -> String {
    format!(
        "Text {{ en: {}, hu: {} }}",
        string(&text.en),
        option(&text.hu)
    )
}

fn statement(statement: &Statement) -> String {
    format!(
        "Statement {{ en: {}, hu: {}, sources: {} }}",
        string(&statement.en),
        option(&statement.hu),
        strings(&statement.sources)
    )
}

fn items(items: &[Item]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|item| {
            format!(
                "Item {{ theme: {}, title: {}, detail: {}, sources: {} }}",
                string(&item.theme),
                text(&item.title),
                text(&item.detail),
                strings(&item.sources)
            )
        })
        .collect();
    format!("vec![{}]", items.join(",\n"))
}

fn source(source: &Source) -> String {
    format!(
        "Source {{ id: {}, title: {}, language: {}, file: {} }}",
        string(&source.id),
        string(&source.title),
        string(&source.language),
        option(&source.file)
    )
}

fn theme(theme: &Theme) -> String {
    format!(
        "Theme {{ id: {}, label: {} }}",
        string(&theme.id),
        text(&theme.label)
    )
}

fn role(role: &Role) -> String {
    format!(
        "Role {{ id: {}, abbreviation: {}, title: {}, summary: {}, orientation: {}, \
         responsibilities: {}, focus: {}, challenges: {} }}",
        string(&role.id),
        string(&role.abbreviation),
        text(&role.title),
        statement(&role.summary),
        role.orientation.as_ref().map_or_else(
            || "None".to_owned(),
            |it| format!("Some({})", statement(it))
        ),
        items(&role.responsibilities),
        items(&role.focus),
        items(&role.challenges)
    )
}

fn shared(shared: &Shared) -> String {
    format!(
        "Shared {{ id: {}, roles: {}, summary: {}, collaboration: {}, challenges: {} }}",
        string(&shared.id),
        strings(&shared.roles),
        shared.summary.as_ref().map_or_else(
            || "None".to_owned(),
            |it| format!("Some({})", statement(it))
        ),
        items(&shared.collaboration),
        items(&shared.challenges)
    )
}
