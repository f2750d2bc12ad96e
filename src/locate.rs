//! Finding the line and column of a node in a YAML file, given its path.
//!
//! The YAML library keeps positions to itself, except that it stamps the
//! current node's position on any error a deserializer raises. So a node is
//! found by walking the file to it with a deserializer that fails there on
//! purpose. It costs a parse of the file, and is only done for nodes that a
//! problem is reported on.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::schema::{Step, Target};

const LOCATED: &str = "\u{0}located";

/// Line and column (from 1) of the node at `path`, or of its key when `target` is [`Target::Key`].
pub fn locate(text: &str, path: &[Step], target: Target) -> Option<(usize, usize)> {
    let error = Walk { path, target }
        .deserialize(serde_yaml::Deserializer::from_str(text))
        .err()?;
    if !error.to_string().contains(LOCATED) {
        return None;
    }
    error.location().map(|at| (at.line(), at.column()))
}

struct Walk<'p> {
    path: &'p [Step],
    target: Target,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.path.is_empty() {
            // Asking for any value puts the deserializer on the node before it fails.
            return deserializer.deserialize_any(Fail);
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping or a sequence")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Step::Key(wanted), rest)) = self.path.split_first() else {
            return Ok(());
        };
        let at_key = rest.is_empty() && self.target == Target::Key;
        loop {
            let found = if at_key {
                map.next_key_seed(FailAtKey(wanted))?
            } else {
                map.next_key::<serde_yaml::Value>()?
                    .map(|key| key.as_str() == Some(wanted.as_str()))
            };
            match found {
                None => return Ok(()),
                Some(true) => {
                    return map.next_value_seed(Walk {
                        path: rest,
                        target: self.target,
                    });
                }
                Some(false) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Step::Index(wanted), rest)) = self.path.split_first() else {
            return Ok(());
        };
        for _ in 0..*wanted {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Walk {
            path: rest,
            target: self.target,
        })
        .map(|_| ())
    }
}

/// Reads a key, failing on it if it is the one wanted; otherwise says it was not.
/// The failure must come from inside the visitor: only then does the YAML
/// library stamp it with the key's own position.
struct FailAtKey<'w>(&'w str);

impl<'de> DeserializeSeed<'de> for FailAtKey<'_> {
    type Value = bool;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for FailAtKey<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        if key == self.0 {
            Err(E::custom(LOCATED))
        } else {
            Ok(false)
        }
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }
}

/// Fails on whatever node it is given.
struct Fail;

impl<'de> Visitor<'de> for Fail {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(LOCATED))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(LOCATED))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(LOCATED))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "roles:\n  - id: a\n    title: { en: A }\n  - id: b\n    titel: B\n";

    fn key(name: &str) -> Step {
        Step::Key(name.to_owned())
    }

    #[test]
    fn values_and_keys_are_found() {
        let path = [key("roles"), Step::Index(1), key("id")];
        assert_eq!(locate(YAML, &path, Target::Value), Some((4, 9)));
        let path = [key("roles"), Step::Index(1), key("titel")];
        assert_eq!(locate(YAML, &path, Target::Key), Some((5, 5)));
        assert_eq!(locate(YAML, &path, Target::Value), Some((5, 12)));
        let path = [key("roles"), Step::Index(0), key("title"), key("en")];
        assert_eq!(locate(YAML, &path, Target::Value), Some((3, 18)));
    }

    #[test]
    fn a_path_that_is_not_there_has_no_position() {
        let path = [key("roles"), Step::Index(5)];
        assert_eq!(locate(YAML, &path, Target::Value), None);
        let path = [key("themes")];
        assert_eq!(locate(YAML, &path, Target::Value), None);
    }
}
