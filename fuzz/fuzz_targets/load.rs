//! Any text a user might pass with `--data`: loading and checking it must never
//! panic, and whatever loads must render in every format.

#![no_main]

use libfuzzer_sys::fuzz_target;
use roles::compare::Comparison;
use roles::dataset::{Dataset, Input};
use roles::model::{Lang, Section};
use roles::cli::TableStyle;
use roles::render::{Csv, Json, Markdown, Renderer, TableRenderer};

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
    let coloured = TableRenderer { color: true, width: Some(60), brief: true, ..TableRenderer::default() };
    let unwrapped = TableRenderer { style: TableStyle::Ascii, width: None, ..TableRenderer::default() };
    let wide = Csv { wide: true, ..Csv::default() };
    let renderers: [&dyn Renderer; 6] = [
        &coloured,
        &unwrapped,
        &Markdown { brief: true },
        &Csv::default(),
        &wide,
        &Json,
    ];
    for lang in Lang::ALL {
        let roles: Vec<_> = dataset.roles().iter().collect();
        let comparison = Comparison::new(&dataset, roles, &Section::ALL, lang);
        for renderer in renderers {
            let mut out = Vec::new();
            let _ = renderer.comparison(&comparison, &mut out);
            let _ = renderer.list(&comparison, &mut out);
            let _ = renderer.roles(&comparison, &mut out);
        }
    }
});
