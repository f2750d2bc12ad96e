//! How wide each column of a list table is (`list`, `matrix`, `sources`):
//! what its cells need comes first, its heading's whole width only if there
//! is room, and then whatever keeps the table shortest. A short column (an
//! id, an abbreviation, a mark) is as wide as its longest value, and its
//! heading is shortened or wrapped rather than widening it.

use super::cell::Content;

/// What one column needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Need {
    /// Its cells' widest line: more is of no use to them.
    pub(super) natural: usize,
    /// The least its cells need to break no word that could fit.
    pub(super) least: usize,
    /// Its heading's whole width, on one line.
    pub(super) heading: usize,
    /// The least its heading needs: its short form, or its longest word.
    pub(super) heading_least: usize,
}

impl Need {
    /// The least this column takes.
    fn low(&self) -> usize {
        self.least.min(self.natural).max(self.heading_least)
    }

    /// The most its cells can use, or its heading's least if that is more.
    fn high(&self) -> usize {
        self.natural.max(self.low())
    }
}

/// Widths within `room` for columns that need `needs`: every column and
/// heading whole if all fit; else every column its cells' width, and whole
/// headings where the room left allows; else each column between its least
/// and its cells' width, the room shared evenly (water-filling), so that a
/// short column keeps its longest value and the long ones share the rest.
/// If even the least widths do not fit, the room is shared in proportion
/// to them.
pub(super) fn fit(needs: &[Need], room: usize) -> Vec<usize> {
    let whole: Vec<usize> = needs
        .iter()
        .map(|need| need.high().max(need.heading))
        .collect();
    if whole.iter().sum::<usize>() <= room {
        return whole.into_iter().map(|width| width.max(1)).collect();
    }
    let high: Vec<usize> = needs.iter().map(Need::high).collect();
    let total: usize = high.iter().sum();
    if total <= room {
        // The cells are whole; what is left goes to whole headings, first
        // come first, since a heading cut at all is cut to its short form.
        let mut left = room - total;
        let mut widths = high;
        for (width, need) in widths.iter_mut().zip(needs) {
            let more = need.heading.saturating_sub(*width);
            if more <= left {
                *width += more;
                left -= more;
            }
        }
        return widths.into_iter().map(|width| width.max(1)).collect();
    }
    let low: Vec<usize> = needs.iter().map(Need::low).collect();
    let least: usize = low.iter().sum();
    if least > room {
        return low
            .iter()
            .map(|&width| (width * room / least.max(1)).max(1))
            .collect();
    }
    let level = |level: usize| -> Vec<usize> {
        low.iter()
            .zip(&high)
            .map(|(&low, &high)| level.clamp(low, high))
            .collect()
    };
    // The highest level at which the columns fit: binary search, since the
    // total grows with the level.
    let (mut below, mut above) = (0, high.iter().copied().max().unwrap_or(0) + 1);
    while above - below > 1 {
        let middle = below + (above - below) / 2;
        if level(middle).iter().sum::<usize>() <= room {
            below = middle;
        } else {
            above = middle;
        }
    }
    let mut widths = level(below);
    // What the level leaves over goes a column each to the last columns that
    // can still grow: usually the long texts at the right.
    let mut left = room - widths.iter().sum::<usize>();
    for (width, &high) in widths.iter_mut().zip(&high).rev() {
        if left == 0 {
            break;
        }
        if *width < high {
            *width += 1;
            left -= 1;
        }
    }
    widths.into_iter().map(|width| width.max(1)).collect()
}

/// At most this many rows are wrapped to weigh a column's width: enough to
/// see the table's shape, few enough that a list of thousands of roles is
/// laid out as fast as a short one.
pub(super) const SAMPLE: usize = 120;

/// The most columns [`balance`] weighs against each other.
const MAX_BALANCED: usize = 16;

/// Narrows each column but the one with the most text (a summary, a
/// detail), giving it the room, wherever that makes the table shorter: a
/// title that wraps onto a second line beside a summary of six costs
/// nothing, and the summary's column gains its width. Never below a
/// column's least, never more for the widest column than it can use.
pub(super) fn balance(widths: &mut [usize], needs: &[Need], rows: &[Vec<Content>]) {
    let columns = widths.len();
    // Each column is weighed against every other: worth it for the few
    // columns of a list, and past a screen's worth of columns (a matrix of
    // many roles) no column has room to give.
    if !(2..=MAX_BALANCED).contains(&columns) || rows.is_empty() {
        return;
    }
    let step = rows.len().div_ceil(SAMPLE).max(1);
    let sample: Vec<&Vec<Content>> = rows
        .iter()
        .step_by(step)
        .filter(|row| row.len() == columns)
        .collect();
    let Some(main) = (0..columns).max_by_key(|&column| {
        sample
            .iter()
            .map(|row| row[column].measure().0)
            .sum::<usize>()
    }) else {
        return;
    };
    // Each sampled row's height in each column, updated as widths change.
    let mut heights: Vec<Vec<usize>> = sample
        .iter()
        .map(|row| {
            row.iter()
                .zip(widths.iter())
                .map(|(content, &width)| content.height(width))
                .collect()
        })
        .collect();
    for column in (0..columns).filter(|&column| column != main) {
        let room = widths[column] + widths[main];
        // No narrower than what the widest column can take of its room.
        let main_most = needs[main].high().max(widths[main]);
        let low = needs[column]
            .low()
            .max(1)
            .max(room.saturating_sub(main_most));
        let height_at = |width: usize, heights: &[Vec<usize>]| -> usize {
            let main_width = room - width;
            sample
                .iter()
                .zip(heights)
                .map(|(row, row_heights)| {
                    let mut tallest = row[column].height(width).max(row[main].height(main_width));
                    for (other, &height) in row_heights.iter().enumerate() {
                        if other != column && other != main {
                            tallest = tallest.max(height);
                        }
                    }
                    tallest
                })
                .sum()
        };
        let mut best = (height_at(widths[column], &heights), widths[column]);
        for width in (low..widths[column]).rev() {
            let height = height_at(width, &heights);
            // Only a shorter table is worth a narrower column.
            if height < best.0 {
                best = (height, width);
            }
        }
        if best.1 < widths[column] {
            let given = widths[column] - best.1;
            widths[column] = best.1;
            widths[main] += given;
            for (row, row_heights) in sample.iter().zip(heights.iter_mut()) {
                row_heights[column] = row[column].height(widths[column]);
                row_heights[main] = row[main].height(widths[main]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn need(natural: usize, word: usize) -> Need {
        Need {
            natural,
            least: word,
            heading: 0,
            heading_least: 0,
        }
    }

    fn fit_of(columns: &[(usize, usize)], room: usize) -> Vec<usize> {
        let needs: Vec<Need> = columns.iter().map(|&(n, w)| need(n, w)).collect();
        fit(&needs, room)
    }

    #[test]
    fn columns_that_fit_keep_their_natural_width() {
        assert_eq!(fit_of(&[(5, 3), (10, 4)], 20), [5, 10]);
    }

    #[test]
    fn too_wide_columns_keep_their_longest_word_and_share_the_rest() {
        // 58 wanted, 30 of room: the first wants less than a third and gets
        // it; the others share the 22 left evenly.
        assert_eq!(fit_of(&[(8, 4), (20, 4), (30, 6)], 30), [8, 11, 11]);
        // A column whose longest word needs more than its share gets it.
        assert_eq!(fit_of(&[(8, 4), (20, 14), (30, 6)], 30), [8, 14, 8]);
    }

    #[test]
    fn columns_whose_words_do_not_fit_share_the_room() {
        assert_eq!(fit_of(&[(30, 20), (30, 20)], 20), [10, 10]);
    }

    #[test]
    fn a_long_column_gives_up_only_what_must_be_saved() {
        // A matrix at 60 columns: themes of up to 33 columns and four marks
        // under headings of 3 or 4. Two columns must be saved, and the
        // themes' column gives up two, not half its width.
        let mut needs = vec![need(33, 14)];
        for heading in [3, 3, 4, 3] {
            needs.push(Need {
                natural: 1,
                least: 1,
                heading,
                heading_least: heading,
            });
        }
        assert_eq!(fit(&needs, 44), [31, 3, 3, 4, 3]);
    }

    #[test]
    fn a_short_column_takes_its_values_width_and_its_heading_only_if_there_is_room() {
        // "Abbreviation" over values of four letters, shortened to "Abbr.".
        let abbreviation = Need {
            natural: 4,
            least: 4,
            heading: 12,
            heading_least: 5,
        };
        let summary = need(200, 14);
        assert_eq!(fit(&[abbreviation, summary], 60), [5, 55]);
        assert_eq!(fit(&[abbreviation, need(40, 10)], 60), [12, 40]);
    }
}
