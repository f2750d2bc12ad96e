//! `roles search TERM`: every item whose title or detail mentions a term.

use std::io::Write;

use anyhow::bail;

use super::{View, load, print};
use crate::Status;
use crate::compare::Comparison;
use crate::format::Format;
use crate::labels::Labels;
use crate::model::Section;
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
    let roles = dataset.roles().iter().collect();
    let mut comparison = Comparison::new(&dataset, roles, sections, lang);
    comparison.retain(|item| {
        contains_folded(item.title.get(lang), &needle)
            || contains_folded(item.detail.get(lang), &needle)
    });
    let found = !comparison.is_empty();
    // Like grep, a search that finds nothing prints nothing, except that a
    // script asking for data still gets a well-formed, empty document.
    if found || format.is_data() {
        print(View::List, format, options, &comparison, out)?;
    }
    if !found {
        // Said on stderr, so that stdout stays empty (or a well-formed empty
        // document) for scripts, and a person still learns why nothing showed.
        report::note(&Labels::of(lang).no_match(term.trim()));
        return Ok(Status::NoMatch);
    }
    Ok(Status::Success)
}
