//! The JSON Schema of dataset files, for editors: made from the model's serde
//! types and their doc comments by schemars, so that it cannot drift from
//! what `roles` reads. The build script writes it with the built-in ids as
//! known values, and the binary prints it.
//!
//! It is JSON Schema draft-07, the newest yaml-language-server reads. It says
//! the shape only: ids that refer to each other, empty texts and missing
//! translations are left to `roles validate`.

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::model::{DatasetFile, Str};

/// The schema of every dataset file, offering the ids `known` defines (the
/// built-in dataset's) where a file refers to a theme, a source or a role.
pub fn json_schema(known: &DatasetFile) -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    let generated = generator.into_root_schema_for::<DatasetFile>().to_value();
    // What the schema is comes first, for a reader of the file.
    let mut schema = Value::Object(Map::new());
    if let (Value::Object(schema), Value::Object(mut generated)) = (&mut schema, generated) {
        // schemars titles it with the type's name.
        generated.insert("title".into(), json!("roles dataset file"));
        for key in ["$schema", "title", "description"] {
            if let Some(value) = generated.remove(key) {
                schema.insert(key.into(), value);
            }
        }
        schema.extend(generated);
    }
    tidy(&mut schema);
    let known_ids = [
        (
            "ThemeId",
            known
                .themes
                .iter()
                .map(|theme| (&theme.id, theme.label.en()))
                .collect::<Vec<_>>(),
        ),
        (
            "SourceId",
            known
                .sources
                .iter()
                .map(|source| (&source.id, source.title.as_str()))
                .collect(),
        ),
        (
            "RoleId",
            known
                .roles
                .iter()
                .map(|role| (&role.id, role.title.en()))
                .collect(),
        ),
    ];
    if let Some(Value::Object(definitions)) = schema.get_mut("definitions") {
        for (name, ids) in known_ids {
            if let Some(Value::Object(definition)) = definitions.get_mut(name) {
                offer(definition, &ids);
            }
        }
    }
    schema
}

/// Readies what schemars made for editors, in every subschema:
/// - null is taken out: schemars allows it for an optional field, but
///   `orientation: ~` is refused like any null, and an optional field may
///   only be left out;
/// - a choice of words (`essential`, `optional`) becomes an `enum`, with the
///   words' descriptions as `enumDescriptions`, which editors show beside them;
/// - descriptions are written for a reader of the file: the doc comments'
///   line breaks and rustdoc links are taken out.
fn tidy(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(description)) = map.get_mut("description") {
                *description = description
                    .replace('\n', " ")
                    .replace("[`", "`")
                    .replace("`]", "`");
            }
            if let Some(Value::Array(choices)) = map.get("oneOf") {
                let words: Option<Vec<(Value, Value)>> = choices
                    .iter()
                    .map(|choice| {
                        let word = choice.get("const")?.clone();
                        let said = choice.get("description").cloned().unwrap_or(json!(""));
                        Some((word, said))
                    })
                    .collect();
                if let Some(words) = words {
                    let (words, said): (Vec<Value>, Vec<Value>) = words.into_iter().unzip();
                    map.remove("oneOf");
                    map.insert("type".into(), json!("string"));
                    map.insert("enum".into(), Value::Array(words));
                    map.insert("enumDescriptions".into(), Value::Array(said));
                }
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|kind| kind != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(branches)) = map.get_mut(key) {
                    branches.retain(|branch| branch.get("type") != Some(&json!("null")));
                    if let [only] = branches.as_slice() {
                        let only = only.clone();
                        map.remove(key);
                        map.insert("allOf".into(), json!([only]));
                    }
                }
            }
            map.values_mut().for_each(tidy);
        }
        Value::Array(values) => values.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Offers `ids` as the known values of an id definition: as examples, which
/// editors complete but no validator enforces, so a file's own ids still pass.
fn offer(definition: &mut Map<String, Value>, ids: &[(&Str, &str)]) {
    if ids.is_empty() {
        return;
    }
    let listed: Vec<String> = ids
        .iter()
        .map(|(id, name)| format!("`{id}` ({name})"))
        .collect();
    if let Some(Value::String(description)) = definition.get_mut("description") {
        description.push_str(&format!(" Built in: {}.", listed.join(", ")));
    }
    let examples: Vec<Value> = ids.iter().map(|(id, _)| json!(id.as_str())).collect();
    definition.insert("examples".into(), Value::Array(examples));
}
