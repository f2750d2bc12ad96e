//! `roles search TERM...`: every item with words starting with the term's.

use std::io::Write;

use anyhow::bail;

use super::{View, load, print};
use crate::Status;
use crate::compare::Comparison;
use crate::format::Format;
use crate::labels::Labels;
use crate::model::{Lang, Role, Section};
use crate::options::Options;
use crate::report;
use crate::search::{has_word_starting, words};

/// Lists the items of every role, in the chosen sections, in which every
/// word of `term` starts a word of the title, the detail or the theme, in
/// the chosen language, ignoring case and accents.
pub(crate) fn run(
    options: &Options,
    term: &[String],
    sections: &[Section],
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let term = term.join(" ");
    let term = term.trim();
    let needles = words(term);
    if needles.is_empty() {
        bail!(Labels::of(options.lang).empty_search);
    }
    let all_in = |text: &str| needles.iter().all(|needle| has_word_starting(text, needle));
    let options = &Options {
        highlight: needles.clone(),
        ..options.clone()
    };
    let dataset = load(options)?;
    let lang = options.lang;
    // A role is found by its names too: its abbreviation, its title and the
    // other names a classification gives it, in any language.
    let named: Vec<(&Role, &str)> = dataset
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
        .collect();
    let labels = Labels::of(lang);
    for (role, name) in &named {
        let line = labels.named_role(&role.id, &role.abbreviation, role.title.get(lang), name);
        if format.is_data() {
            report::note(&line);
        } else {
            // Tables and Markdown are read by people: the line heads the
            // results, wrapped as a table's prose is.
            let line = crate::terminal::one_line(&line);
            let width = if format == Format::Table {
                options.width
            } else {
                None
            };
            for line in crate::render::wrap_prose(&line, width) {
                writeln!(out, "{line}")?;
            }
        }
    }
    let roles = dataset.roles().iter().collect();
    let mut comparison = Comparison::new(&dataset, roles, sections, lang);
    let themes: std::collections::HashMap<&str, &str> = dataset
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
    let found = !comparison.is_empty();
    if !found && !named.is_empty() && !format.is_data() {
        return Ok(Status::Success);
    }
    // Like grep, a search that finds nothing prints nothing, except that a
    // script asking for data still gets a well-formed, empty document.
    if found || format.is_data() {
        print(View::List, format, options, &comparison, out)?;
    }
    if !found && named.is_empty() {
        // Said on stderr, so that stdout stays empty (or a well-formed empty
        // document) for scripts, and a person still learns why nothing showed.
        report::note(&Labels::of(lang).no_match(term));
        return Ok(Status::NoMatch);
    }
    Ok(Status::Success)
}
