//! `roles search TERM`: every item whose title or detail mentions a term.

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
use crate::search::{contains_folded, fold};

/// Lists the items of every role, in the chosen sections, that mention
/// `term` in the chosen language, ignoring case and accents.
pub(crate) fn run(
    options: &Options,
    term: &str,
    sections: &[Section],
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let needle = fold(term.trim());
    if needle.is_empty() {
        bail!(Labels::of(options.lang).empty_search);
    }
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
            let others = role
                .classification
                .iter()
                .flat_map(|classification| classification.alt_labels.iter())
                .map(|alt| &*alt.label);
            std::iter::once(&*role.abbreviation)
                .chain(titles)
                .chain(others)
                .find(|name| contains_folded(name, &needle))
                .map(|name| (role, name))
        })
        .collect();
    let labels = Labels::of(lang);
    for (role, name) in &named {
        let line = labels.named_role(&role.id, &role.abbreviation, role.title.get(lang), name);
        if format.is_data() {
            report::note(&line);
        } else {
            // Tables and Markdown are read by people: the line heads the results.
            writeln!(out, "{}", crate::terminal::one_line(&line))?;
        }
    }
    let roles = dataset.roles().iter().collect();
    let mut comparison = Comparison::new(&dataset, roles, sections, lang);
    comparison.retain(|item| {
        contains_folded(item.title.get(lang), &needle)
            || contains_folded(item.detail.get(lang), &needle)
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
        report::note(&Labels::of(lang).no_match(term.trim()));
        return Ok(Status::NoMatch);
    }
    Ok(Status::Success)
}
