//! `roles schema` and `roles new`: the JSON Schema editors check dataset
//! files with, checked here by a JSON Schema validator of its own (the
//! `jsonschema` crate) against every file `roles` accepts and every shape
//! error it refuses; and the starting file `roles new` writes.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{failure_of, roles, scratch, stdout_of};
use serde_json::Value;

/// The schema `roles schema` prints, parsed.
fn schema() -> Value {
    serde_json::from_str(&stdout_of(&["schema"])).expect("the schema is JSON")
}

/// A validator of the schema `roles schema` prints.
fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&schema()).expect("the schema is a valid draft-07 schema")
}

/// A YAML file as the JSON an editor's language server checks.
fn as_json(yaml: &str) -> Result<Value, String> {
    serde_yaml::from_str(yaml).map_err(|error| error.to_string())
}

/// The schema's complaints about `yaml`, one line each.
fn complaints(validator: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let json = as_json(yaml).expect("the file is YAML");
    validator
        .iter_errors(&json)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("readable")
}

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn the_schema_is_draft_07_and_refuses_unknown_keys_everywhere() {
    let schema = schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(schema["title"], "roles dataset file");
    let definitions = schema["definitions"].as_object().expect("definitions");
    let mut objects = vec![&schema];
    objects.extend(definitions.values());
    let mut checked = 0;
    for object in objects
        .into_iter()
        .filter(|s| s.get("properties").is_some())
    {
        assert_eq!(object["additionalProperties"], false, "{object}");
        checked += 1;
    }
    assert!(checked >= 14, "every record and the file itself: {checked}");
    // Every key is described, from the model's doc comments.
    for (name, definition) in definitions {
        for (key, property) in definition["properties"].as_object().into_iter().flatten() {
            let description = property["description"].as_str().unwrap_or_default();
            assert!(
                description.len() > 5 && !description.contains('\n'),
                "{name}.{key}: {description:?}"
            );
        }
    }
    assert_eq!(
        definitions["Role"]["properties"]["summary"]["description"],
        "What the role is, in a sentence."
    );
}

#[test]
fn texts_skill_words_and_ids_are_what_an_editor_offers() {
    let schema = schema();
    let definitions = &schema["definitions"];
    let languages: Vec<&String> = definitions["Text"]["properties"]
        .as_object()
        .expect("a text's properties")
        .keys()
        .collect();
    assert_eq!(languages, ["en", "hu"]);
    assert_eq!(definitions["Text"]["required"], serde_json::json!(["en"]));
    assert_eq!(
        definitions["Statement"]["required"],
        serde_json::json!(["en", "sources"])
    );
    assert_eq!(
        definitions["Relation"]["enum"],
        serde_json::json!(["essential", "optional"])
    );
    assert_eq!(
        definitions["SkillFlag"]["enum"],
        serde_json::json!(["digital", "transversal", "green", "language"])
    );
    assert_eq!(
        definitions["SkillKind"]["enum"],
        serde_json::json!(["knowledge", "skill"])
    );
    // The built-in ids, offered as examples, which no validator enforces.
    let themes: Value =
        serde_json::from_str(&stdout_of(&["themes", "--format", "json"])).expect("JSON");
    let theme_ids: Vec<&Value> = themes["themes"]
        .as_array()
        .expect("the themes")
        .iter()
        .map(|theme| &theme["id"])
        .collect();
    assert_eq!(theme_ids.len(), 14, "{themes}");
    assert_eq!(
        definitions["ThemeId"]["examples"],
        serde_json::json!(theme_ids)
    );
    assert!(definitions["ThemeId"].get("enum").is_none());
    assert_eq!(
        definitions["SourceId"]["examples"],
        serde_json::json!(["article-en", "article-hu", "esco", "esco-skills"])
    );
    assert_eq!(
        definitions["RoleId"]["examples"],
        serde_json::json!(["cto", "cio", "ciso", "cdo"])
    );
}

/// Every file `roles` accepts, the schema accepts: the built-in dataset,
/// the valid fixtures, and the files `roles new` writes in each language
/// and with nothing built in, including ids the file defines itself.
#[test]
fn the_schema_accepts_every_valid_file() {
    let validator = validator();
    let directory = scratch();
    let mut files = vec![manifest("data/roles.yaml"), manifest("tests/data/vpe.yaml")];
    for (name, args) in [
        ("new-en.yaml", &["new", "vpe"][..]),
        ("new-hu.yaml", &["--lang", "hu", "new", "vpe"]),
        ("new-alone.yaml", &["--no-builtin", "new", "vpe"]),
    ] {
        let path = directory.path().join(name);
        fs::write(&path, stdout_of(args)).expect("writable");
        files.push(path);
    }
    // Written as YAML may write text: numbers and true/false read as text.
    let numbers = directory.path().join("numbers.yaml");
    fs::write(
        &numbers,
        "sources:\n  - { id: 2023, title: 2023, language: en, date: 2023 }\n\
         roles:\n  - id: vpe\n    abbreviation: 1\n    title: { en: true, hu: 1.5 }\n    \
         summary: { en: x, sources: [2023] }\n    \
         focus: [{ theme: strategy, title: { en: x }, detail: { en: y }, sources: [2023] }]\n",
    )
    .expect("writable");
    files.push(numbers);
    for path in &files {
        let arg = path.to_str().expect("UTF-8");
        // The built-in dataset is checked alone, not beside itself.
        let builtin = if arg.contains("alone") || arg.ends_with("data/roles.yaml") {
            vec!["--no-builtin"]
        } else {
            vec![]
        };
        let output = roles()
            .args(builtin)
            .args(["validate", arg])
            .output()
            .expect("roles runs");
        assert_eq!(output.status.code(), Some(0), "roles accepts {arg}");
        let said = complaints(&validator, &read(path));
        assert!(said.is_empty(), "{arg}: {said:#?}");
    }
}

/// Every fixture whose mistake is in the file's shape (a misspelt key, a
/// value of the wrong type, a word not among the allowed ones, a missing
/// field) is refused by the schema as by `roles`. Those whose mistakes a
/// schema cannot see are named, with why.
#[test]
fn the_schema_refuses_every_shape_error_of_the_fixtures() {
    let validator = validator();
    // Files a YAML parser reads, whose mistakes are not of shape.
    let beyond_shape = [
        // `roles` refuses anchors; a parser resolves them, to a valid shape.
        "anchor.yaml",
    ];
    let mut refused = Vec::new();
    let mut unreadable = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(manifest("tests/data/invalid"))
        .expect("the fixtures")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let arg = path.to_str().expect("UTF-8");
        failure_of(&["validate", arg], 2);
        let yaml = match String::from_utf8(fs::read(&path).expect("readable")) {
            Ok(yaml) => yaml,
            Err(_) => {
                unreadable.push(name.to_owned());
                continue;
            }
        };
        let Ok(json) = as_json(&yaml) else {
            // A syntax error: no editor gets as far as the schema.
            unreadable.push(name.to_owned());
            continue;
        };
        if beyond_shape.contains(&name) {
            assert!(validator.is_valid(&json), "{name} is beyond a schema");
            continue;
        }
        assert!(!validator.is_valid(&json), "the schema accepts {name}");
        refused.push(name.to_owned());
    }
    for shape in [
        "not-a-mapping.yaml",
        "records.yaml",
        "shape-flag.yaml",
        "shape-language.yaml",
        "shape-misspelt-key.yaml",
        "shape-missing-field.yaml",
        "shape-no-english.yaml",
        "shape-not-a-list.yaml",
        "shape-null.yaml",
        "shape-relation.yaml",
        "shape-text-not-map.yaml",
        "shape-top-key.yaml",
        "shape-uncited.yaml",
    ] {
        assert!(
            refused.iter().any(|name| name == shape),
            "{shape}: {refused:?}"
        );
    }
    assert!(
        unreadable.iter().any(|name| name == "syntax.yaml"),
        "{unreadable:?}"
    );
}

/// The schema names what is wrong where an editor shows it: the misspelt key.
#[test]
fn the_schema_says_which_key_is_misspelt() {
    let validator = validator();
    let said = complaints(
        &validator,
        &read(&manifest("tests/data/invalid/shape-misspelt-key.yaml")),
    );
    assert!(
        said.iter()
            .any(|line| line.contains("/roles/0") && line.contains("'abbrevation'")),
        "{said:#?}"
    );
}

#[test]
fn schema_o_writes_the_same_schema_and_replaces_a_file() {
    let directory = scratch();
    let path = directory.path().join("roles.schema.json");
    fs::write(&path, "old").expect("writable");
    let arg = path.to_str().expect("UTF-8");
    assert_eq!(stdout_of(&["schema", "-o", arg]), "");
    assert_eq!(read(&path), stdout_of(&["schema"]));
    assert_eq!(stdout_of(&["schema", "-o", "-"]), read(&path));
    assert_eq!(fs::read_dir(directory.path()).expect("listable").count(), 1);

    // Never over a dataset file the command line names.
    let vpe = directory.path().join("vpe.yaml");
    fs::copy(manifest("tests/data/vpe.yaml"), &vpe).expect("copied");
    let vpe = vpe.to_str().expect("UTF-8");
    let said = failure_of(&["--data", vpe, "schema", "-o", vpe], 2);
    assert!(
        said.starts_with(&format!("roles: error: cannot write {vpe}: ")),
        "{said}"
    );
    assert_eq!(read(Path::new(vpe)), read(&manifest("tests/data/vpe.yaml")));
}

/// How many placeholders `text` holds: the quoted texts that begin with TODO.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(line, content)| content.find("\"TODO").map(|column| (line + 1, column + 1)))
        .collect()
}

/// The untouched file is valid, and `validate` warns of each placeholder
/// at its line and column, in the language of the interface.
#[test]
fn validate_names_each_placeholder_of_a_new_file_where_it_is() {
    for lang in ["en", "hu"] {
        let directory = scratch();
        let path = directory.path().join("vpe.yaml");
        let arg = path.to_str().expect("UTF-8");
        let output = roles()
            .args(["--lang", lang, "new", "vpe", "-o", arg])
            .output()
            .expect("roles runs");
        assert_eq!(output.status.code(), Some(0));
        let text = read(&path);
        assert!(text.starts_with("# yaml-language-server: $schema=roles.schema.json\n"));
        let expected = placeholders(&text);
        // A source title, and a title, a summary, and an item's title and
        // detail in each of three sections, in each of two languages.
        assert_eq!(expected.len(), 1 + 2 * (2 + 3 * 2), "{text}");
        let said = stdout_of(&["--lang", lang, "validate", arg]);
        let warning = if lang == "en" {
            ": warning: placeholder still to fill in: 'TODO"
        } else {
            ": figyelmeztetés: kitöltésre vár: „TODO"
        };
        let warned: Vec<(usize, usize)> = said
            .lines()
            .filter(|line| line.contains(warning))
            .map(|line| {
                let place: Vec<usize> = line[arg.len() + 1..]
                    .split(':')
                    .take(2)
                    .map(|n| n.parse().expect("a number"))
                    .collect();
                (place[0], place[1])
            })
            .collect();
        assert_eq!(warned, expected, "{said}");
        assert_eq!(said.lines().count(), expected.len() + 1, "{said}");
        let verdict = said.lines().last().unwrap_or_default();
        let verdict_start = if lang == "en" {
            "valid: "
        } else {
            "érvényes: "
        };
        assert!(verdict.starts_with(verdict_start), "{verdict}");
        // It is a role of the dataset, there to compare.
        let shown = stdout_of(&["--data", arg, "--lang", lang, "compare", "cto", "vpe"]);
        assert!(shown.contains("TODO"), "{shown}");
    }
}

#[test]
fn a_new_file_lists_the_ids_it_may_use_and_cites_its_own_source() {
    let text = stdout_of(&["new", "vp-eng"]);
    for id in [
        "strategy",
        "security",
        "collaboration",
        "article-en",
        "esco-skills",
    ] {
        assert!(
            text.lines()
                .any(|line| line.trim_start().starts_with('#') && line.contains(id)),
            "{id} is listed in a comment"
        );
    }
    assert!(text.contains("  - id: vp-eng-source\n"), "{text}");
    assert!(text.contains("abbreviation: VP-ENG\n"), "{text}");
    assert_eq!(
        text.matches("sources: [vp-eng-source]").count(),
        4,
        "{text}"
    );
    assert!(
        text.contains("roles --data vp-eng.yaml compare cto vp-eng"),
        "{text}"
    );
    // Comments in the interface's language, texts in each text's own.
    let hungarian = stdout_of(&["--lang", "hu", "new", "vp-eng"]);
    assert!(
        hungarian.contains("# Saját szerepkör a roles programhoz."),
        "{hungarian}"
    );
    assert!(hungarian.contains("en: \"TODO: the full title of the role\""));
    assert!(hungarian.contains("hu: \"TODO: a szerepkör teljes megnevezése\""));
    // The longest id leaves room for its source's.
    let long = "a".repeat(64);
    let text = stdout_of(&["new", &long]);
    let source = format!("{}-source", "a".repeat(57));
    assert!(text.contains(&format!("  - id: {source}\n")), "{text}");
}

/// What a data file brings into the new file cannot change what it means:
/// ids YAML would read as something else are quoted, and the new source's
/// id is one no loaded source has.
#[test]
fn a_new_file_reads_back_as_written_whatever_the_data_holds() {
    let directory = scratch();
    let data = directory.path().join("data.yaml");
    fs::write(
        &data,
        "themes:\n  - { id: \"-\", label: { en: \"Line\\nbreak\" } }\n\
         sources:\n  - { id: null-source, title: T, language: en }\n",
    )
    .expect("writable");
    let data = data.to_str().expect("UTF-8");
    let written = stdout_of(&["--no-builtin", "--data", data, "new", "null"]);
    assert!(
        written.contains("  - id: \"null\"\n    abbreviation: \"NULL\"\n"),
        "{written}"
    );
    assert!(written.contains("  - theme: \"-\"\n"), "{written}");
    assert!(written.contains("  - id: null-source-2\n"), "{written}");
    assert!(
        written.contains("    #   - (Line\\u{a}break)\n"),
        "{written}"
    );
    let path = directory.path().join("null.yaml");
    fs::write(&path, &written).expect("writable");
    let said = stdout_of(&[
        "--no-builtin",
        "--data",
        data,
        "validate",
        path.to_str().expect("UTF-8"),
    ]);
    assert!(
        said.lines()
            .last()
            .is_some_and(|verdict| verdict.starts_with("valid: ")),
        "{said}"
    );
}

#[test]
fn new_never_replaces_a_file() {
    let directory = scratch();
    let path = directory.path().join("vpe.yaml");
    fs::write(&path, "my work").expect("writable");
    let arg = path.to_str().expect("UTF-8");
    let said = failure_of(&["new", "vpe", "-o", arg], 2);
    assert_eq!(
        said,
        format!(
            "roles: error: cannot write {arg}: it already exists (roles new never replaces a file)\n"
        )
    );
    assert_eq!(read(&path), "my work");
    let said = failure_of(&["--lang", "hu", "new", "vpe", "-o", arg], 2);
    assert!(
        said.contains("már létezik (a roles new sosem ír felül meglévő fájlt)"),
        "{said}"
    );
    assert_eq!(fs::read_dir(directory.path()).expect("listable").count(), 1);
}

#[test]
fn new_says_where_the_schema_belongs_unless_it_is_there() {
    let directory = scratch();
    let path = directory.path().join("vpe.yaml");
    let arg = path.to_str().expect("UTF-8");
    let output = roles()
        .args(["new", "vpe", "-o", arg])
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(0));
    let schema = directory.path().join("roles.schema.json");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "roles: wrote {arg}. For your editor to complete and check it, write the schema next to it: roles schema -o {}\n",
            schema.display()
        )
    );
    stdout_of(&["schema", "-o", schema.to_str().expect("UTF-8")]);
    let again = directory.path().join("cpo.yaml");
    stdout_of(&["new", "cpo", "-o", again.to_str().expect("UTF-8")]);
}

#[test]
fn new_refuses_an_id_that_cannot_be_one_or_is_taken() {
    assert_eq!(
        failure_of(&["new", "VP Eng"], 2),
        "roles: error: 'VP Eng' cannot be a role's id: use up to 64 lowercase letters, digits and '-', not beginning with '-', such as 'vp-eng'\n"
    );
    assert_eq!(
        failure_of(&["new", "cto"], 2),
        "roles: error: a role 'cto' exists already; choose another id\n"
    );
    assert_eq!(
        failure_of(&["--lang", "hu", "new", "cto"], 2),
        "roles: hiba: már van „cto” azonosítójú szerepkör; válasszon másik azonosítót\n"
    );
    // An id a command line would take for an option, or too long.
    failure_of(&["new", "--", "-x"], 2);
    failure_of(&["new", &"a".repeat(65)], 2);
    // Escaped like every message: an id is typed, and may hold anything.
    let said = failure_of(&["new", "a\u{1b}[2Jb"], 2);
    assert!(said.contains("a\\u{1b}[2Jb"), "{said}");
}
