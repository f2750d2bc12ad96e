//! What a role must know and be able to do: the skills a classification of
//! occupations (ESCO) links it to, each link essential or optional.

use serde::{Deserialize, Serialize};

use super::text::{List, Str, present};

/// A role's skills, as one source links its occupation to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skills {
    /// The source that links the role to these skills (`esco-skills`).
    #[cfg_attr(feature = "schema", schemars(with = "super::schema::SourceId"))]
    pub source: Str,
    /// The source's URI for the occupation these skills belong to.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub occupation: Option<Str>,
    /// Each skill the role is linked to, essential ones first.
    pub links: List<SkillLink>,
}

/// One skill or piece of knowledge a role is linked to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillLink {
    /// The skill's name exactly as the source gives it, in the source's
    /// language. Do not translate it.
    pub label: Str,
    /// Whether the role needs it (`essential`) or may have it (`optional`).
    pub relation: Relation,
    /// Whether it is knowledge or a skill, where the source says.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<SkillKind>,
    /// The collections of skills the source puts it in (`digital`, `transversal`).
    #[serde(default = "super::empty", skip_serializing_if = "<[_]>::is_empty")]
    #[cfg_attr(feature = "schema", schemars(default))]
    pub flags: List<SkillFlag>,
}

/// How a role is linked to a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The role cannot do without it.
    Essential,
    /// The role may need it, depending on the job.
    Optional,
}

/// What a skill is, in ESCO's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    /// Something to know: facts, principles, theories.
    Knowledge,
    /// Something to be able to do: a skill or a competence.
    Skill,
}

/// A collection of skills ESCO puts a skill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = roles_dataset::model))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SkillFlag {
    /// Digital skills and knowledge.
    Digital,
    /// Skills used across jobs and sectors.
    Transversal,
    /// Skills for the green transition.
    Green,
    /// Languages.
    Language,
}

impl Relation {
    /// The word files and programs use.
    pub fn key(self) -> &'static str {
        match self {
            Relation::Essential => "essential",
            Relation::Optional => "optional",
        }
    }
}

impl SkillKind {
    /// The word files and programs use.
    pub fn key(self) -> &'static str {
        match self {
            SkillKind::Knowledge => "knowledge",
            SkillKind::Skill => "skill",
        }
    }
}

impl SkillFlag {
    /// The word files and programs use.
    pub fn key(self) -> &'static str {
        match self {
            SkillFlag::Digital => "digital",
            SkillFlag::Transversal => "transversal",
            SkillFlag::Green => "green",
            SkillFlag::Language => "language",
        }
    }
}

impl Skills {
    /// The links of one relation, in the file's order.
    pub fn of(&self, relation: Relation) -> impl Iterator<Item = &SkillLink> {
        self.links
            .iter()
            .filter(move |link| link.relation == relation)
    }
}
