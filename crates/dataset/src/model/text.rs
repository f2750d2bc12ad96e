//! The texts of the dataset: a language, a string, a text in every language,
//! and a text with the sources it cites. A language is a key of a text, so
//! adding one to [`Lang`] is all a dataset needs.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// A language code: `en` or `hu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the language every text must have.
    En,
    /// Hungarian.
    Hu,
}

impl Lang {
    /// How many languages there are.
    pub const COUNT: usize = 2;

    /// Every language, in the order they are listed to users.
    pub const ALL: [Lang; Lang::COUNT] = [Lang::En, Lang::Hu];

    /// Where the language stands in [`Lang::ALL`]: an exhaustive match, so
    /// that a new language cannot compile without its place.
    pub const fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Hu => 1,
        }
    }

    /// The language's name in English, for messages in English.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hu => "Hungarian",
        }
    }

    /// The code users type and datasets use (`en`, `hu`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hu => "hu",
        }
    }

    /// Looks a language up by its code, ignoring case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The codes of every language, quoted for a message: `` `en`, `hu` ``.
    pub fn codes() -> String {
        let codes: Vec<String> = Lang::ALL
            .iter()
            .map(|lang| format!("`{}`", lang.code()))
            .collect();
        codes.join(", ")
    }
}

// Every language stands in `Lang::ALL` at its own index, once.
const _: () = {
    let mut at = 0;
    while at < Lang::COUNT {
        assert!(Lang::ALL[at].index() == at);
        at += 1;
    }
};

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A string of the dataset: borrowed from the binary for the built-in dataset,
/// which so costs no allocation at start-up, and owned for a user's.
///
/// It reads only text: a YAML null (`~`, `null`, or nothing at all) where text
/// is expected is an error, as an empty text is, rather than the word "null".
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Str(Cow<'static, str>);

impl Str {
    /// A string that lives as long as the program, such as a literal.
    pub const fn borrowed(text: &'static str) -> Str {
        Str(Cow::Borrowed(text))
    }

    /// The text itself.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl From<String> for Str {
    fn from(text: String) -> Str {
        Str(Cow::Owned(text))
    }
}

impl From<&'static str> for Str {
    fn from(text: &'static str) -> Str {
        Str(Cow::Borrowed(text))
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Str, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Str;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text")
            }
            // YAML's null is not text: `abbreviation: ~` is a mistake, not the abbreviation "~".
            fn visit_none<E: de::Error>(self) -> Result<Str, E> {
                Err(E::custom(NULL_MESSAGE))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Str, E> {
                Err(E::custom(NULL_MESSAGE))
            }
            fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Str, D::Error> {
                String::deserialize(inner).map(Str::from)
            }
        }
        deserializer.deserialize_option(TextVisitor)
    }
}

/// What a null where text belongs is told; serde asks a missing field for a
/// null too, so the message names both.
pub const NULL_MESSAGE: &str = "expected text, found none (the field is missing, or `~`, `null` or empty); write the text, or leave out an optional field";

#[cfg(feature = "bake")]
impl databake::Bake for Str {
    fn bake(&self, ctx: &databake::CrateEnv) -> databake::TokenStream {
        ctx.insert("roles_dataset");
        let text = self.as_str();
        databake::quote! { roles_dataset::model::Str::borrowed(#text) }
    }
}

#[cfg(feature = "bake")]
impl databake::BakeSize for Str {
    fn borrows_size(&self) -> usize {
        self.len()
    }
}

/// A list of records: borrowed for the built-in dataset, which the build
/// script writes as constant data, and owned for a user's.
pub type List<T> = Cow<'static, [T]>;

/// What a [`List`] can hold: anything that can be copied and lives as long as
/// the program may need it.
pub trait Record: Clone + 'static {}

impl<T: Clone + 'static> Record for T {}

/// An empty list, for fields that may be left out.
pub fn empty<T: Record>() -> List<T> {
    Cow::Borrowed(&[])
}
/// An optional field that, when present, must hold a value: `orientation: ~`
/// is refused like any other null, not read as "no orientation".
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// A short text: a map from language to string, in YAML `{ en: …, hu: … }`.
/// English is required; every other language is optional and falls back to it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Text {
    by_lang: [Option<Str>; Lang::COUNT],
}

impl Text {
    /// A text from its translations, one slot per language in [`Lang::ALL`] order.
    pub const fn from_translations(by_lang: [Option<Str>; Lang::COUNT]) -> Text {
        Text { by_lang }
    }

    /// A text in English only.
    pub fn english(text: impl Into<Str>) -> Text {
        let mut by_lang: [Option<Str>; Lang::COUNT] = Default::default();
        by_lang[Lang::En.index()] = Some(text.into());
        Text { by_lang }
    }

    /// The text in `lang`, or `None` when it has not been translated.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        self.by_lang[lang.index()].as_deref()
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang)
            .or_else(|| self.translation(Lang::En))
            .unwrap_or_default()
    }

    /// The English text, which every text has.
    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    /// Every translation the text has, in [`Lang::ALL`] order.
    pub fn translations(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| self.translation(lang).map(|text| (lang, text)))
    }

    /// Sets the text in `lang`.
    pub fn set(&mut self, lang: Lang, text: impl Into<Str>) {
        self.by_lang[lang.index()] = Some(text.into());
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.translations()).finish()
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (lang, text) in self.translations() {
            map.serialize_entry(&lang, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        let (text, _) = deserializer.deserialize_map(TextVisitor { cited: false })?;
        Ok(text)
    }
}

#[cfg(feature = "bake")]
impl databake::Bake for Text {
    fn bake(&self, ctx: &databake::CrateEnv) -> databake::TokenStream {
        ctx.insert("roles_dataset");
        let by_lang = self.by_lang.bake(ctx);
        databake::quote! { roles_dataset::model::Text::from_translations(#by_lang) }
    }
}

#[cfg(feature = "bake")]
impl databake::BakeSize for Text {
    fn borrows_size(&self) -> usize {
        self.by_lang.borrows_size()
    }
}

/// A text in every language together with the sources it comes from, in YAML
/// `{ en: …, hu: …, sources: [...] }`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
pub struct Statement {
    /// The text itself.
    pub text: Text,
    /// The ids of the sources it comes from.
    pub sources: List<Str>,
}

impl Statement {
    /// The text in `lang`, or `None` when it has not been translated.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        self.text.translation(lang)
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> &str {
        self.text.get(lang)
    }
}

impl Serialize for Statement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (lang, text) in self.text.translations() {
            map.serialize_entry(&lang, text)?;
        }
        map.serialize_entry("sources", &self.sources)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for Statement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Statement, D::Error> {
        let (text, sources) = deserializer.deserialize_map(TextVisitor { cited: true })?;
        let sources = sources.ok_or_else(|| de::Error::missing_field(SOURCES))?;
        Ok(Statement { text, sources })
    }
}

const SOURCES: &str = "sources";

/// Reads a text's languages, and with `cited` its sources too. The keys are
/// languages, so adding a language to [`Lang`] is all a dataset needs.
struct TextVisitor {
    cited: bool,
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = (Text, Option<List<Str>>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.cited {
            f.write_str("a text with its sources, such as { en: …, sources: [...] }")
        } else {
            f.write_str("a text, such as { en: …, hu: … }")
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut text = Text::default();
        let mut sources = None;
        let seed = KeySeed { cited: self.cited };
        while let Some(key) = map.next_key_seed(seed)? {
            match key {
                Key::Sources => {
                    if sources.is_some() {
                        return Err(de::Error::duplicate_field(SOURCES));
                    }
                    sources = Some(map.next_value()?);
                }
                Key::Lang(lang) => {
                    if text.translation(lang).is_some() {
                        return Err(de::Error::custom(format_args!(
                            "the `{lang}` text is given twice"
                        )));
                    }
                    text.set(lang, map.next_value::<Str>()?);
                }
            }
        }
        if text.translation(Lang::En).is_none() {
            return Err(de::Error::missing_field("en"));
        }
        Ok((text, sources))
    }
}

/// A key of a text: a language, or for a cited text its `sources`.
enum Key {
    Lang(Lang),
    Sources,
}

/// Reads a key of a text, so that a key that is neither is reported where it stands.
#[derive(Clone, Copy)]
struct KeySeed {
    cited: bool,
}

impl<'de> de::DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a language code")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        if self.cited && key == SOURCES {
            return Ok(Key::Sources);
        }
        match Lang::ALL.into_iter().find(|lang| lang.code() == key) {
            Some(lang) => Ok(Key::Lang(lang)),
            None => {
                let sources = if self.cited { ", or `sources`" } else { "" };
                Err(E::custom(format_args!(
                    "unknown field `{key}`: expected a language ({}){sources}",
                    Lang::codes()
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn a_text_is_a_map_of_languages_with_english_required() -> TestResult {
        let text: Text = serde_yaml::from_str("{ en: Strategy, hu: Stratégia }")?;
        assert_eq!(text.get(Lang::Hu), "Stratégia");
        let text: Text = serde_yaml::from_str("{ en: Strategy }")?;
        assert_eq!(text.get(Lang::Hu), "Strategy", "falls back to English");
        assert_eq!(text.translation(Lang::Hu), None);

        let error = serde_yaml::from_str::<Text>("{ hu: Stratégia }").err();
        assert!(error.is_some_and(|e| e.to_string().contains("missing field `en`")));
        let error = serde_yaml::from_str::<Text>("{ en: a, de: b }").err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("unknown field `de`: expected a language (`en`, `hu`)")
        }));
        Ok(())
    }

    #[test]
    fn null_is_not_text() {
        for yaml in ["{ en: ~ }", "{ en: null }", "{ en: }"] {
            let error = serde_yaml::from_str::<Text>(yaml).err();
            assert!(
                error.is_some_and(|e| e.to_string().contains("expected text, found none")),
                "{yaml}"
            );
        }
        let quoted: Result<Text, _> = serde_yaml::from_str("{ en: '~' }");
        assert_eq!(
            quoted.ok().map(|text| text.en().to_owned()).as_deref(),
            Some("~")
        );
    }

    #[test]
    fn a_statement_carries_its_sources() -> TestResult {
        let statement: Statement = serde_yaml::from_str("{ en: A, hu: B, sources: [s1] }")?;
        assert_eq!(*statement.sources, ["s1"]);
        assert_eq!(statement.get(Lang::Hu), "B");
        let error = serde_yaml::from_str::<Statement>("{ en: A }").err();
        assert!(error.is_some_and(|e| e.to_string().contains("missing field `sources`")));
        let round_trip: Statement = serde_yaml::from_str(&serde_yaml::to_string(&statement)?)?;
        assert_eq!(round_trip, statement);
        Ok(())
    }
}
