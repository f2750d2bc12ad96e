//! In-process benchmarks of the three stages of a run: loading a dataset,
//! aligning roles into a comparison, and rendering it.
//!
//!     cargo bench
//!
//! Whole-process timings (against `cat`, with instruction counts and peak
//! memory) are in benches/cli.sh.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use roles::compare::Comparison;
use roles::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input};
use roles::model::{DatasetFile, Item, Lang, Role, Section};
use roles::render::{self, Config, Format};
use roles::report::Compared;

/// `count` roles of `per_role` items made from the built-in roles, as YAML:
/// the same shape as examples/generate.rs writes.
fn generated(count: usize, per_role: usize) -> String {
    let builtin = roles::builtin::dataset();
    let roles: Vec<Role> = (0..count)
        .map(|index| {
            let mut role = builtin.roles()[index % builtin.roles().len()].clone();
            let pool: Vec<Item> = role.every_item().cloned().collect();
            role.id = format!("role-{index}").into();
            role.responsibilities = (0..per_role)
                .map(|n| pool[n % pool.len()].clone())
                .collect::<Vec<_>>()
                .into();
            role.focus = roles::model::empty();
            role.challenges = roles::model::empty();
            role
        })
        .collect();
    let file: DatasetFile = DatasetFile {
        roles: roles.into(),
        ..DatasetFile::default()
    };
    serde_yaml::to_string(&file).unwrap_or_default()
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("builtin (built at compile time)", |b| {
        b.iter(|| black_box(roles::builtin::dataset()))
    });
    group.bench_function("builtin YAML, parsed and checked", |b| {
        b.iter(|| Dataset::load(black_box(&[Input::new(BUILTIN_NAME, BUILTIN_YAML)])))
    });
    for count in [10, 100] {
        let yaml = generated(count, 30);
        group.throughput(Throughput::Bytes(yaml.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("user dataset, roles x 30 items", count),
            &yaml,
            |b, yaml| {
                b.iter(|| {
                    Dataset::load(black_box(&[
                        Input::new(BUILTIN_NAME, BUILTIN_YAML),
                        Input::new("user.yaml", yaml),
                    ]))
                })
            },
        );
    }
    group.finish();
}

fn align(c: &mut Criterion) {
    let dataset = roles::builtin::dataset();
    c.bench_function("align cto cio, every section", |b| {
        b.iter(|| {
            let roles = dataset.roles().iter().collect();
            black_box(
                Comparison::new(&dataset, roles, &Section::ALL, Lang::En)
                    .blocks
                    .len(),
            )
        })
    });
}

fn render(c: &mut Criterion) {
    let dataset = roles::builtin::dataset();
    let comparison = Comparison::new(
        &dataset,
        dataset.roles().iter().collect(),
        &Section::ALL,
        Lang::En,
    );
    let formats = [
        (
            "table, unwrapped",
            Format::Table,
            Config {
                width: None,
                ..Config::default()
            },
        ),
        (
            "table, 100 columns",
            Format::Table,
            Config {
                color: true,
                ..Config::default()
            },
        ),
        ("markdown", Format::Markdown, Config::default()),
        ("csv", Format::Csv, Config::default()),
        ("json", Format::Json, Config::default()),
    ];
    let mut group = c.benchmark_group("render cto cio");
    for (name, format, config) in formats {
        group.bench_function(name, |b| {
            let mut out = Vec::with_capacity(128 * 1024);
            b.iter(|| {
                out.clear();
                render::write(format, &config, &Compared(black_box(&comparison)), &mut out)
                    .map(|()| out.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load, align, render);
criterion_main!(benches);
