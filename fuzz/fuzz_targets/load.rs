//! Any text a user might pass with `--data`: loading and checking it must never
//! panic, and whatever loads must render in every format.

#![no_main]

use libfuzzer_sys::fuzz_target;
use roles::compare::Comparison;
use roles::dataset::{Dataset, Input};
use roles::model::{Lang, Section};
use roles::render::{self, Config, Format, Output, TableStyle};
use roles::report::{Compared, Items, Roles};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (dataset, problems) = Dataset::load_reporting(&[Input::new("fuzz.yaml", text)]);
    for problem in &problems {
        let _ = problem.to_string();
    }
    let Some(dataset) = dataset else {
        return;
    };
    let coloured = Config { color: true, width: Some(60), brief: true, ..Config::default() };
    let unwrapped = Config { style: TableStyle::Ascii, width: None, ..Config::default() };
    let wide = Config { wide: true, ..Config::default() };
    let formats = [
        (Format::Table, &coloured),
        (Format::Table, &unwrapped),
        (Format::Markdown, &coloured),
        (Format::Csv, &unwrapped),
        (Format::Csv, &wide),
        (Format::Json, &unwrapped),
    ];
    for lang in Lang::ALL {
        let roles: Vec<_> = dataset.roles().iter().collect();
        let comparison = Comparison::new(&dataset, roles, &Section::ALL, lang);
        let items = Items {
            comparison: &comparison,
            preface: vec!["x".to_owned()],
            highlight: roles::search::words("x"),
            list: true,
        };
        let outputs: [&dyn Output; 3] = [&Compared(&comparison), &items, &Roles(&comparison)];
        for (format, config) in formats {
            for output in outputs {
                let mut out = Vec::new();
                let _ = render::write(format, config, output, &mut out);
            }
        }
    }
});
