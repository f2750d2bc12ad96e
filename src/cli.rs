//! The command line, as clap sees it: arguments and their help, nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{Lang, Section};

const AFTER_HELP: &str = "\
Examples:
  roles list                       the roles in the dataset
  roles list cto                   the CTO's responsibilities
  roles compare cto cio            the CTO and the CIO side by side
  roles --lang hu compare cto cio  the same, in Hungarian
  roles export cto cio -o cto-vs-cio.md

Exit codes: 0 success, 2 error (usage, unknown role, invalid dataset, I/O).";

/// Compare executive roles side by side, from a cited dataset in English and Hungarian.
#[derive(Debug, Parser)]
#[command(name = "roles", version, after_help = AFTER_HELP, help_expected = true)]
pub struct Cli {
    /// Language of the content and the headings
    #[arg(long, global = true, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,

    /// When to colour table output
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

    /// Wrap tables to this many columns (default: the terminal's width, then COLUMNS; unwrapped when piped)
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<u16>,

    /// What to do
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the roles, or one role's responsibilities
    List {
        /// The role whose responsibilities to list (all roles when left out)
        role: Option<String>,
    },
    /// Show one role's whole card: title, summary, orientation and every section
    Show {
        /// The role to show
        role: String,
        #[command(flatten)]
        sections: SectionArgs,
    },
    /// Compare roles side by side, aligned by theme
    Compare {
        /// The roles to compare, two or more
        #[arg(required = true, num_args = 2.., value_name = "ROLE")]
        roles: Vec<String>,
        #[command(flatten)]
        sections: SectionArgs,
    },
    /// Write the comparison as a Markdown document
    Export {
        /// The roles to export, one or more
        #[arg(required = true, num_args = 1.., value_name = "ROLE")]
        roles: Vec<String>,
        /// The file to write (standard output when left out); replaced only once complete
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        sections: SectionArgs,
    },
}

/// Which sections of a card to show.
#[derive(Debug, Clone, Args)]
pub struct SectionArgs {
    /// Only these sections (repeatable; all when left out)
    #[arg(long = "section", value_name = "SECTION", value_enum)]
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
}

impl SectionArg {
    fn section(self) -> Section {
        match self {
            SectionArg::Responsibilities => Section::Responsibilities,
            SectionArg::Focus => Section::Focus,
            SectionArg::Challenges => Section::Challenges,
            SectionArg::Shared => Section::Shared,
        }
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        format!("available languages: {}", known.join(", "))
    })
}
