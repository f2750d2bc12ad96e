//! ESCO's skill links as `skills:` blocks of a dataset file's roles.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The source id the blocks cite.
pub const SOURCE: &str = "esco-skills";

/// One link as ESCO's CSV gives it.
#[derive(Debug, serde::Deserialize)]
struct Link {
    occupation_uri: String,
    occupation: String,
    relation: String,
    skill: String,
    knowledge: String,
    digital: String,
    transversal: String,
    green: String,
    language: String,
}

/// `yaml` with each role whose `uri:` has links in `csv` given them as
/// its `skills:` block.
pub fn with_skills(csv: &str, yaml: &str) -> Result<String, String> {
    let mut by_uri: BTreeMap<String, Vec<Link>> = BTreeMap::new();
    for (row, link) in csv::Reader::from_reader(csv.as_bytes())
        .deserialize::<Link>()
        .enumerate()
    {
        let link = link.map_err(|error| format!("CSV row {}: {error}", row + 2))?;
        by_uri
            .entry(link.occupation_uri.clone())
            .or_default()
            .push(link);
    }
    let mut lines: Vec<String> = yaml.lines().map(str::to_owned).collect();
    for (uri, links) in &mut by_uri {
        let (start, end) = role_span(&lines, uri)?;
        let (kept, old) = skills_span(&lines[start..end]);
        let block = block(uri, links)?;
        let at = start + kept;
        lines.splice(at..at + old, block);
    }
    Ok(lines.join("\n") + "\n")
}

/// The lines of the role (`  - id: …` to before the next role or top-level
/// key, trailing blank and comment lines left out) whose classification has `uri`.
fn role_span(lines: &[String], uri: &str) -> Result<(usize, usize), String> {
    let wanted = format!("      uri: \"{uri}\"");
    let at = lines
        .iter()
        .position(|line| *line == wanted)
        .ok_or_else(|| format!("no role has the ESCO URI {uri}"))?;
    let start = lines[..at]
        .iter()
        .rposition(|line| line.starts_with("  - id: "))
        .ok_or_else(|| format!("the URI {uri} is not in a role"))?;
    let mut end = lines[start + 1..]
        .iter()
        .position(|line| line.starts_with("  - ") || line.starts_with(|c: char| c.is_alphabetic()))
        .map_or(lines.len(), |next| start + 1 + next);
    while end > start && matches!(lines[end - 1].trim_start().chars().next(), None | Some('#')) {
        end -= 1;
    }
    Ok((start, end))
}

/// Where a role's `skills:` block starts within its lines and how many lines
/// it has; at the role's end, with none, when it has no block yet.
fn skills_span(role: &[String]) -> (usize, usize) {
    match role.iter().position(|line| line == "    skills:") {
        Some(at) => {
            let length = role[at + 1..]
                .iter()
                .take_while(|line| line.starts_with("      "))
                .count();
            (at, length + 1)
        }
        None => (role.len(), 0),
    }
}

/// A role's `skills:` block: essential links, then optional, each by label.
fn block(uri: &str, links: &mut [Link]) -> Result<Vec<String>, String> {
    links.sort_by_cached_key(|link| (link.relation != "essential", link.skill.to_lowercase()));
    let occupation = links.first().map_or("", |link| link.occupation.as_str());
    let mut block = vec![
        "    skills:".to_owned(),
        format!("      # ESCO v1.2.0's links for \"{occupation}\", written by"),
        "      # `cargo run --example esco-skills`: not edited by hand.".to_owned(),
        format!("      source: {SOURCE}"),
        format!("      occupation: \"{uri}\""),
        "      links:".to_owned(),
    ];
    for link in links.iter() {
        let relation = match link.relation.as_str() {
            "essential" | "optional" => &link.relation,
            other => return Err(format!("{}: unknown relation {other:?}", link.skill)),
        };
        let mut line = format!(
            "        - {{ label: {}, relation: {relation}",
            quoted(&link.skill)
        );
        match link.knowledge.as_str() {
            "yes" => line.push_str(", kind: knowledge"),
            "no" => line.push_str(", kind: skill"),
            _ => {}
        }
        let flags: Vec<&str> = [
            ("digital", &link.digital),
            ("transversal", &link.transversal),
            ("green", &link.green),
            ("language", &link.language),
        ]
        .into_iter()
        .filter(|(_, value)| *value == "yes")
        .map(|(flag, _)| flag)
        .collect();
        if !flags.is_empty() {
            let _ = write!(line, ", flags: [{}]", flags.join(", "));
        }
        line.push_str(" }");
        block.push(line);
    }
    Ok(block)
}

/// A label as a YAML double-quoted string, which JSON's escaping writes.
fn quoted(label: &str) -> String {
    let mut quoted = String::from("\"");
    for c in label.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04x}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}
