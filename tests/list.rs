//! `roles list` and `roles list ROLE`.

mod common;

use common::{failure_of, lines_with, stdout_of};

#[test]
fn list_shows_every_role() {
    let output = stdout_of(&["--width", "0", "list"]);
    assert_eq!(
        lines_with(&output, &["cto", "CTO", "Chief Technology Officer"]).len(),
        1
    );
    assert_eq!(
        lines_with(&output, &["cio", "CIO", "Chief Information Officer"]).len(),
        1
    );
    assert!(output.contains("Shapes the technology vision and strategy"));
}

#[test]
fn list_in_hungarian_uses_the_hungarian_titles() {
    let output = stdout_of(&["--width", "0", "--lang", "hu", "list"]);
    assert_eq!(
        lines_with(&output, &["cto", "technológiai igazgató"]).len(),
        1
    );
    assert_eq!(
        lines_with(&output, &["cio", "informatikai igazgató"]).len(),
        1
    );
    assert!(output.contains("Azonosító") && output.contains("Összefoglaló"));
}

#[test]
fn list_role_shows_each_responsibility_once_and_nothing_else() {
    let dataset = roles::builtin::dataset();
    for id in ["cto", "cio"] {
        let output = stdout_of(&["--width", "0", "list", id]);
        let role = dataset.role(id).expect("built-in role");
        for item in role.responsibilities.iter() {
            let theme = dataset.theme(&item.theme).expect("theme").label.en();
            assert_eq!(
                lines_with(&output, &[theme, item.title.en(), item.detail.en()]).len(),
                1,
                "{id}: '{}' should be on one row with its theme and detail",
                item.title.en()
            );
        }
        for item in role.focus.iter().chain(role.challenges.iter()) {
            assert!(
                !output.contains(item.detail.en()),
                "{id} list shows a non-responsibility"
            );
        }
    }
}

#[test]
fn list_of_an_unknown_role_fails() {
    let stderr = failure_of(&["list", "cfo"], 2);
    assert!(
        stderr.starts_with("roles: error: unknown role 'cfo'"),
        "{stderr}"
    );
}
