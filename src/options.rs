//! Turning the command line and the environment into the settings a run uses.

use std::ffi::OsString;
use std::fmt;
use std::io::{self, IsTerminal};
use std::path::PathBuf;

use crate::cli::{Cli, ColorChoice};
use crate::labels::Labels;
use crate::model::Lang;
use crate::render::{Config, TableStyle};

/// The narrowest table `roles` draws, whatever it is told: a sandbox that
/// reports a 0-column terminal still gets a readable table.
pub const MIN_WIDTH: u16 = 60;

/// What `roles` knows of its surroundings: the terminal and the environment.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// Whether standard output is a terminal.
    pub is_tty: bool,
    /// The terminal's width in columns, if it is one and reports it.
    pub terminal_width: Option<u16>,
    /// `COLUMNS`, if it holds a number.
    pub columns: Option<u16>,
    /// Whether `NO_COLOR` is set to something non-empty.
    pub no_color: bool,
    /// Whether `TERM` is `dumb`.
    pub dumb: bool,
    /// `ROLES_LANG`, if set and not empty.
    pub roles_lang: Option<String>,
    /// The first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty.
    pub locale: Option<String>,
    /// `ROLES_DATA`: dataset files, separated as in `PATH`.
    pub roles_data: Option<OsString>,
    /// The terminal's height in lines, if standard output is one and reports it.
    pub terminal_height: Option<u16>,
    /// The pager asked for: `ROLES_PAGER`, else `PAGER`.
    pub pager: Option<String>,
    /// Whether `LESS` is set, so that its options are the user's to choose.
    pub less_set: bool,
}

fn var(name: &str) -> Option<String> {
    // A value that is not UTF-8 cannot name a language or a number; it is ignored.
    std::env::var_os(name)
        .and_then(|value| value.into_string().ok())
        .filter(|value| !value.is_empty())
}

impl Environment {
    /// Reads the real standard output and environment.
    pub fn detect() -> Environment {
        let is_tty = io::stdout().is_terminal();
        Environment {
            is_tty,
            terminal_width: if is_tty {
                terminal_size::terminal_size_of(io::stdout())
                    .map(|(terminal_size::Width(width), _)| width)
            } else {
                None
            },
            columns: var("COLUMNS").and_then(|value| value.trim().parse().ok()),
            no_color: var("NO_COLOR").is_some(),
            dumb: var("TERM").is_some_and(|term| term == "dumb"),
            roles_lang: var("ROLES_LANG"),
            locale: ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(var),
            roles_data: std::env::var_os("ROLES_DATA").filter(|value| !value.is_empty()),
            terminal_height: if is_tty {
                terminal_size::terminal_size_of(io::stdout())
                    .map(|(_, terminal_size::Height(height))| height)
            } else {
                None
            },
            pager: var("ROLES_PAGER").or_else(|| var("PAGER")),
            less_set: std::env::var_os("LESS").is_some(),
        }
    }
}

/// The settings of one run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The language content and headings are shown in.
    pub lang: Lang,
    /// Whether table output is coloured.
    pub color: bool,
    /// How tables are drawn: ASCII for a terminal that cannot show box
    /// drawing (`TERM=dumb`) unless asked otherwise.
    pub style: TableStyle,
    /// Each role's first item on a theme and how many more (`--brief`).
    pub brief: bool,
    /// CSV side by side, a row per theme and a column per role (`--wide`).
    pub wide: bool,
    /// The byte between CSV fields.
    pub delimiter: u8,
    /// Whether CSV begins with a UTF-8 byte order mark.
    pub bom: bool,
    /// Whether standard output is a terminal, where what is written for
    /// programs (CSV, JSON, completion scripts) is shown escaped.
    pub terminal: bool,
    /// The width tables are wrapped to; `None` leaves them unwrapped.
    pub width: Option<u16>,
    /// Whether the built-in dataset is loaded.
    pub builtin: bool,
    /// The user's dataset files, loaded after the built-in one, in order.
    pub data: Vec<PathBuf>,
    /// The size limit for one dataset file, in MiB.
    pub max_data_mib: u64,
}

impl Options {
    /// Settles language, colour and width from the arguments, then the environment.
    pub fn new(cli: &Cli, env: &Environment) -> Result<Options, UnknownLanguage> {
        Ok(Options {
            lang: language(cli.lang.as_deref(), env)?,
            color: match cli.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => env.is_tty && !env.no_color && !env.dumb,
            },
            terminal: env.is_tty,
            style: cli.style.unwrap_or(if env.dumb {
                TableStyle::Ascii
            } else {
                TableStyle::Unicode
            }),
            brief: cli.view().brief,
            wide: cli.view().wide,
            delimiter: cli.delimiter,
            bom: cli.bom,
            width: width(cli.width, env),
            builtin: !cli.no_builtin,
            data: if cli.data.is_empty() {
                env.roles_data
                    .as_ref()
                    .map(|paths| {
                        std::env::split_paths(paths)
                            .filter(|path| !path.as_os_str().is_empty())
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                cli.data.clone()
            },
            max_data_mib: cli.max_data_size,
        })
    }
}

impl Options {
    /// What the formats need of these settings.
    pub fn config(&self) -> Config {
        Config {
            color: self.color,
            style: self.style,
            width: self.width,
            brief: self.brief,
            wide: self.wide,
            delimiter: self.delimiter,
            bom: self.bom,
        }
    }
}

/// The language messages are worded in: the one asked for, else the
/// environment's when the request itself is the mistake (`--lang xx`).
pub fn message_language(cli: &Cli, env: &Environment) -> Lang {
    fallback_language(cli.lang.as_deref(), env)
}

/// The language messages are worded in when there is no command line to
/// read (at a TAB): `ROLES_LANG` or the locale's, else English.
pub fn environment_language(env: &Environment) -> Lang {
    fallback_language(None, env)
}

/// The language a usage error is worded in. The arguments did not parse, so
/// `--lang` is looked for in them as they are (`--lang hu`, `--lang=hu`,
/// `-l hu`, `-lhu`, up to a `--`), the last that names a language; one that
/// does not exist is passed over for the environment's.
pub fn usage_language(args: &[OsString], env: &Environment) -> Lang {
    let mut asked = None;
    let mut words = args.iter().skip(1).filter_map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word {
            "--lang" | "-l" => words.next(),
            _ => word
                .strip_prefix("--lang=")
                .or_else(|| word.strip_prefix("-l").filter(|_| !word.starts_with("--")))
                .map(|value| value.strip_prefix('=').unwrap_or(value)),
        };
        if value.is_some_and(|value| Lang::from_code(value.trim()).is_some()) {
            asked = value;
        }
    }
    fallback_language(asked, env)
}

/// `asked` if it names a language, else `ROLES_LANG` if it does, else the
/// locale's language, else English: never an error, for wording one.
fn fallback_language(asked: Option<&str>, env: &Environment) -> Lang {
    let named = |code: Option<&str>| code.and_then(|code| Lang::from_code(code.trim()));
    named(asked)
        .or_else(|| named(env.roles_lang.as_deref()))
        .unwrap_or_else(|| locale_language(env))
}

/// A language asked for by name that `roles` does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage {
    /// The code as given, escaped.
    pub code: String,
    /// Where it was given: `--lang` or `ROLES_LANG`.
    pub from: &'static str,
}

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels = Labels::of(Lang::En);
        f.write_str(&labels.unknown_language(&self.code, self.from))
    }
}

impl std::error::Error for UnknownLanguage {}

/// `--lang`, else `ROLES_LANG`, else the locale's language if it is one we
/// have, else English. A language asked for by name must exist; a locale is
/// only a hint.
fn language(asked: Option<&str>, env: &Environment) -> Result<Lang, UnknownLanguage> {
    let named = asked
        .map(|code| ("--lang", code))
        .or(env.roles_lang.as_deref().map(|code| ("ROLES_LANG", code)));
    if let Some((from, code)) = named {
        return Lang::from_code(code.trim()).ok_or_else(|| UnknownLanguage {
            code: code.escape_debug().to_string(),
            from,
        });
    }
    Ok(locale_language(env))
}

/// The locale's language if it is one we have, else English.
fn locale_language(env: &Environment) -> Lang {
    let from_locale = env.locale.as_deref().and_then(|locale| {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_code(code)
    });
    from_locale.unwrap_or(Lang::En)
}

/// The width of output that is not a terminal (a pipe, a file) when
/// `COLUMNS` does not say: what `less` and an editor show without scrolling.
pub const PIPE_WIDTH: u16 = 100;

/// `--width`, else the terminal's width, else `COLUMNS`, else 80 on a
/// terminal and [`PIPE_WIDTH`] elsewhere; never below [`MIN_WIDTH`].
/// `--width 0` leaves lines unwrapped (`None`), for a program that wants
/// each table row on one line.
fn width(asked: Option<u16>, env: &Environment) -> Option<u16> {
    if asked == Some(0) {
        return None;
    }
    let terminal = if env.is_tty { env.terminal_width } else { None };
    let fallback = if env.is_tty { 80 } else { PIPE_WIDTH };
    let width = asked
        .or(terminal.filter(|&width| width > 0))
        .or(env.columns.filter(|&width| width > 0))
        .unwrap_or(fallback);
    Some(width.max(MIN_WIDTH))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Environment {
        Environment::default()
    }

    #[test]
    fn language_prefers_the_flag_then_roles_lang_then_the_locale() {
        let mut env = env();
        env.locale = Some("hu_HU.UTF-8".into());
        assert_eq!(language(None, &env).ok(), Some(Lang::Hu));
        env.roles_lang = Some("en".into());
        assert_eq!(language(None, &env).ok(), Some(Lang::En));
        assert_eq!(language(Some("HU"), &env).ok(), Some(Lang::Hu));
    }

    #[test]
    fn a_locale_we_do_not_have_means_english_but_a_named_language_must_exist() {
        let mut env = env();
        for locale in ["C", "POSIX", "fr_FR.UTF-8", "C.UTF-8"] {
            env.locale = Some(locale.into());
            assert_eq!(language(None, &env).ok(), Some(Lang::En), "{locale}");
        }
        env.roles_lang = Some("xx".into());
        let error = language(None, &env).err().map(|error| error.to_string());
        assert_eq!(
            error.as_deref(),
            Some(format!(
                "unknown language 'xx' in ROLES_LANG; available languages: {}",
                Lang::ALL.map(Lang::code).join(", ")
            ))
            .as_deref()
        );
    }

    #[test]
    fn a_usage_error_is_worded_in_the_language_the_raw_arguments_ask_for() {
        let args = |words: &[&str]| -> Vec<OsString> {
            std::iter::once("roles")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect()
        };
        let mut env = env();
        for words in [
            &["--lang", "hu", "--bogus"][..],
            &["--bogus", "--lang=hu"],
            &["-l", "hu", "list", "--bogus"],
            &["-lhu", "--bogus"],
            &["--lang", "hu", "--lang", "xx", "list"],
        ] {
            assert_eq!(usage_language(&args(words), &env), Lang::Hu, "{words:?}");
        }
        // After `--` a word is a value, and a language that does not exist is
        // passed over for the environment's.
        for words in [&["--bogus", "--", "--lang", "hu"][..], &["--lang", "xx"]] {
            assert_eq!(usage_language(&args(words), &env), Lang::En, "{words:?}");
        }
        env.roles_lang = Some("hu".into());
        assert_eq!(usage_language(&args(&["--lang", "xx"]), &env), Lang::Hu);
        assert_eq!(usage_language(&args(&["--lang", "en"]), &env), Lang::En);
        env.roles_lang = None;
        env.locale = Some("hu_HU.UTF-8".into());
        assert_eq!(usage_language(&args(&["--bogus"]), &env), Lang::Hu);
    }

    #[test]
    fn colour_is_automatic_only_on_a_terminal_without_no_color() {
        let mut env = env();
        env.is_tty = true;
        let colour = |env: &Environment, choice: &str| {
            use clap::Parser;
            let cli = Cli::try_parse_from(["roles", "--color", choice, "man"]).ok()?;
            Options::new(&cli, env).map(|options| options.color).ok()
        };
        assert_eq!(colour(&env, "auto"), Some(true));
        env.no_color = true;
        assert_eq!(colour(&env, "auto"), Some(false));
        assert_eq!(colour(&env, "always"), Some(true));
        env.no_color = false;
        env.dumb = true;
        assert_eq!(colour(&env, "auto"), Some(false));
        env.dumb = false;
        env.is_tty = false;
        assert_eq!(colour(&env, "auto"), Some(false));
    }

    #[test]
    fn data_files_come_from_the_flags_else_roles_data() {
        use clap::Parser;
        let mut env = env();
        env.roles_data = Some(OsString::from("a.yaml::b.yaml"));
        let parse = |args: &[&str]| Cli::try_parse_from(args).ok();
        let from_env = parse(&["roles", "list"]).and_then(|cli| Options::new(&cli, &env).ok());
        assert_eq!(
            from_env.map(|options| options.data),
            Some(vec![PathBuf::from("a.yaml"), PathBuf::from("b.yaml")])
        );
        let flags = parse(&["roles", "--data", "c.yaml", "list"])
            .and_then(|cli| Options::new(&cli, &env).ok());
        assert_eq!(
            flags.map(|options| options.data),
            Some(vec![PathBuf::from("c.yaml")])
        );
    }

    #[test]
    fn width_falls_back_sanely() {
        let mut env = env();
        assert_eq!(width(None, &env), Some(100), "a pipe is wrapped at 100");
        assert_eq!(width(Some(0), &env), None, "--width 0 leaves lines whole");
        env.columns = Some(120);
        assert_eq!(width(None, &env), Some(120));
        assert_eq!(width(Some(90), &env), Some(90));
        env.is_tty = true;
        env.columns = None;
        assert_eq!(width(None, &env), Some(80), "a terminal that says nothing");
        env.terminal_width = Some(0);
        assert_eq!(width(None, &env), Some(80), "a terminal that says 0");
        env.terminal_width = Some(50);
        assert_eq!(width(None, &env), Some(MIN_WIDTH), "a tiny terminal");
        assert_eq!(width(Some(3), &env), Some(MIN_WIDTH));
    }
}
