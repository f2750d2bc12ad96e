//! The whole command line: any arguments, any dataset, any terminal. The first
//! line of the input is the arguments (split on spaces), the rest a user's
//! dataset, loaded with `--data`. Whatever happens, `roles` must not panic,
//! and what it would show on a terminal must hold no control character
//! but the line feed (colour is off, so it has no reason to send one).

#![no_main]

use std::io::Write;
use std::sync::OnceLock;

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use roles::cli::Cli;
use roles::options::Environment;

/// Where each input's dataset is written: one file, rewritten every time.
fn dataset_path() -> &'static std::path::Path {
    static PATH: OnceLock<std::path::PathBuf> = OnceLock::new();
    PATH.get_or_init(|| std::env::temp_dir().join(format!("roles-fuzz-{}.yaml", std::process::id())))
}

/// Arguments that would write or read files other than the fuzzed dataset.
fn touches_files(arg: &str) -> bool {
    arg.starts_with("--output")
        || arg.starts_with("--data")
        || arg.starts_with("--o")
        || (arg.starts_with('-') && !arg.starts_with("--") && arg.contains('o'))
        || arg.contains('/')
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (line, yaml) = text.split_once('\n').unwrap_or((text, ""));
    let args: Vec<&str> = line.split(' ').filter(|arg| !arg.is_empty()).collect();
    if args.iter().any(|arg| touches_files(arg)) {
        return;
    }
    let path = dataset_path();
    let Ok(mut file) = std::fs::File::create(path) else {
        return;
    };
    if file.write_all(yaml.as_bytes()).is_err() {
        return;
    }
    drop(file);
    let mut argv: Vec<std::ffi::OsString> = vec!["roles".into(), "--color=never".into()];
    if !yaml.is_empty() {
        argv.push("--data".into());
        argv.push(path.into());
    }
    argv.extend(args.iter().map(Into::into));
    let Ok(cli) = Cli::try_parse_from(argv) else {
        return;
    };
    let env = Environment {
        is_tty: true,
        terminal_width: Some(u16::from(data.first().copied().unwrap_or(80)) + 20),
        columns: None,
        no_color: true,
        dumb: false,
        roles_lang: None,
        locale: None,
        roles_data: None,
        terminal_height: Some(40),
        pager: None,
        less_set: false,
    };
    let mut out = Vec::new();
    let result = roles::run(&cli, &env, &mut out);
    let shown = String::from_utf8_lossy(&out);
    assert!(
        !shown.chars().any(|c| c.is_control() && c != '\n'),
        "a control character reached the terminal: {shown:?}"
    );
    if let Err(error) = result {
        let _ = format!("{error:#}");
    }
});
