//! `--help` and `--version`.

mod common;

use common::stdout_of;

#[test]
fn help_lists_commands_examples_and_exit_codes() {
    let help = stdout_of(&["--help"]);
    for expected in [
        "list", "show", "compare", "export", "--lang", "--color", "--width",
    ] {
        assert!(help.contains(expected), "help lacks {expected}");
    }
    assert!(help.contains("roles compare cto cio"));
    assert!(help.contains("Exit codes:"));
}

#[test]
fn subcommand_help_documents_every_argument() {
    let help = stdout_of(&["export", "--help"]);
    assert!(help.contains("--output <FILE>"));
    assert!(help.contains("replaced only once complete"));
    assert!(help.contains("--section <SECTION>"));
}

#[test]
fn version_is_the_crate_version() {
    assert_eq!(
        stdout_of(&["--version"]),
        format!("roles {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// What a usage error refuses is quoted escaped, as an unknown role is:
/// neither obeyed by the terminal, nor dropped, nor split over lines.
#[test]
fn usage_errors_quote_the_refused_value_escaped() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--width", "\u{1b}[2J", "list"],
            "invalid value '\\u{1b}[2J' for '--width <N>'",
        ),
        (
            &["--style", "x\u{1b}[5my", "list"],
            "invalid value 'x\\u{1b}[5my' for '--style <STYLE>'",
        ),
        (
            &["--delimiter", "a\nb", "list"],
            "invalid value 'a\\u{a}b' for '--delimiter <CHAR>'",
        ),
        (
            &["--bogus\u{1b}[1m", "list"],
            "unexpected argument '--bogus\\u{1b}[1m' found",
        ),
        (&["\u{1b}[31m"], "unrecognized subcommand '\\u{1b}[31m'"),
        (&["show", "cto\u{9b}"], "unknown role 'cto\\u{9b}'"),
    ];
    for (args, expected) in cases {
        let stderr = common::failure_of(args, 2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(!stderr.contains(['\u{1b}', '\u{9b}']), "{args:?}: {stderr}");
    }
}

/// Each common usage error, under `--lang hu`, in Hungarian: one line,
/// `hiba:` like every other error, exit code 2, what was refused escaped.
#[test]
fn usage_errors_are_said_in_hungarian() {
    let cases: [(&[&str], &str); 11] = [
        (
            &["--lang", "hu", "--bogus\u{1b}[1m", "list"],
            "ismeretlen kapcsoló: „--bogus\\u{1b}[1m”. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "--lnag", "hu", "list"],
            "ismeretlen kapcsoló: „--lnag”. Talán erre gondolt: „--lang”? Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "list", "cto", "cio"],
            "fölösleges argumentum: „cio”. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "show"],
            "hiányzik egy kötelező argumentum: <ROLE>. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "--style", "x\u{1b}[5my", "list"],
            "érvénytelen érték: „x\\u{1b}[5my” (--style <STYLE>). \
             Lehetséges értékek: unicode, ascii, plain. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "list", "--format"],
            "nincs megadva érték ehhez: „--format <FORMAT>”. \
             Lehetséges értékek: table, markdown, csv, json. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "--width", "\u{1b}[2J", "list"],
            "érvénytelen érték: „\\u{1b}[2J” (--width <N>); egész számot kell megadni. \
             Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "--delimiter", "a\nb", "list"],
            "érvénytelen érték: „a\\u{a}b” (--delimiter <CHAR>); egyetlen írásjelet \
             (például „,” vagy „;”) vagy a „tab” szót kell megadni. Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "compare", "cto"],
            "legalább 2 értéket kell megadni ehhez: „<ROLE> <ROLE>...”, de csak 1 van megadva. \
             Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "lst"],
            "ismeretlen alparancs: „lst”. Talán erre gondolt: „list”? Súgó: `roles --help`.",
        ),
        (
            &["--lang", "hu", "--lang", "hu", "list"],
            "ez a kapcsoló csak egyszer adható meg: „--lang <LANG>”. Súgó: `roles --help`.",
        ),
    ];
    for (args, expected) in cases {
        let stderr = common::failure_of(args, 2);
        assert_eq!(stderr, format!("roles: hiba: {expected}\n"), "{args:?}");
    }
}

/// A usage error finds its language although the arguments did not parse:
/// `--lang=hu` anywhere before `--`, else ROLES_LANG, else the locale.
#[test]
fn a_usage_error_finds_its_language_without_a_parse() {
    let hungarian = "roles: hiba: ismeretlen kapcsoló: „--bogus”. Súgó: `roles --help`.\n";
    let english = "roles: error: unexpected argument '--bogus' found (see 'roles --help')\n";
    let stderr = |command: &mut assert_cmd::Command| {
        let output = command.output().expect("roles runs");
        assert_eq!(output.status.code(), Some(2));
        String::from_utf8(output.stderr).expect("UTF-8")
    };
    assert_eq!(
        stderr(common::roles().args(["--bogus", "--lang=hu"])),
        hungarian
    );
    assert_eq!(
        stderr(common::roles().args(["-l", "hu", "--bogus"])),
        hungarian
    );
    assert_eq!(
        stderr(common::roles().env("ROLES_LANG", "hu").arg("--bogus")),
        hungarian
    );
    assert_eq!(
        stderr(common::roles().env("LANG", "hu_HU.UTF-8").arg("--bogus")),
        hungarian
    );
    // A language that does not exist is passed over; after `--` a word is a value.
    assert_eq!(
        stderr(
            common::roles()
                .env("ROLES_LANG", "hu")
                .args(["--lang", "xx", "--bogus"])
        ),
        hungarian
    );
    assert_eq!(
        stderr(common::roles().args(["--bogus", "--", "--lang=hu"])),
        english
    );
    assert_eq!(
        stderr(
            common::roles()
                .env("ROLES_LANG", "hu")
                .args(["--lang=en", "--bogus"])
        ),
        english
    );
}
