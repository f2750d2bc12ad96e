//! The interface in English.

use super::catalogue::{Labels, OptionalList, SkillWords, StarterWords};
use crate::model::Section;

pub(super) const EN: Labels = Labels {
    title: "Title",
    summary: "Summary",
    orientation: "Orientation",
    classification: "Classification",
    also_called: "Also called",
    theme: "Theme",
    id: "ID",
    abbreviation: "Abbreviation",
    id_short: "ID",
    abbreviation_short: "Abbr.",
    role: "Role",
    section: "Section",
    disagreement: "Where the sources disagree",
    in_english: "(in English)",
    item: "Item",
    detail: "Detail",
    sources: "Sources",
    dash: " — ",
    common_legend: "each compared role has items of its own on this theme (not necessarily the same duties)",
    contested_legend: "the sources disagree.",
    not_covered_legend: "not covered by the sources",
    common_brief: "every role has items of its own here",
    contested_brief: "the sources disagree here",
    brief_cells: "each cell: a role's first item on the theme, and +N more; all of them, in full: without --brief",
    item_kind: |section| match section {
        Section::Responsibilities => None,
        Section::Focus => Some("focus area"),
        Section::Challenges => Some("challenge"),
        Section::Shared => None,
        Section::Skills => Some("skill"),
    },
    written_in: |code| match code {
        "en" => Some("in English"),
        "hu" => Some("in Hungarian"),
        "mul" => Some("multilingual"),
        _ => None,
    },
    origin_unknown: "publisher and address unknown",
    section_name: |section| match section {
        Section::Responsibilities => "Responsibilities",
        Section::Focus => "Focus areas",
        Section::Challenges => "Challenges",
        Section::Shared => "Common ground",
        Section::Skills => "Skills",
    },
    collaboration: "How they work together",
    shared_challenges: "Challenges they share",
    // English is every text's required language, so this only words the rule.
    untranslated: |n| format!("Note: {n} texts are shown in English for want of a translation."),
    matrix_title: "Who owns what",
    matrix_covered: "covered by the sources",
    matrix_contested: "covered by the sources, which disagree on who does what",
    reference: "Reference",
    document_title: "Title",
    join_roles: |names| names.join(" vs "),
    error: "error",
    empty_search: "the search term is empty",
    wide_needs_csv: "--wide works only with CSV: add --format csv, or export to a .csv file",
    unknown_role: |id, near, known| {
        let near = near
            .map(|near| format!(" (did you mean '{near}'?)"))
            .unwrap_or_default();
        if known.is_empty() {
            format!("unknown role '{id}'{near}; the dataset has no roles")
        } else {
            format!("unknown role '{id}'{near}; known roles: {known}")
        }
    },
    named_twice: |id| format!("role '{id}' is named more than once"),
    no_match: |term| format!("no item mentions '{term}'"),
    named_role: |id, abbreviation, title, other| {
        let other = other.map(|name| format!(" (“{name}”)")).unwrap_or_default();
        format!("Matches a role's name: {abbreviation}, {title}{other}; see `roles show {id}`.")
    },
    cannot_write: |path| format!("cannot write {path}"),
    // English words of the dataset's problems, system errors and usage
    // errors are those of the types and libraries that make them.
    problem: |problem| problem.to_string(),
    problems: |problems| problems.to_string(),
    valid: |verdict| {
        let warnings = match verdict.warnings {
            0 => String::new(),
            n => format!("; {}", counted(n, "warning")),
        };
        format!(
            "valid: {} ({}, {}, {}{warnings})",
            verdict.files.join(", "),
            counted(verdict.roles, "role"),
            counted(verdict.themes, "theme"),
            counted(verdict.sources, "source"),
        )
    },
    invalid: |verdict| {
        format!(
            "{} and {} in {}",
            counted(verdict.errors, "error"),
            counted(verdict.warnings, "warning"),
            verdict.files.join(", ")
        )
    },
    nothing_to_validate: "nothing to validate: --no-builtin and no files",
    io_kind: |_| None,
    refusal: |refusal| refusal.to_string(),
    usage: |_| None,
    with_help: |message| format!("{message} (see 'roles --help')"),
    unknown_language: |code, from, known| {
        format!("unknown language '{code}' in {from}; available languages: {known}")
    },
    unreadable_pager: |line| {
        format!("cannot read the pager command '{line}': missing closing quote")
    },
    empty_pager: "the pager command is empty",
    cannot_start_pager: |program| format!("cannot start the pager '{program}'"),
    without_pager: "showing the output without it",
    unknown_shell: |name, variable, known| {
        format!("unknown shell '{name}' in {variable}; available shells: {known}")
    },
    cannot_write_script: "cannot write the completion script",
    cannot_write_completions: "cannot write the completions",
    cannot_complete: "cannot complete",
    skills: SkillWords {
        essential: "Essential skills",
        optional: "Optional skills",
        essential_heading: "Essential skill",
        shared: "Shared",
        only: |abbreviation| format!("{abbreviation} only"),
        skill_kind: "Skills and competences",
        knowledge_kind: "Knowledge",
        of_them_knowledge: |n| format!(", {n} of them knowledge"),
        optional_list: |list| match list {
            OptionalList::Shared => "Optional, shared".to_owned(),
            OptionalList::Only(abbreviation) => format!("Optional, {abbreviation} only"),
            OptionalList::Besides(abbreviation) => {
                format!("{abbreviation}, other optional skills")
            }
            OptionalList::All => "Optional skills".to_owned(),
        },
        occupations: |n| {
            if n == 1 {
                "ESCO occupation"
            } else {
                "ESCO occupations"
            }
        },
        optional_elsewhere: "Every optional skill is listed in the whole comparison (without --section), and in JSON and CSV.",
        knowledge_legend: "knowledge; the others are skills or competences",
        skill_noun: "skill",
        knowledge_noun: "knowledge",
        essential_legend: "essential",
        optional_legend: "optional",
        english_labels: None,
    },
    starter: StarterWords {
        intro: |file, compare| {
            format!(
                "A role of your own for `roles`. Replace each text that begins with TODO;\n\
                 `roles validate {file}` lists those still left, with their lines.\n\
                 You may delete a `hu:` line; the English text is then shown instead.\n\
                 Then see the role as `roles` shows it:\n\
                 \x20 roles --data {file} {compare}\n\
                 The first line lets editors that use yaml-language-server (VS Code,\n\
                 Neovim, Helix, Zed) complete and check this file as you type, once\n\
                 the schema is in the same folder:\n\
                 \x20 roles schema -o roles.schema.json"
            )
        },
        sources: "The documents your texts are taken from, such as a handbook,\na job description or an article.",
        builtin_sources: "Texts may also cite the sources `roles sources` lists:",
        language: "the language it is written in: en, hu, or mul for several",
        source_optional: "Optional: publisher, date and url.",
        themes: "Each item belongs to a theme, named by its id. The themes to choose\nfrom (`roles themes` lists them):",
        own_theme: "The themes that items belong to; each item names its theme by id.",
        orientation: "Optional: whether the role looks inward, to the organisation,\nor outward, to customers, written as\norientation: { en: …, hu: …, sources: [...] }",
        skills: "Optional: skills, as ESCO links an occupation to them\n(see docs/dataset.md in the roles repository).",
        source_title: "TODO: the title of the document",
        theme_label: "TODO: the name of the theme",
        role_title: "TODO: the full title of the role",
        summary: "TODO: what the role is, in a sentence",
        item_title: |section| match section {
            Section::Focus => "TODO: what the role focuses on, in a few words",
            Section::Challenges => "TODO: what makes the role hard, in a few words",
            _ => "TODO: what the role is answerable for, in a few words",
        },
        item_detail: "TODO: a sentence or two",
        invalid_id: |id, example| {
            format!(
                "'{id}' cannot be a role's id: use up to 64 lowercase letters, digits and '-', not beginning with '-', such as '{example}'"
            )
        },
        role_exists: |id| format!("a role '{id}' exists already; choose another id"),
        no_schema_beside: |file, schema| {
            format!(
                "wrote {file}. For your editor to complete and check it, write the schema next to it: roles schema -o {schema}"
            )
        },
    },
};

/// `1 role`, `2 roles`.
fn counted(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
