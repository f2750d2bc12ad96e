//! A user's own roles: loaded with --data or ROLES_DATA, compared with the
//! built-in ones, or on their own with --no-builtin.

mod common;

use common::{failure_of, file, lines_with, roles, scratch, stdout_of};

const VPE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vpe.yaml");

#[test]
fn a_users_role_is_compared_with_the_builtin_ones() {
    let output = stdout_of(&[
        "--width", "200", "--data", VPE, "compare", "cto", "cio", "vpe",
    ]);
    assert!(output.starts_with("CTO vs CIO vs VPE\n"));
    // The VPE stands on the built-in Teams row, beside the CTO and the CIO.
    let teams = lines_with(
        &output,
        &[
            "Teams and leadership",
            "▸ Technical team leadership",
            "▸ Engineering teams",
        ],
    );
    assert_eq!(teams.len(), 1, "{output}");
    assert!(teams[0].starts_with("│ ● Teams and leadership"));
    // What it shares with the CTO is named as such.
    assert!(output.contains("▸ [CTO + VPE] Direction and delivery"));
    assert!(output.contains("▸ [CTO + CIO] Technology vision and secure information"));
    // Its own source is numbered after the built-in ones.
    assert!(
        output.contains("[5] Our leadership handbook (in English, publisher and address unknown)")
    );
}

#[test]
fn roles_data_works_like_data_and_the_flag_wins() {
    let from_env = roles()
        .env("ROLES_DATA", VPE)
        .args(["compare", "cto", "vpe"])
        .output()
        .expect("roles runs");
    assert!(
        from_env.status.success(),
        "{}",
        String::from_utf8_lossy(&from_env.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&from_env.stdout),
        stdout_of(&["--data", VPE, "compare", "cto", "vpe"])
    );

    let directory = tempfile::tempdir().expect("a scratch directory");
    let missing = directory.path().join("missing.yaml");
    let flag_wins = roles()
        .env("ROLES_DATA", &missing)
        .args(["--data", VPE, "list"])
        .output()
        .expect("roles runs");
    assert!(flag_wins.status.success(), "--data replaces ROLES_DATA");
}

#[test]
fn no_builtin_leaves_the_articles_out() {
    let directory = scratch();
    let own = "sources: [{ id: s, title: Ours, language: en }]\nthemes: [{ id: t, label: { en: Things, hu: Dolgok } }]\nroles:\n  - id: coo\n    abbreviation: COO\n    title: { en: Chief Operating Officer, hu: operatív igazgató }\n    summary: { en: Runs operations., hu: Irányítja a működést., sources: [s] }\n    focus: [{ theme: t, title: { en: Operations, hu: Működés }, detail: { en: Daily work., hu: Napi munka. }, sources: [s] }]\n";
    let path = file(&directory, "own.yaml", own.as_bytes());
    let arg = path.to_str().expect("UTF-8");
    let output = stdout_of(&["--no-builtin", "--data", arg, "list"]);
    assert!(output.contains("coo") && !output.contains("cto"));
    let stderr = failure_of(&["--no-builtin", "--data", arg, "show", "cto"], 2);
    assert_eq!(
        stderr,
        "roles: error: unknown role 'cto' (did you mean 'coo'?); known roles: coo\n"
    );
    // The built-in themes are gone too, so a file that uses them no longer loads.
    let stderr = failure_of(&["--no-builtin", "--data", VPE, "list"], 2);
    assert!(stderr.contains("unknown theme 'people'"), "{stderr}");
}

#[test]
fn an_id_defined_twice_names_both_places() {
    let directory = scratch();
    let path = file(
        &directory,
        "again.yaml",
        "roles:\n  - id: cto\n    abbreviation: CTO\n    title: { en: Again }\n    summary: { en: Again., sources: [article-en] }\n    focus: [{ theme: strategy, title: { en: X }, detail: { en: Y }, sources: [article-en] }]\n".as_bytes(),
    );
    let arg = path.to_str().expect("UTF-8");
    let stderr = failure_of(&["--data", arg, "list"], 2);
    let builtin_line = roles::dataset::BUILTIN_YAML
        .lines()
        .position(|line| line == "  - id: cto")
        .expect("the built-in CTO")
        + 1;
    assert_eq!(
        stderr,
        format!(
            "roles: error: {arg}:2:9: duplicate role id 'cto', first defined at \
             <built-in>/data/roles.yaml:{builtin_line}:9\n"
        )
    );
}

#[test]
fn an_untranslated_text_falls_back_to_english_and_the_output_says_so() {
    let directory = scratch();
    let path = file(
        &directory,
        "english-only.yaml",
        "roles:\n  - id: cpo\n    abbreviation: CPO\n    title: { en: Chief Product Officer }\n    summary: { en: Owns the data., sources: [article-en] }\n    focus: [{ theme: information, title: { en: Data quality }, detail: { en: Keeps data clean., hu: Tisztán tartja az adatokat. }, sources: [article-en] }]\n".as_bytes(),
    );
    let arg = path.to_str().expect("UTF-8");

    let table = stdout_of(&[
        "--lang",
        "hu",
        "--data",
        arg,
        "show",
        "cpo",
        "--section",
        "focus",
    ]);
    assert!(
        table.contains("Chief Product Officer"),
        "the English title stands in"
    );
    assert!(
        table.contains("Tisztán tartja az adatokat."),
        "translated texts stay Hungarian"
    );
    assert!(
        table.contains("Megjegyzés: 3 szövegnek nincs magyar fordítása, ezért angolul szerepel."),
        "{table}"
    );

    let markdown = stdout_of(&[
        "--lang",
        "hu",
        "--data",
        arg,
        "export",
        "cpo",
        "--section",
        "focus",
    ]);
    assert!(markdown.contains("Megjegyzés: 3 szövegnek nincs magyar fordítása"));

    let output = roles()
        .args([
            "--lang",
            "hu",
            "--data",
            arg,
            "show",
            "cpo",
            "--section",
            "focus",
            "--format",
            "json",
        ])
        .output()
        .expect("roles runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["untranslated"], 3);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "roles: Megjegyzés: 3 szövegnek nincs magyar fordítása, ezért angolul szerepel.\n"
    );

    // In English nothing is missing.
    let english = stdout_of(&["--data", arg, "show", "cpo"]);
    assert!(!english.contains("Note:"));
}

#[test]
fn completions_offer_the_users_roles_too() {
    // What a shell's TAB asks: the words typed, after `--`.
    let output = common::roles()
        .env("ROLES_COMPLETE", "fish")
        .args(["--", "roles", "--data", VPE, "compare", "cto", ""])
        .output()
        .expect("roles runs");
    let offered = String::from_utf8_lossy(&output.stdout);
    assert!(
        offered.lines().any(|line| line == "vpe\tVP of Engineering"),
        "{offered}"
    );
}

/// An id defined in two files is a problem of both: the hint names both, so
/// that `validate` run as told finds it.
#[test]
fn the_hint_for_an_id_defined_twice_names_both_files() {
    let directory = common::scratch();
    let vpe = include_str!("data/vpe.yaml");
    let first = common::file(&directory, "vpe.yaml", vpe.as_bytes());
    let second = common::file(&directory, "copy.yaml", vpe.as_bytes());
    let (first, second) = (
        first.to_str().expect("UTF-8"),
        second.to_str().expect("UTF-8"),
    );
    let said = common::failure_of(&["--data", first, "--data", second, "list"], 2);
    assert!(
        said.contains(&format!("`roles validate {first} {second}` lists them all")),
        "{said}"
    );
}
