//! Turning the command line and the environment into the settings a run uses.

use std::ffi::OsString;
use std::io::{self, IsTerminal};
use std::path::PathBuf;

use anyhow::bail;

use crate::cli::{Cli, ColorChoice};
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
    pub fn new(cli: &Cli, env: &Environment) -> anyhow::Result<Options> {
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

/// The language messages are worded in: the one asked for, or English when
/// the request itself is the mistake.
pub fn message_language(cli: &Cli, env: &Environment) -> Lang {
    language(cli.lang.as_deref(), env).unwrap_or(Lang::En)
}

/// The language messages are worded in when there is no command line to
/// read (at a TAB): `ROLES_LANG` or the locale's, else English.
pub fn environment_language(env: &Environment) -> Lang {
    language(None, env).unwrap_or(Lang::En)
}

/// `--lang`, else `ROLES_LANG`, else the locale's language if it is one we
/// have, else English. A language asked for by name must exist; a locale is
/// only a hint.
fn language(asked: Option<&str>, env: &Environment) -> anyhow::Result<Lang> {
    let named = asked
        .map(|code| ("--lang", code))
        .or(env.roles_lang.as_deref().map(|code| ("ROLES_LANG", code)));
    if let Some((from, code)) = named {
        return match Lang::from_code(code.trim()) {
            Some(lang) => Ok(lang),
            None => {
                let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
                bail!(
                    "unknown language '{}' in {from}; available languages: {}",
                    code.escape_debug(),
                    known.join(", ")
                )
            }
        };
    }
    let from_locale = env.locale.as_deref().and_then(|locale| {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_code(code)
    });
    Ok(from_locale.unwrap_or(Lang::En))
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
