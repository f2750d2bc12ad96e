//! `roles search TERM...`: every item with words starting with the term's.

use std::collections::HashMap;
use std::io::Write;

use anyhow::bail;

use super::dataset::load;
use super::output::show;
use crate::compare::Comparison;
use crate::dataset::Dataset;
use crate::diagnostic;
use crate::exit_codes::Status;
use crate::labels::Labels;
use crate::model::{Disagreement, Lang, Role, Section};
use crate::options::Options;
use crate::render::Format;
use crate::report::{Items, Listing};
use crate::search::{Needle, has_word_starting, words};

/// Lists the items of every role, in the chosen sections, in which every
/// word of `term` starts a word of the title, the detail or the theme, in
/// the chosen language, ignoring case and accents; for people a line each,
/// with its detail under it when `long`.
pub(crate) fn run(
    options: &Options,
    term: &[String],
    sections: &[Section],
    format: Format,
    long: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let term = term.join(" ");
    let term = term.trim();
    let needles = words(term);
    if needles.is_empty() {
        bail!(Labels::of(options.lang).empty_search);
    }
    let dataset = load(options)?;
    let lang = options.lang;
    let named = named_roles(&dataset, lang, &needles);
    let labels = Labels::of(lang);
    // Tables and Markdown are read by people: the lines head the results.
    // Data formats have no room for them, so they go to stderr.
    let mut preface = Vec::new();
    for (role, name) in &named {
        let line = labels.named_role(&role.id, &role.abbreviation, role.title.get(lang), name);
        if format.is_data() {
            diagnostic::note(&line);
        } else {
            preface.push(crate::terminal::one_line(&line));
        }
    }
    // What the sources say about the roles' names, where the search names
    // it: a reader looking for one CDO should learn of the other.
    let notes = about_names(&dataset, lang, &needles);
    let told = !named.is_empty() || !notes.is_empty();
    for disagreement in notes {
        let line = naming_note(&dataset, lang, disagreement);
        if format.is_data() {
            diagnostic::note(&line);
        } else {
            preface.push(crate::terminal::one_line(&line));
        }
    }
    let comparison = matching(&dataset, sections, lang, &needles);
    let found = !comparison.is_empty();
    let untranslated = comparison.untranslated();
    // Only a role's name matched: people get the lines that say so, without
    // an empty table.
    let only_named = !found && told && !format.is_data();
    let items = Items {
        comparison: &comparison,
        preface,
        highlight: needles,
        listing: if only_named {
            Listing::Hidden
        } else {
            Listing::Lines { long }
        },
    };
    if only_named {
        show(options, format, &items, 0, out)?;
        return Ok(Status::Success);
    }
    // Like grep, a search that finds nothing prints nothing, except that a
    // script asking for data still gets a well-formed, empty document.
    if found || format.is_data() {
        show(options, format, &items, untranslated, out)?;
    }
    if !found && !told {
        // Said on stderr, so that stdout stays empty (or a well-formed empty
        // document) for scripts, and a person still learns why nothing showed.
        diagnostic::note(&Labels::of(lang).no_match(term));
        return Ok(Status::NoMatch);
    }
    Ok(Status::Success)
}

/// The roles one of whose names has every word of the search: its
/// abbreviation, its title and the other names a classification gives it,
/// in any language; each with the name that matched.
fn named_roles<'d>(
    dataset: &'d Dataset,
    lang: Lang,
    needles: &[Needle],
) -> Vec<(&'d Role, &'d str)> {
    let all_in = |text: &str| needles.iter().all(|needle| has_word_starting(text, needle));
    dataset
        .roles()
        .iter()
        .filter_map(|role| {
            let titles = Lang::ALL
                .into_iter()
                .filter_map(|lang| role.title.translation(lang));
            // Names in the chosen language first, so that the one quoted
            // is in it when names in several languages match.
            let alt_labels = || {
                role.classification
                    .iter()
                    .flat_map(|classification| classification.alt_labels.iter())
            };
            let others = alt_labels()
                .filter(|alt| alt.lang == lang)
                .chain(alt_labels().filter(|alt| alt.lang != lang))
                .map(|alt| &*alt.label);
            std::iter::once(&*role.abbreviation)
                .chain(titles)
                .chain(others)
                .find(|name| all_in(name))
                .map(|name| (role, name))
        })
        .collect()
}

/// The disagreements about the roles themselves (their names) in which
/// one side says every word of the search.
fn about_names<'d>(dataset: &'d Dataset, lang: Lang, needles: &[Needle]) -> Vec<&'d Disagreement> {
    dataset
        .disagreements()
        .iter()
        .filter(|disagreement| disagreement.theme.is_none())
        .filter(|disagreement| {
            disagreement.sides.iter().any(|side| {
                let says = side.says.get(lang);
                needles.iter().all(|needle| has_word_starting(says, needle))
            })
        })
        .collect()
}

/// A disagreement about names on one line, each side led by its source's
/// short title (`ESCO v1.2.0`, the part before a colon), since a search's
/// lines have no list of sources to cite by number.
fn naming_note(dataset: &Dataset, lang: Lang, disagreement: &Disagreement) -> String {
    let labels = Labels::of(lang);
    let sides: Vec<String> = disagreement
        .sides
        .iter()
        .map(|side| {
            let title = dataset
                .source(&side.source)
                .map_or(side.source.as_ref(), |(_, source)| source.title.as_ref());
            let short = title.split(": ").next().unwrap_or(title);
            format!("{short} {}", side.says.get(lang))
        })
        .collect();
    let roles: Vec<&str> = disagreement
        .roles
        .iter()
        .map(|id| {
            dataset
                .role(id)
                .map_or(id.as_ref(), |role| role.abbreviation.as_ref())
        })
        .collect();
    format!(
        "{} ({}): {}.",
        labels.disagreement,
        roles.join(", "),
        sides.join("; ")
    )
}

/// Every role's items in `sections` with every word of the search in their
/// title, detail or theme, in `lang`.
fn matching<'d>(
    dataset: &'d Dataset,
    sections: &[Section],
    lang: Lang,
    needles: &[Needle],
) -> Comparison<'d> {
    let roles = dataset.roles().iter().collect();
    let mut comparison = Comparison::new(dataset, roles, sections, lang);
    let themes: HashMap<&str, &str> = dataset
        .themes()
        .iter()
        .map(|theme| (theme.id.as_ref(), theme.label.get(lang)))
        .collect();
    comparison.retain(|item| {
        let texts = [
            item.title.get(lang),
            item.detail.get(lang),
            themes.get(item.theme.as_ref()).copied().unwrap_or_default(),
        ];
        needles
            .iter()
            .all(|needle| texts.iter().any(|text| has_word_starting(text, needle)))
    });
    if let Some(grid) = &mut comparison.skills {
        grid.retain(|label| {
            needles
                .iter()
                .all(|needle| has_word_starting(label, needle))
        });
    }
    comparison
}
