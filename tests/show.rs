//! `roles show ROLE`: one role's whole card.

mod common;

use common::stdout_of;

#[test]
fn show_has_the_whole_card() {
    let output = stdout_of(&["--width", "0", "show", "cio"]);
    assert!(output.starts_with("CIO — Chief Information Officer\n"));
    // The role is named once, in the heading; the card does not repeat it.
    assert_eq!(
        output.matches("Chief Information Officer").count(),
        1,
        "{output}"
    );
    assert!(output.contains("Inward: the organisation and its users [2]"));
    for heading in [
        "Responsibilities",
        "Focus areas",
        "Challenges",
        "Common ground",
        "Sources",
    ] {
        assert!(
            output.lines().any(|line| line == heading),
            "missing {heading}"
        );
    }
    assert!(output.contains("▸ Cybersecurity"));
    assert!(output.contains("▸ Users inside the company"));
    assert!(output.contains("▸ Changing cyber threats"));
    // A shared item names whom it is shared with, since only one role is shown.
    assert!(output.contains("▸ [CTO + CIO] Bridge between technology and business"));
    // Nothing of the CTO's own card.
    assert!(!output.contains("Technology budget"));
    assert!(
        !output.contains('●'),
        "no theme is 'common' with a single role"
    );
}

#[test]
fn show_sections_narrow_the_card() {
    let output = stdout_of(&[
        "show",
        "cto",
        "--section",
        "focus",
        "--section",
        "challenges",
    ]);
    assert!(output.lines().any(|line| line == "Focus areas"));
    assert!(output.lines().any(|line| line == "Challenges"));
    assert!(!output.lines().any(|line| line == "Responsibilities"));
    assert!(!output.contains("Technology budget"));
    assert!(output.contains("Pace of technological change"));
}
