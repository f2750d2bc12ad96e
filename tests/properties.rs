//! Property tests: any dataset the loader accepts renders in every format
//! without panicking, and its Markdown and CSV parse back with the right
//! number of cells, whatever its texts hold (pipes, line breaks, Markdown
//! and CSV metacharacters, control characters, accents).

mod common;

use common::markdown_tables;
use proptest::prelude::*;
use roles::compare::Comparison;
use roles::dataset::{Dataset, Input};
use roles::model::{
    DatasetFile, Item, Lang, Role, Section, Shared, Source, Statement, Str, Text, Theme,
};
use roles::render::{self, Config, Format, Output, TableStyle};
use roles::report::{Compared, Items, Listing, Roles};
use unicode_width::UnicodeWidthStr;

/// Texts that try to break every format: never empty, since the checker refuses that.
fn text() -> impl Strategy<Value = Str> {
    "[a-zA-Z0-9 |*_<>\\[\\]`#~,;:\"'\\\\\n\t\u{1b}\u{7}éőűÉŐŰ漢-]{0,24}"
        .prop_map(|s| Str::from(format!("x{s}")))
}

fn translated() -> impl Strategy<Value = Text> {
    (text(), proptest::option::of(text())).prop_map(|(en, hu)| {
        let mut text = Text::english(en);
        if let Some(hu) = hu {
            text.set(Lang::Hu, hu);
        }
        text
    })
}

fn item(themes: usize, sources: usize) -> impl Strategy<Value = Item> {
    (
        0..themes,
        translated(),
        translated(),
        proptest::sample::subsequence((0..sources).collect::<Vec<_>>(), 1..=sources),
    )
        .prop_map(|(theme, title, detail, cited)| {
            let sources = cited
                .into_iter()
                .map(|s| format!("s{s}").into())
                .collect::<Vec<Str>>();
            Item::new(format!("t{theme}").into(), title, detail, sources.into())
        })
}

fn items(themes: usize, sources: usize) -> impl Strategy<Value = Vec<Item>> {
    proptest::collection::vec(item(themes, sources), 0..4)
}

fn statement() -> impl Strategy<Value = Statement> {
    translated().prop_map(|text| Statement {
        text,
        sources: vec!["s0".into()].into(),
    })
}

fn dataset() -> impl Strategy<Value = DatasetFile> {
    (1usize..4, 1usize..3, 1usize..4).prop_flat_map(|(themes, sources, roles)| {
        let role = (
            text(),
            translated(),
            statement(),
            proptest::option::of(statement()),
            items(themes, sources),
            items(themes, sources),
            item(themes, sources),
        );
        (
            proptest::collection::vec(translated(), themes),
            proptest::collection::vec(text(), sources),
            proptest::collection::vec(role, roles),
            items(themes, sources),
            items(themes, sources),
        )
            .prop_map(move |(labels, titles, roles, collaboration, challenges)| {
                let roles: Vec<Role> = roles
                    .into_iter()
                    .enumerate()
                    .map(
                        |(
                            index,
                            (
                                abbreviation,
                                title,
                                summary,
                                orientation,
                                responsibilities,
                                focus,
                                challenge,
                            ),
                        )| Role {
                            id: format!("r{index}").into(),
                            abbreviation,
                            title,
                            summary,
                            orientation,
                            classification: None,
                            skills: None,
                            responsibilities: responsibilities.into(),
                            focus: focus.into(),
                            // At least one item, as the checker requires.
                            challenges: vec![challenge].into(),
                        },
                    )
                    .collect();
                let shared = if roles.len() >= 2 {
                    vec![Shared {
                        id: "g".into(),
                        roles: vec!["r0".into(), "r1".into()].into(),
                        summary: None,
                        collaboration: collaboration.into(),
                        challenges: challenges.into(),
                    }]
                } else {
                    Vec::new()
                };
                DatasetFile {
                    sources: titles
                        .into_iter()
                        .enumerate()
                        .map(|(index, title)| Source {
                            id: format!("s{index}").into(),
                            title,
                            language: "en".into(),
                            kind: None,
                            publisher: None,
                            date: None,
                            url: None,
                        })
                        .collect::<Vec<_>>()
                        .into(),
                    themes: labels
                        .into_iter()
                        .enumerate()
                        .map(|(index, label)| Theme {
                            id: format!("t{index}").into(),
                            label,
                        })
                        .collect::<Vec<_>>()
                        .into(),
                    roles: roles.into(),
                    shared: shared.into(),
                    disagreements: Vec::new().into(),
                }
            })
    })
}

/// `output` in `format` with `config`, as text.
fn render(format: Format, config: &Config, output: &dyn Output) -> String {
    let mut out = Vec::new();
    render::write(format, config, output, &mut out).expect("rendering to memory succeeds");
    String::from_utf8(out).expect("UTF-8")
}

/// Every item of `comparison`, as `list ROLE` shows them.
fn item_list<'c, 'd>(comparison: &'c Comparison<'d>, highlight: &str) -> Items<'c, 'd> {
    Items {
        comparison,
        preface: Vec::new(),
        highlight: roles::search::words(highlight),
        listing: Listing::Table,
    }
}

/// Every item of `comparison`, as `search --long` shows them: a line each
/// and the detail under it.
fn item_lines<'c, 'd>(comparison: &'c Comparison<'d>, highlight: &str) -> Items<'c, 'd> {
    Items {
        listing: Listing::Lines { long: true },
        ..item_list(comparison, highlight)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_accepted_dataset_renders_and_parses_back(file in dataset(), hungarian in any::<bool>()) {
        let yaml = serde_yaml::to_string(&file).expect("serialisable");
        let dataset = Dataset::load(&[Input::new("generated.yaml", &yaml)])
            .map_err(|problems| TestCaseError::fail(format!("{problems}\n{yaml}")))?;
        let lang = if hungarian { Lang::Hu } else { Lang::En };
        let roles: Vec<&Role> = dataset.roles().iter().collect();
        let comparison = Comparison::new(&dataset, roles, &Section::ALL, lang);
        let listed = comparison.listed().count();

        let coloured = Config { color: true, width: Some(60), ..Config::default() };
        let unwrapped = Config { style: TableStyle::Ascii, width: None, ..Config::default() };
        for (format, config) in [(Format::Table, &coloured), (Format::Table, &unwrapped), (Format::Json, &coloured)] {
            render(format, config, &Compared(&comparison));
            render(format, config, &item_list(&comparison, "x"));
            render(format, config, &item_lines(&comparison, "x"));
            render(format, config, &Roles(&comparison));
        }

        // Tables fit the width they are given, in every style, stacked or
        // side by side, brief or whole.
        for (width, style, brief) in [(60, TableStyle::Unicode, false), (100, TableStyle::Ascii, true), (160, TableStyle::Plain, false), (80, TableStyle::Unicode, true)] {
            let config = Config { width: Some(width), style, brief, ..Config::default() };
            for output in [
                render(Format::Table, &config, &Compared(&comparison)),
                render(Format::Table, &config, &item_list(&comparison, "")),
                render(Format::Table, &config, &item_lines(&comparison, "")),
                render(Format::Table, &config, &Roles(&comparison)),
            ] {
                for line in output.lines() {
                    prop_assert!(line.width() <= usize::from(width), "{} columns: {:?}\n{}", width, line, output);
                }
            }
        }

        // Markdown: the card, then one table per section that has rows; every row as wide as its header.
        let markdown = render(Format::Markdown, &Config::default(), &Compared(&comparison));
        let tables = markdown_tables(&markdown);
        let sections = comparison.blocks.iter().filter(|block| !block.rows.is_empty()).count();
        prop_assert_eq!(tables.len(), 1 + sections, "{}", markdown);
        for (table, expected) in tables.iter().zip(std::iter::once(1 + comparison.roles.len()).chain(
            comparison.blocks.iter().filter(|block| !block.rows.is_empty()).map(|block| 1 + block.columns.len()),
        )) {
            prop_assert!(table.iter().all(|&cells| cells == expected), "{:?} in {}", table, markdown);
        }
        let rows: usize = tables.iter().skip(1).map(|table| table.len() - 1).sum();
        prop_assert_eq!(rows, comparison.blocks.iter().map(|block| block.rows.len()).sum::<usize>());

        // CSV: a header and one six-field row per item, each title back as written.
        let csv = render(Format::Csv, &Config::default(), &Compared(&comparison));
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("valid CSV");
        prop_assert_eq!(records.len(), listed);
        for (record, item) in records.iter().zip(comparison.listed()) {
            prop_assert_eq!(record.len(), 7);
            prop_assert_eq!(&record[6], "");
            prop_assert_eq!(&record[3], item.item.title.get(lang));
            prop_assert_eq!(&record[4], item.item.detail.get(lang));
        }

        // Wide CSV, semicolons and a byte order mark: every record as long as
        // the header, one per card row, theme row and source.
        let wide = Config { wide: true, delimiter: b';', bom: true, ..Config::default() };
        let csv = render(Format::Csv, &wide, &Compared(&comparison));
        let csv = csv.strip_prefix('\u{feff}').expect("a byte order mark");
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("valid CSV, each record as long as the header");
        let rows: usize = comparison.blocks.iter().map(|block| block.rows.len()).sum();
        prop_assert_eq!(records.len(), 2 + rows + comparison.sources().len());

        // Brief Markdown: at most one table, a column per role after the
        // themes' (what the roles share is left to the whole comparison).
        let brief = render(Format::Markdown, &Config { brief: true, ..Config::default() }, &Compared(&comparison));
        let tables = markdown_tables(&brief);
        prop_assert!(tables.len() <= 1, "{}", brief);
        for table in &tables {
            prop_assert!(table.iter().all(|&cells| cells == 1 + comparison.roles.len()), "{:?} in {}", table, brief);
        }

        // JSON: one document, as many items as listed.
        let json = render(Format::Json, &Config::default(), &item_list(&comparison, ""));
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        prop_assert_eq!(value["items"].as_array().map(Vec::len), Some(listed));
    }
}
