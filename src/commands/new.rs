//! `roles new ID [-o FILE]`: a file to start a role of your own from, with
//! every text to write marked as a placeholder that `roles validate` points at.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::dataset::load;
use crate::dataset::{Dataset, MAX_ID, is_valid_id};
use crate::diagnostic;
use crate::exit_codes::Status;
use crate::labels::{Labels, StarterWords};
use crate::model::{Lang, Section};
use crate::options::Options;
use crate::replace::create_file;
use crate::terminal::{escape, escape_value};

/// The schema file the new file's first line names, beside it.
const SCHEMA_FILE: &str = "roles.schema.json";

/// How long a comment line may grow before the next id goes on a new line.
const COMMENT_WIDTH: usize = 78;

/// How much of a theme's label a comment quotes.
const NAME_WIDTH: usize = 40;

/// Writes the starting file for role `id` to `output`, which must not exist
/// yet, or to standard output.
pub(crate) fn run(
    options: &Options,
    id: &str,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let labels = Labels::of(options.lang);
    // An id that begins with `-` would be read as an option where the
    // file's comments tell the user to type it.
    if !is_valid_id(id) || id.starts_with('-') {
        bail!(
            labels
                .starter
                .invalid_id(&escape_value(id), &example_id(id))
        );
    }
    let dataset = load(options)?;
    if dataset.role(id).is_some() {
        bail!(labels.starter.role_exists(id));
    }
    // `-o -` is standard output, as for every command that writes a file.
    let output = output.filter(|path| path.as_os_str() != "-");
    // The commands in the file's comments name it as a shell would need it.
    let file = output
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
        .filter(|name| !name.chars().any(char::is_control))
        .map_or_else(|| format!("{id}.yaml"), str::to_owned);
    let file = shell_words::quote(&file).into_owned();
    let text = starter(&dataset, id, &file, options.lang);
    match output {
        None => out.write_all(text.as_bytes())?,
        Some(path) => {
            create_file(path, text.as_bytes())
                .with_context(|| labels.cannot_write(&path.display().to_string()))?;
            let schema = path.with_file_name(SCHEMA_FILE);
            if !schema.exists() {
                let schema = schema.display().to_string();
                diagnostic::note(
                    &labels.starter.no_schema_beside(
                        &path.display().to_string(),
                        &shell_words::quote(&schema),
                    ),
                );
            }
        }
    }
    Ok(Status::Success)
}

/// An id like `id` that is one (`Chief People` gives `chief-people`), else `vpe`.
fn example_id(id: &str) -> String {
    let lowered: String = id
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect();
    let joined: Vec<&str> = lowered.split('-').filter(|part| !part.is_empty()).collect();
    let example = joined.join("-");
    if is_valid_id(&example) {
        example
    } else {
        "vpe".to_owned()
    }
}

/// `id` as YAML reads it back as the same text: plain where it can be, but
/// quoted where a plain scalar would be a null, a boolean, a number, or
/// not a scalar at all (`null`, `true`, `1e3`, `-`).
fn scalar(id: &str) -> String {
    let plain = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && !["null", "true", "false"].contains(&id.to_ascii_lowercase().as_str());
    if plain { id.to_owned() } else { quoted(id) }
}

/// A name from a dataset, cut to `width` characters, its last an ellipsis.
fn cut(name: &str, width: usize) -> String {
    if name.chars().nth(width).is_none() {
        return name.to_owned();
    }
    let kept: String = name.chars().take(width.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// The starting file: comments in `lang`, and each text in every language,
/// its placeholder in its own language.
fn starter(dataset: &Dataset, id: &str, file: &str, lang: Lang) -> String {
    let words = &Labels::of(lang).starter;
    let source = own_source_id(dataset, id);
    let mut yaml = format!("# yaml-language-server: $schema={SCHEMA_FILE}\n#\n");
    let compare = match dataset.roles().first() {
        Some(role) => format!("compare {} {id}", role.id),
        None => format!("show {id}"),
    };
    comment(&mut yaml, 0, &words.intro(file, &compare));

    own_source(&mut yaml, dataset, &source, lang);

    let theme = match dataset.themes().first() {
        Some(theme) => scalar(&theme.id),
        None => {
            let own = "main";
            yaml.push_str("\nthemes:\n");
            comment(&mut yaml, 2, words.own_theme);
            yaml.push_str(&format!("  - id: {own}\n    label:\n"));
            texts(&mut yaml, 6, |words| words.theme_label);
            own.to_owned()
        }
    };

    yaml.push_str(&format!(
        "\nroles:\n  - id: {}\n    abbreviation: {}\n    title:\n",
        scalar(id),
        scalar(&id.to_ascii_uppercase())
    ));
    texts(&mut yaml, 6, |words| words.role_title);
    yaml.push_str("    summary:\n");
    texts(&mut yaml, 6, |words| words.summary);
    let source = scalar(&source);
    yaml.push_str(&format!("      sources: [{source}]\n"));
    comment(&mut yaml, 4, words.orientation);
    if !dataset.themes().is_empty() {
        comment(&mut yaml, 4, words.themes);
        let themes: Vec<String> = dataset
            .themes()
            .iter()
            .map(|theme| format!("{} ({})", theme.id, cut(theme.label.get(lang), NAME_WIDTH)))
            .collect();
        listed(&mut yaml, 4, &themes);
    }
    for section in Section::OF_A_ROLE {
        yaml.push_str(&format!(
            "    {}:\n      - theme: {theme}\n        title:\n",
            section.key()
        ));
        texts(&mut yaml, 10, |words| words.item_title(section));
        yaml.push_str("        detail:\n");
        texts(&mut yaml, 10, |words| words.item_detail);
        yaml.push_str(&format!("        sources: [{source}]\n"));
    }
    comment(&mut yaml, 4, words.skills);
    yaml
}

/// The sources: those the file may cite, in comments, then its own, written
/// in `lang`.
fn own_source(yaml: &mut String, dataset: &Dataset, source: &str, lang: Lang) {
    let words = &Labels::of(lang).starter;
    yaml.push_str("\nsources:\n");
    comment(yaml, 2, words.sources);
    if !dataset.sources().is_empty() {
        comment(yaml, 2, words.builtin_sources);
        for known in dataset.sources() {
            let title = escape_value(&known.title);
            // `  # `, two spaces, the id and `: ` come first.
            let room = COMMENT_WIDTH
                .saturating_sub(8 + known.id.len())
                .max(NAME_WIDTH);
            comment(yaml, 2, &format!("  {}: {}", known.id, cut(&title, room)));
        }
    }
    yaml.push_str(&format!("  - id: {}\n", scalar(source)));
    yaml.push_str(&format!("    title: {}\n", quoted(words.source_title)));
    yaml.push_str(&format!(
        "    language: {}  # {}\n",
        lang.code(),
        words.language
    ));
    comment(yaml, 4, words.source_optional);
}

/// The id of the new file's own source: the role's, with `-source`, within
/// the length an id may have, and numbered past any source of that id.
fn own_source_id(dataset: &Dataset, id: &str) -> String {
    (1..)
        .map(|n| {
            let suffix = match n {
                1 => "-source".to_owned(),
                n => format!("-source-{n}"),
            };
            // Ids are ASCII, so any byte is a character boundary.
            let room = MAX_ID - suffix.len();
            format!("{}{suffix}", &id[..id.len().min(room)])
        })
        .find(|source| dataset.source(source).is_none())
        .unwrap_or_default()
}

/// A text in every language, each its placeholder in its own language.
fn texts(yaml: &mut String, indent: usize, placeholder: impl Fn(&StarterWords) -> &'static str) {
    for lang in Lang::ALL {
        let text = placeholder(&Labels::of(lang).starter);
        yaml.push_str(&format!(
            "{:indent$}{}: {}\n",
            "",
            lang.code(),
            quoted(text)
        ));
    }
}

/// `text` as a double-quoted YAML string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `text` as comment lines, indented; a line from a dataset is escaped, so
/// that a line break in it cannot end the comment.
fn comment(yaml: &mut String, indent: usize, text: &str) {
    for line in text.lines() {
        yaml.push_str(&format!("{:indent$}# {}\n", "", escape(line)));
    }
}

/// `items` as comment lines, as many on a line as fit, each line after the
/// first indented under the first; a line break in one is shown, not obeyed.
fn listed(yaml: &mut String, indent: usize, items: &[String]) {
    let mut line = String::new();
    for item in items {
        let item = escape_value(item);
        let width = |text: &str| text.chars().count();
        // The prefix `# ` and two spaces, then the line, `, `, the item and a comma.
        if !line.is_empty() && indent + 4 + width(&line) + 2 + width(&item) + 1 > COMMENT_WIDTH {
            comment(yaml, indent, &format!("  {line},"));
            line.clear();
        }
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str(&item);
    }
    if !line.is_empty() {
        comment(yaml, indent, &format!("  {line}"));
    }
}
