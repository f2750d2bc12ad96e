//! `roles search TERM`: case- and accent-insensitive, grep's exit codes.

mod common;

use common::{failure_of, lines_with, roles, stdout_of};

#[test]
fn search_ignores_case() {
    let output = stdout_of(&["--width", "0", "search", "Vendor"]);
    assert_eq!(
        lines_with(
            &output,
            &["CTO  Vendors and partners: Vendor selection and management [1]"]
        )
        .len(),
        1
    );
    assert_eq!(
        lines_with(
            &output,
            &["CIO  Vendors and partners: Communication with technology vendors [2]"]
        )
        .len(),
        1
    );
    assert!(!output.contains("Cybersecurity"));
    assert_eq!(output, stdout_of(&["--width", "0", "search", "vENDOR"]));
}

#[test]
fn search_shows_details_only_when_asked() {
    let detail = "Works with outside technology partners";
    let short = stdout_of(&["search", "vendor"]);
    assert!(!short.contains(detail), "{short}");
    let long = stdout_of(&["search", "vendor", "--long"]);
    let lines: Vec<&str> = long.lines().collect();
    let title = lines
        .iter()
        .position(|line| line.contains("Vendor selection and management [1]"))
        .expect("the hit's line");
    assert!(
        lines[title + 1].starts_with("     Works with outside technology partners"),
        "the detail under its hit, where the hit's text begins: {long}"
    );
    // Programs get the detail either way, and Markdown its table.
    for format in ["csv", "json", "markdown"] {
        let args = ["search", "vendor", "--format", format];
        assert_eq!(
            stdout_of(&args),
            stdout_of(&[&args[..], &["--long"]].concat()),
            "{format}"
        );
        assert!(stdout_of(&args).contains(detail), "{format}");
    }
}

#[test]
fn search_ignores_accents_in_hungarian() {
    let output = stdout_of(&["--width", "0", "--lang", "hu", "search", "ugyfel"]);
    assert!(output.contains("A vállalaton kívüli ügyfelek"));
    assert_eq!(
        output,
        stdout_of(&["--width", "0", "--lang", "hu", "search", "ÜGYFÉL"])
    );
}

#[test]
fn search_looks_only_at_the_chosen_language() {
    roles()
        .args(["--lang", "hu", "search", "vendor"])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn search_finds_shared_items_and_names_both_roles() {
    let output = stdout_of(&["--width", "0", "search", "teamwork skills"]);
    assert_eq!(
        lines_with(
            &output,
            &["CTO + CIO  Collaboration: Bridge between technology and business (challenge) [1]"]
        )
        .len(),
        1
    );
    // In Markdown, the table says which side of the shared ground it is on.
    let markdown = stdout_of(&["search", "teamwork skills", "--format", "markdown"]);
    assert!(
        markdown.contains("| CTO + CIO | Common ground: Challenges they share | Collaboration |"),
        "{markdown}"
    );
}

#[test]
fn search_sections_narrow_it() {
    let all = stdout_of(&["search", "cyber", "--format", "csv"]);
    let challenges = stdout_of(&[
        "search",
        "cyber",
        "--section",
        "challenges",
        "--format",
        "csv",
    ]);
    assert!(all.lines().count() > challenges.lines().count());
    assert!(
        challenges
            .lines()
            .skip(1)
            .all(|line| line.contains(",\"challenges\","))
    );
}

#[test]
fn nothing_found_exits_1_prints_nothing_and_says_so() {
    roles()
        .args(["search", "blockchain"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("roles: no item mentions 'blockchain'\n");
    roles()
        .args(["--lang", "hu", "search", "xyzzy"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("roles: nincs találat erre: „xyzzy”\n");
}

#[test]
fn errors_speak_the_interface_language() {
    roles()
        .args(["--lang", "hu", "show", "ceo"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "roles: hiba: ismeretlen szerepkör: „ceo”. Talán erre gondolt: „cto”? Ismert szerepkörök: cto, cio, ciso, cdo.\n",
        );
    roles()
        .args(["show", "ceo"])
        .assert()
        .code(2)
        .stderr("roles: error: unknown role 'ceo' (did you mean 'cto'?); known roles: cto, cio, ciso, cdo\n");
}

#[test]
fn nothing_found_still_gives_scripts_a_well_formed_document() {
    let output = roles()
        .args(["search", "blockchain", "--format", "json"])
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["items"], serde_json::json!([]));

    let output = roles()
        .args(["search", "blockchain", "--format", "csv"])
        .output()
        .expect("roles runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "\"role\",\"section\",\"theme\",\"title\",\"detail\",\"sources\",\"disputed\",\"kind\",\"flags\"\n"
    );
}

#[test]
fn an_empty_term_is_an_error() {
    let stderr = failure_of(&["search", "  "], 2);
    assert_eq!(stderr, "roles: error: the search term is empty\n");
}

/// A word typed many times finds what it finds once typed: the same output.
#[test]
fn repeated_words_find_what_one_finds() {
    let once = common::stdout_of(&["search", "vendor"]);
    let many = "vendor ".repeat(1_000);
    assert_eq!(common::stdout_of(&["search", many.trim()]), once);
}
