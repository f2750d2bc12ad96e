//! The command line, as clap sees it: arguments and their help, nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Section;
use crate::render::{Format, TableStyle};

const AFTER_HELP: &str = "\
Examples:
  roles list                          the roles in the dataset
  roles list cto                      the CTO's responsibilities
  roles compare cto cio               the CTO and the CIO side by side
  roles --lang hu compare cto cio     the same, in Hungarian
  roles compare cto cio --brief       the same on one screen
  roles search vendor                 every item that mentions vendors, a line each
  roles export cto cio -o cto-vs-cio.md
  roles compare cto cio --format json | jq .
  roles --data vpe.yaml compare cto cio vpe
  roles new vpe -o vpe.yaml           a file to start a role of your own from
  roles validate vpe.yaml

Language: --lang, else ROLES_LANG, else LC_ALL / LC_MESSAGES / LANG (hu_HU.UTF-8 gives hu), else en.

Exit codes: 0 success, 1 search found nothing, 2 error (usage, unknown role, invalid dataset, I/O).";

/// Compare executive roles side by side, from a cited dataset in English and Hungarian.
#[derive(Debug, Parser)]
#[command(name = "roles", version, after_help = AFTER_HELP, help_expected = true)]
pub struct Cli {
    /// Language of the content, the headings and the messages: en or hu [default: from the environment, else en]
    #[arg(short, long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// When to colour table output
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

    /// When to show output through a pager (ROLES_PAGER, then PAGER, then less)
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub paging: Paging,

    /// Wrap tables to this many columns; 0 leaves lines unwrapped [default: the terminal's width, else COLUMNS, else 80 on a terminal and 100 in a pipe or file]
    #[arg(short, long, global = true, value_name = "N")]
    pub width: Option<u16>,

    /// How tables are drawn [default: ascii when TERM is dumb, else unicode]
    #[arg(long, global = true, value_name = "STYLE")]
    pub style: Option<TableStyle>,

    /// The character between CSV fields: `,`, or `;` for spreadsheets set to a language that writes decimal commas, or `tab`
    #[arg(long, global = true, value_name = "CHAR", default_value = ",", value_parser = delimiter)]
    pub delimiter: u8,

    /// Begin CSV with a UTF-8 byte order mark, so that Excel shows accented letters correctly when the file is opened by double-clicking
    #[arg(long, global = true)]
    pub bom: bool,

    /// Load roles, themes and sources from this YAML file, as well as the built-in dataset (repeatable; - reads standard input) [default: ROLES_DATA, paths separated as in PATH]
    #[arg(long = "data", global = true, value_name = "FILE")]
    pub data: Vec<PathBuf>,

    /// Leave the built-in dataset out
    #[arg(long, global = true)]
    pub no_builtin: bool,

    /// Refuse dataset files larger than this many MiB
    #[arg(long, global = true, value_name = "MIB", default_value_t = crate::read::DEFAULT_MAX_MIB)]
    pub max_data_size: u64,

    /// What to do
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the roles, or one role's responsibilities
    List {
        /// The role whose responsibilities to list (without it, the roles themselves are listed)
        role: Option<String>,
        #[command(flatten)]
        format: FormatArgs,
    },
    /// Show one role's whole card: title, summary, orientation and every section
    Show {
        /// The role to show
        role: String,
        #[command(flatten)]
        sections: SectionArgs,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        format: FormatArgs,
    },
    /// Compare roles side by side, aligned by theme
    Compare {
        /// The roles to compare, two or more
        #[arg(required = true, num_args = 2.., value_name = "ROLE")]
        roles: Vec<String>,
        #[command(flatten)]
        sections: SectionArgs,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        format: FormatArgs,
    },
    /// Find every item in which each search word begins a word of its title, detail or theme (case and accents ignored), a line each, and any role whose name matches
    Search {
        /// The words to look for, in the chosen language; an item must have every one
        #[arg(required = true, num_args = 1.., value_name = "TERM")]
        term: Vec<String>,
        /// Show each item's detail under its line (tables only: Markdown, CSV and JSON always have it)
        #[arg(long)]
        long: bool,
        #[command(flatten)]
        sections: SectionArgs,
        #[command(flatten)]
        format: FormatArgs,
    },
    /// Write the comparison as a document (Markdown unless the file name or --format says otherwise)
    Export {
        /// The roles to export, one or more
        #[arg(required = true, num_args = 1.., value_name = "ROLE")]
        roles: Vec<String>,
        /// The file to write (standard output when left out or `-`); replaced only once complete
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        sections: SectionArgs,
        #[command(flatten)]
        view: ViewArgs,
        /// Output format [default: from the extension of FILE (.md, .csv, .json), else markdown]
        #[arg(short, long, value_name = "FORMAT")]
        format: Option<Format>,
    },
    /// Show who owns what: themes against roles, one mark per cell (every role when none is named)
    Matrix {
        /// The roles to show [default: every role]
        #[arg(value_name = "ROLE")]
        roles: Vec<String>,
        /// Slide-sized: no heading, and the legend on one line
        #[arg(short, long)]
        brief: bool,
        #[command(flatten)]
        format: FormatArgs,
    },
    /// List the themes and their ids, for writing roles of your own
    Themes {
        #[command(flatten)]
        format: FormatArgs,
    },
    /// List the sources, their ids and full references
    Sources {
        #[command(flatten)]
        format: FormatArgs,
    },
    /// Write a starting file for a role of your own; each text to fill in begins with TODO
    New {
        /// The new role's id: up to 64 lowercase letters, digits and `-`, such as `vpe`
        #[arg(value_name = "ID")]
        id: String,
        /// The file to write (standard output when left out or `-`); an existing file is never replaced
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of dataset files, for editors to complete and check them as you type
    Schema {
        /// The file to write (standard output when left out or `-`); an existing file is replaced, never left half-written
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check datasets and report every problem, each as FILE:LINE:COLUMN: message
    Validate {
        /// The files to check, in addition to the built-in dataset [default: the built-in dataset and any --data]
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print a shell completion script
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    Man,
}

/// Which sections of a card to show.
#[derive(Debug, Clone, Args)]
pub struct SectionArgs {
    /// Only these sections (repeatable or comma-separated; all when left out)
    #[arg(
        short,
        long = "section",
        value_name = "SECTION",
        value_enum,
        value_delimiter = ','
    )]
    pub sections: Vec<SectionArg>,
}

impl SectionArgs {
    /// The chosen sections, or all of them.
    pub fn chosen(&self) -> Vec<Section> {
        if self.sections.is_empty() {
            Section::ALL.to_vec()
        } else {
            self.sections.iter().map(|arg| arg.section()).collect()
        }
    }
}

/// How much of a comparison to show, and in which shape.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct ViewArgs {
    /// One screen: each role's summary and orientation, then one table of themes in which a cell holds the role's first item there and +N, how many more it has (every item in full without --brief)
    #[arg(short, long)]
    pub brief: bool,

    /// CSV side by side, as the table shows it: a row per theme, a column per role (needs --format csv, or export to a .csv file)
    #[arg(long)]
    pub wide: bool,
}

/// How to print.
#[derive(Debug, Clone, Args)]
pub struct FormatArgs {
    /// Output format
    #[arg(short, long, value_name = "FORMAT", default_value = "table")]
    pub format: Format,
}

/// A section, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SectionArg {
    /// What each role is answerable for
    Responsibilities,
    /// What each role pays most attention to
    Focus,
    /// What makes each role hard
    Challenges,
    /// How the roles work together and the challenges they share
    Shared,
    /// What each role must know and be able to do (ESCO's skills)
    Skills,
}

impl SectionArg {
    fn section(self) -> Section {
        match self {
            SectionArg::Responsibilities => Section::Responsibilities,
            SectionArg::Focus => Section::Focus,
            SectionArg::Challenges => Section::Challenges,
            SectionArg::Shared => Section::Shared,
            SectionArg::Skills => Section::Skills,
        }
    }
}

/// When to show output through a pager.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paging {
    /// Page tables and Markdown taller than the terminal, when standard output is a terminal
    Auto,
    /// Page tables and Markdown, whatever their height
    Always,
    /// Never page
    Never,
}

impl Cli {
    /// Whether the command prints something meant for a program (CSV, JSON, a
    /// completion script, the roff of the manual page), which is never paged.
    pub fn prints_for_programs(&self) -> bool {
        match &self.command {
            Command::List { format, .. }
            | Command::Show { format, .. }
            | Command::Compare { format, .. }
            | Command::Search { format, .. }
            | Command::Matrix { format, .. }
            | Command::Themes { format }
            | Command::Sources { format } => format.format.is_data(),
            Command::Export { output, format, .. } => {
                let to_stdout = output.as_ref().is_none_or(|path| path.as_os_str() == "-");
                !to_stdout || format.is_some_and(Format::is_data)
            }
            Command::Validate { .. } => false,
            // A file to edit or read by a program, never paged.
            Command::New { .. }
            | Command::Schema { .. }
            | Command::Completions { .. }
            | Command::Man => true,
        }
    }

    /// How much of a comparison the command shows, and in which shape.
    pub fn view(&self) -> ViewArgs {
        match &self.command {
            Command::Show { view, .. }
            | Command::Compare { view, .. }
            | Command::Export { view, .. } => *view,
            Command::Matrix { brief, .. } => ViewArgs {
                brief: *brief,
                wide: false,
            },
            _ => ViewArgs::default(),
        }
    }
}

/// A CSV delimiter: one ASCII character, or `tab`.
fn delimiter(text: &str) -> Result<u8, crate::usage::NotADelimiter> {
    match text {
        "tab" | "\\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            // Not the quote, which CSV itself needs.
            [byte] if (byte.is_ascii_punctuation() && *byte != b'"') || *byte == b'\t' => Ok(*byte),
            _ => Err(crate::usage::NotADelimiter),
        },
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal, NO_COLOR is unset or empty, and TERM is not dumb
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}
