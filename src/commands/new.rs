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
use crate::terminal::escape;

/// The schema file the new file's first line names, beside it.
const SCHEMA_FILE: &str = "roles.schema.json";

/// How long a comment line may grow before the next id goes on a new line.
const COMMENT_WIDTH: usize = 78;

/// Writes the starting file for role `id` to `output`, which must not exist
/// yet, or to standard output.
pub(crate) fn run(
    options: &Options,
    id: &str,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let labels = Labels::of(options.lang);
    if !is_valid_id(id) {
        bail!(labels.starter.invalid_id(id));
    }
    let dataset = load(options)?;
    if dataset.role(id).is_some() {
        bail!(labels.starter.role_exists(id));
    }
    // `-o -` is standard output, as for every command that writes a file.
    let output = output.filter(|path| path.as_os_str() != "-");
    let file = output
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
        .filter(|name| is_plain_name(name))
        .map_or_else(|| format!("{id}.yaml"), str::to_owned);
    let text = starter(&dataset, id, &file, options.lang);
    match output {
        None => out.write_all(text.as_bytes())?,
        Some(path) => {
            create_file(path, text.as_bytes())
                .with_context(|| labels.cannot_write(&path.display().to_string()))?;
            let schema = path.with_file_name(SCHEMA_FILE);
            if !schema.exists() {
                diagnostic::note(
                    &labels.starter.no_schema_beside(
                        &path.display().to_string(),
                        &schema.display().to_string(),
                    ),
                );
            }
        }
    }
    Ok(Status::Success)
}

/// Whether a file name can stand in a comment's command as it is: no
/// quoting, no line break, nothing a shell would read otherwise.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The starting file: comments in `lang`, and each text in every language,
/// its placeholder in its own language.
fn starter(dataset: &Dataset, id: &str, file: &str, lang: Lang) -> String {
    let words = &Labels::of(lang).starter;
    let source = own_source_id(id);
    let mut yaml = format!("# yaml-language-server: $schema={SCHEMA_FILE}\n#\n");
    let compare = match dataset.roles().first() {
        Some(role) => format!("compare {} {id}", role.id),
        None => format!("show {id}"),
    };
    comment(&mut yaml, 0, &words.intro(file, &compare));

    yaml.push_str("\nsources:\n");
    comment(&mut yaml, 2, words.sources);
    if !dataset.sources().is_empty() {
        comment(&mut yaml, 2, words.builtin_sources);
        for known in dataset.sources() {
            comment(&mut yaml, 2, &format!("  {}: {}", known.id, known.title));
        }
    }
    yaml.push_str(&format!("  - id: {source}\n"));
    yaml.push_str(&format!(
        "    title: {}\n",
        quoted(Labels::of(lang).starter.source_title)
    ));
    yaml.push_str(&format!(
        "    language: {}  # {}\n",
        lang.code(),
        words.language
    ));
    comment(&mut yaml, 4, words.source_optional);

    let theme = match dataset.themes().first() {
        Some(theme) => theme.id.to_string(),
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
        "\nroles:\n  - id: {id}\n    abbreviation: {}\n    title:\n",
        id.to_ascii_uppercase()
    ));
    texts(&mut yaml, 6, |words| words.role_title);
    yaml.push_str("    summary:\n");
    texts(&mut yaml, 6, |words| words.summary);
    yaml.push_str(&format!("      sources: [{source}]\n"));
    comment(&mut yaml, 4, words.orientation);
    if !dataset.themes().is_empty() {
        comment(&mut yaml, 4, words.themes);
        let themes: Vec<String> = dataset
            .themes()
            .iter()
            .map(|theme| format!("{} ({})", theme.id, theme.label.get(lang)))
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

/// The id of the new file's own source: the role's, with `-source`, within
/// the length an id may have.
fn own_source_id(id: &str) -> String {
    const SUFFIX: &str = "-source";
    // Ids are ASCII, so any byte is a character boundary.
    let room = MAX_ID - SUFFIX.len();
    format!("{}{SUFFIX}", &id[..id.len().min(room)])
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
/// first indented under the first.
fn listed(yaml: &mut String, indent: usize, items: &[String]) {
    let mut line = String::new();
    for item in items {
        let item = escape(item);
        let width = |text: &str| text.chars().count();
        if !line.is_empty() && indent + 4 + width(&line) + 2 + width(&item) > COMMENT_WIDTH {
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
