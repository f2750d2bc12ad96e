//! "Did you mean": the known word nearest to a mistyped one, found in time
//! that stays bounded however many words are known.

use crate::input::MAX_ID;

/// How many candidates one suggestion measures by edit distance at most,
/// after the cheap filters: with thousands of ids that all pass them (made
/// so), the search for a suggestion stays bounded.
const MEASURED: usize = 256;

/// How many known words one suggestion looks at, at most: a dataset with
/// more ids than this suggests among the first of them only.
const CANDIDATES: usize = 2_000;

/// How many edits a word of `size` characters may be from what was meant:
/// a third of it, for short ids, but never more than a few, which is what a
/// typo is; two long ids that differ more are simply different.
fn typos(size: usize) -> usize {
    (size / 3).clamp(1, 3)
}

/// How often each of 64 classes of characters occurs in `text`. Each edit
/// (an insertion, deletion, substitution or transposition) changes these
/// counts by at most 2 in all, so half the difference between two texts'
/// counts is a lower bound on their edit distance, found in linear time.
fn histogram(text: &str) -> [u16; 64] {
    let mut counts = [0u16; 64];
    for c in text.chars() {
        let class = (u32::from(c) % 64) as usize;
        counts[class] = counts[class].saturating_add(1);
    }
    counts
}

/// The known word nearest to `word`, if it is near enough to be a typo. Words
/// longer than an id can be are not compared, and nor are candidates whose
/// length or characters alone put them too far away; at most [`CANDIDATES`]
/// are looked at and [`MEASURED`] measured exactly.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = word.chars().count();
    if length > MAX_ID {
        return None;
    }
    let word = word.to_lowercase();
    let counts = histogram(&word);
    known
        .into_iter()
        .take(CANDIDATES)
        .filter(|candidate| {
            let size = candidate.chars().count();
            let allowed = typos(size);
            if size > MAX_ID || size.abs_diff(length) > allowed {
                return false;
            }
            let other = histogram(candidate);
            let apart: usize = counts
                .iter()
                .zip(&other)
                .map(|(a, b)| usize::from(a.abs_diff(*b)))
                .sum();
            apart / 2 <= allowed
        })
        .take(MEASURED)
        .filter_map(|candidate| {
            let allowed = typos(candidate.chars().count());
            let distance = strsim::damerau_levenshtein(&word, candidate);
            (distance <= allowed).then_some((distance, candidate))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// An id cut to a length a message can carry.
pub fn shorten(id: &str) -> String {
    const MAX: usize = 40;
    if id.chars().count() <= MAX {
        id.escape_debug().to_string()
    } else {
        let head: String = id.chars().take(MAX).collect();
        format!("{}…", head.escape_debug())
    }
}
