//! The shape of a dataset file, checked on parsed YAML before it becomes typed
//! data. serde stops at the first problem; this walks the whole file and
//! reports every unknown field, missing field and wrong type, each with its
//! path, so that `roles validate` can list them all in one run.
//!
//! The shapes mirror the types in `model.rs`; a file that passes here is
//! turned into those types, so a mismatch between the two shows up as an error
//! there rather than silently.

use serde_yaml::Value;

use crate::dataset::closest;

/// One step of a path from the top of a file to a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The value of a mapping's key.
    Key(String),
    /// An element of a sequence.
    Index(usize),
}

/// Whether a problem is about a mapping's key or its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The node at the path.
    Value,
    /// The key the last step of the path names.
    Key,
}

/// A problem in a file's shape, at a path.
#[derive(Debug, Clone)]
pub struct Misfit {
    /// Where it is.
    pub path: Vec<Step>,
    /// Whether the key or the value is wrong.
    pub target: Target,
    /// What is wrong.
    pub message: String,
}

enum Shape {
    /// A string.
    Str,
    /// A list of strings.
    Strs,
    /// A list of records.
    List(&'static Record),
    /// A record.
    Record(&'static Record),
}

struct Record {
    /// What the record is called in messages.
    what: &'static str,
    fields: &'static [(&'static str, Shape, bool)],
}

use Shape::{List, Str, Strs};

const TEXT: Record = Record {
    what: "text",
    fields: &[("en", Str, true), ("hu", Str, false)],
};

const STATEMENT: Record = Record {
    what: "cited text",
    fields: &[
        ("en", Str, true),
        ("hu", Str, false),
        ("sources", Strs, true),
    ],
};

const ITEM: Record = Record {
    what: "item",
    fields: &[
        ("theme", Str, true),
        ("title", Shape::Record(&TEXT), true),
        ("detail", Shape::Record(&TEXT), true),
        ("sources", Strs, true),
    ],
};

const SOURCE: Record = Record {
    what: "source",
    fields: &[
        ("id", Str, true),
        ("title", Str, true),
        ("language", Str, true),
        ("file", Str, false),
    ],
};

const THEME: Record = Record {
    what: "theme",
    fields: &[("id", Str, true), ("label", Shape::Record(&TEXT), true)],
};

const ROLE: Record = Record {
    what: "role",
    fields: &[
        ("id", Str, true),
        ("abbreviation", Str, true),
        ("title", Shape::Record(&TEXT), true),
        ("summary", Shape::Record(&STATEMENT), true),
        ("orientation", Shape::Record(&STATEMENT), false),
        ("responsibilities", List(&ITEM), false),
        ("focus", List(&ITEM), false),
        ("challenges", List(&ITEM), false),
    ],
};

const SHARED: Record = Record {
    what: "shared group",
    fields: &[
        ("id", Str, true),
        ("roles", Strs, true),
        ("summary", Shape::Record(&STATEMENT), false),
        ("collaboration", List(&ITEM), false),
        ("challenges", List(&ITEM), false),
    ],
};

const DATASET: Record = Record {
    what: "dataset",
    fields: &[
        ("sources", List(&SOURCE), false),
        ("themes", List(&THEME), false),
        ("roles", List(&ROLE), false),
        ("shared", List(&SHARED), false),
    ],
};

/// Every shape problem in a parsed dataset file.
pub fn check(value: &Value) -> Vec<Misfit> {
    let mut misfits = Vec::new();
    record(value, &DATASET, &mut Vec::new(), &mut misfits);
    misfits
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

fn misfit(path: &[Step], target: Target, message: String, out: &mut Vec<Misfit>) {
    out.push(Misfit {
        path: path.to_vec(),
        target,
        message,
    });
}

fn shape(value: &Value, expected: &Shape, path: &mut Vec<Step>, out: &mut Vec<Misfit>) {
    match expected {
        // serde reads a number or true/false where a string is expected as
        // its text, so the walker does too: the two must accept the same files.
        Str => {
            if !matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_)) {
                misfit(
                    path,
                    Target::Value,
                    format!("expected a string, found {}", kind(value)),
                    out,
                );
            }
        }
        Strs => match value {
            Value::Sequence(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push(Step::Index(index));
                    shape(item, &Str, path, out);
                    path.pop();
                }
            }
            other => misfit(
                path,
                Target::Value,
                format!("expected a list of strings, found {}", kind(other)),
                out,
            ),
        },
        List(of) => match value {
            Value::Sequence(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push(Step::Index(index));
                    record(item, of, path, out);
                    path.pop();
                }
            }
            other => misfit(
                path,
                Target::Value,
                format!("expected a list of {}s, found {}", of.what, kind(other)),
                out,
            ),
        },
        Shape::Record(of) => record(value, of, path, out),
    }
}

fn record(value: &Value, record: &Record, path: &mut Vec<Step>, out: &mut Vec<Misfit>) {
    let Value::Mapping(mapping) = value else {
        let names: Vec<String> = record
            .fields
            .iter()
            .map(|(name, _, _)| format!("`{name}`"))
            .collect();
        misfit(
            path,
            Target::Value,
            format!(
                "expected a {} (a mapping with {}), found {}",
                record.what,
                names.join(", "),
                kind(value)
            ),
            out,
        );
        return;
    };
    for (key, field) in mapping {
        let Some(key) = key.as_str() else {
            misfit(
                path,
                Target::Value,
                format!(
                    "a {} has a key that is {}, not a name",
                    record.what,
                    kind(key)
                ),
                out,
            );
            continue;
        };
        path.push(Step::Key(key.to_owned()));
        match record.fields.iter().find(|(name, _, _)| *name == key) {
            // An optional field left empty (`hu:` or `hu: ~`) is as good as absent, as for serde.
            Some((_, _, false)) if field.is_null() => {}
            Some((_, expected, _)) => shape(field, expected, path, out),
            None => {
                let names = record.fields.iter().map(|(name, _, _)| *name);
                let mut message = format!("unknown field `{key}` in a {}", record.what);
                match closest(key, names) {
                    Some(near) => message.push_str(&format!(" (did you mean `{near}`?)")),
                    None => {
                        let names: Vec<String> = record
                            .fields
                            .iter()
                            .map(|(name, _, _)| format!("`{name}`"))
                            .collect();
                        message.push_str(&format!("; expected {}", names.join(", ")));
                    }
                }
                misfit(path, Target::Key, message, out);
            }
        }
        path.pop();
    }
    for (name, _, required) in record.fields {
        if *required && !mapping.contains_key(*name) {
            misfit(
                path,
                Target::Value,
                format!("this {} has no `{name}`", record.what),
                out,
            );
        }
    }
}

/// The path as people read it: `roles[0].responsibilities[2].title`.
pub fn display(path: &[Step]) -> String {
    let mut text = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(yaml: &str) -> Vec<String> {
        let value: Value = serde_yaml::from_str(yaml).unwrap_or(Value::Null);
        check(&value)
            .into_iter()
            .map(|misfit| format!("{}: {}", display(&misfit.path), misfit.message))
            .collect()
    }

    #[test]
    fn every_problem_is_found_not_just_the_first() {
        let found = messages(
            "roles:\n  - id: x\n    abbreviation: [X]\n    titel: { en: X }\n    summary: { en: S, hu: ~ }\n",
        );
        assert_eq!(
            found,
            [
                "roles[0].abbreviation: expected a string, found a list",
                "roles[0].titel: unknown field `titel` in a role (did you mean `title`?)",
                "roles[0].summary: this cited text has no `sources`",
                "roles[0]: this role has no `title`",
            ]
        );
    }

    #[test]
    fn wrong_containers_are_named() {
        assert_eq!(
            messages(
                "roles: cto\nthemes: [3]\nsources: [{ id: 7, title: yes, language: en, file: ~ }]\n"
            ),
            [
                "roles: expected a list of roles, found a string",
                "themes[0]: expected a theme (a mapping with `id`, `label`), found a number",
            ]
        );
        assert_eq!(
            messages("- a\n- b\n"),
            [
                ": expected a dataset (a mapping with `sources`, `themes`, `roles`, `shared`), found a list"
            ]
        );
    }

    #[test]
    fn a_far_off_field_lists_the_expected_ones() {
        assert_eq!(
            messages("colour: red\n"),
            [
                "colour: unknown field `colour` in a dataset; expected `sources`, `themes`, `roles`, `shared`"
            ]
        );
    }
}
