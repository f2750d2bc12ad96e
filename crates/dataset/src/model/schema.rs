//! How each type of the model is described in the JSON Schema of dataset
//! files, where deriving cannot say it: a text is a map of languages, a
//! string may be written as a number, and an id refers to a record of a kind.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use super::{Lang, Statement, Str, Text};
use crate::input::MAX_ID;

/// What an id may be, as the checker holds it: lowercase letters, digits and `-`.
const ID_PATTERN: &str = "^[a-z0-9-]+$";

/// A text as YAML may write it: a number or `true` is read as its text, as
/// `roles` reads it, so the schema does not flag what `roles` accepts. Null
/// and a blank text are refused.
fn scalar() -> Map<String, Value> {
    let mut text = Map::new();
    text.insert("type".into(), json!(["string", "number", "boolean"]));
    text.insert("pattern".into(), json!("\\S"));
    text
}

impl JsonSchema for Str {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Str".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        Schema::from(scalar())
    }
}

/// The languages of a text as its properties, English required, and with
/// `cited` its `sources` too.
fn translations(generator: &mut SchemaGenerator, cited: bool) -> Schema {
    let mut properties = Map::new();
    for lang in Lang::ALL {
        let mut text = scalar();
        let said = match lang {
            Lang::En => "The text in English. Every text needs one.".to_owned(),
            _ => format!(
                "The text in {}; where it is left out, the English text is shown.",
                lang.english_name()
            ),
        };
        text.insert("description".into(), json!(said));
        properties.insert(lang.code().to_owned(), Value::Object(text));
    }
    let mut required = vec![json!(Lang::En.code())];
    if cited {
        let source = generator.subschema_for::<SourceId>();
        properties.insert(
            "sources".into(),
            json!({
                "description": "The ids of the sources it comes from, one or more.",
                "type": "array",
                "items": source,
                "minItems": 1,
            }),
        );
        required.push(json!("sources"));
    }
    json_schema!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    // No description of its own: editors show the one of the field it is
    // in (its title, its summary), which says more.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        translations(generator, false)
    }
}

impl JsonSchema for Statement {
    fn schema_name() -> Cow<'static, str> {
        "Statement".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        translations(generator, true)
    }
}

/// The schema of an id, defined or referred to.
fn id(description: &str) -> Schema {
    let mut id = scalar();
    // Not true or false, which an editor would offer beside the ids; an
    // id written so, unquoted, is the one shape `roles` reads that this refuses.
    id.insert("type".into(), json!(["string", "number"]));
    id.insert("pattern".into(), json!(ID_PATTERN));
    id.insert("maxLength".into(), json!(MAX_ID));
    id.insert("description".into(), json!(description));
    Schema::from(id)
}

/// Declares a kind of id: a type with no values, whose only use is to give
/// the fields that hold such an id (`schemars(with = …)`) its schema.
macro_rules! id_kind {
    ($(#[doc = $doc:literal])* $name:ident, $description:literal) => {
        $(#[doc = $doc])*
        pub(super) struct $name;

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                id($description)
            }
        }
    };
}

id_kind!(
    /// The id a record is defined with.
    Id,
    "An id: at most 64 lowercase letters, digits and `-`. No two roles may share one, nor two themes, two sources and so on."
);

id_kind!(
    /// A reference to a theme, by its id.
    ThemeId,
    "The id of a theme: a built-in one, or one a dataset file defines under `themes`."
);

id_kind!(
    /// A reference to a source, by its id.
    SourceId,
    "The id of a source: a built-in one, or one a dataset file defines under `sources`."
);

id_kind!(
    /// A reference to a role, by its id.
    RoleId,
    "The id of a role: a built-in one, or one a dataset file defines under `roles`."
);
