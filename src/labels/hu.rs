//! The interface in Hungarian.

use super::catalogue::{Labels, OptionalList, SkillWords, StarterWords};
use super::{hu_problems, hu_usage};
use crate::model::Section;
use crate::replace::Refusal;

pub(super) const HU: Labels = Labels {
    title: "Megnevezés",
    summary: "Összefoglaló",
    orientation: "Irányultság",
    classification: "Besorolás",
    also_called: "Más néven",
    theme: "Téma",
    id: "Azonosító",
    abbreviation: "Rövidítés",
    id_short: "Azon.",
    abbreviation_short: "Röv.",
    role: "Szerepkör",
    section: "Szakasz",
    disagreement: "Eltérések a források között",
    in_english: "(angolul)",
    item: "Tétel",
    detail: "Részletek",
    sources: "Források",
    dash: " – ",
    common_legend: "az így jelölt témában minden összevetett szerepkörnek van saját feladata (ezek nem feltétlenül azonosak)",
    contested_legend: "a források eltérnek egymástól.",
    not_covered_legend: "erről a források nem szólnak",
    common_brief: "itt minden szerepkörnek van saját tétele",
    contested_brief: "itt eltérnek a források",
    brief_cells: "a cellában a szerepkör első tétele áll, a +N a további tételek száma; mindet a --brief nélküli összevetés mutatja",
    item_kind: |section| match section {
        Section::Responsibilities => None,
        Section::Focus => Some("fókuszterület"),
        Section::Challenges => Some("kihívás"),
        Section::Shared => None,
        Section::Skills => Some("készség"),
    },
    written_in: |code| match code {
        "en" => Some("angol nyelvű"),
        "hu" => Some("magyar nyelvű"),
        "mul" => Some("többnyelvű"),
        _ => None,
    },
    origin_unknown: "kiadója és webcíme ismeretlen",
    section_name: |section| match section {
        Section::Responsibilities => "Felelősségi körök",
        Section::Focus => "Fókuszterületek",
        Section::Challenges => "Kihívások",
        Section::Shared => "Közös pontok",
        Section::Skills => "Készségek",
    },
    // Short, as column headings are, and beside "Közös kihívások"; not
    // "Együttműködés", which is a theme's name on the rows.
    collaboration: "Közös munka",
    shared_challenges: "Közös kihívások",
    untranslated: |n| {
        format!("Megjegyzés: {n} szövegnek nincs magyar fordítása, ezért angolul szerepel.")
    },
    matrix_title: "Ki miért felel",
    matrix_covered: "a források szerint a szerepkörnek van feladata ebben a témában",
    matrix_contested: "a szerepkörnek van feladata ebben a témában, de a források eltérnek abban, hogy ki mit végez",
    reference: "Hivatkozás",
    document_title: "Cím",
    // "CTO, CIO és CISO összevetése": commas, "és" before the last, and
    // the word that says they are compared (a bare "CTO és CIO" does not).
    join_roles: |names| match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} és {last} összevetése", rest.join(", "))
        }
        _ => names.join(""),
    },
    error: "hiba",
    empty_search: "nincs megadva keresőkifejezés",
    wide_needs_csv: "a --wide kapcsoló csak CSV-kimenetnél használható (a szerepköröket egymás melletti oszlopokba rendezi); adja meg a --format csv kapcsolót is, vagy exportáljon .csv kiterjesztésű fájlba",
    // Sentences of their own, so that the colons do not nest.
    unknown_role: |id, near, known| {
        let near = near
            .map(|near| format!(" Talán erre gondolt: „{near}”?"))
            .unwrap_or_default();
        if known.is_empty() {
            format!("ismeretlen szerepkör: „{id}”.{near} Az adatkészletben nincs szerepkör.")
        } else {
            format!("ismeretlen szerepkör: „{id}”.{near} Ismert szerepkörök: {known}.")
        }
    },
    named_twice: |id| format!("ez a szerepkör többször van megadva a parancsban: „{id}”"),
    no_match: |term| format!("nincs találat erre: „{term}”"),
    named_role: |id, abbreviation, title, other| {
        let other = other.map(|name| format!(" („{name}”)")).unwrap_or_default();
        format!(
            "A keresőkifejezés szerepel egy szerepkör nevében: {abbreviation}, {title}{other}; lásd: `roles show {id}`."
        )
    },
    cannot_write: |path| format!("{path}: nem írható"),
    problem: hu_problems::problem,
    problems: hu_problems::problems,
    valid: |verdict| {
        let warnings = match verdict.warnings {
            0 => String::new(),
            n => format!("; {n} figyelmeztetés"),
        };
        // A noun after a numeral stays singular: "6 szerepkör".
        format!(
            "érvényes: {} ({} szerepkör, {} téma, {} forrás{warnings})",
            verdict.files.join(", "),
            verdict.roles,
            verdict.themes,
            verdict.sources,
        )
    },
    invalid: |verdict| {
        let place = if verdict.files.len() == 1 {
            "ebben a fájlban"
        } else {
            "ezekben a fájlokban"
        };
        format!(
            "{} hiba és {} figyelmeztetés {place}: {}",
            verdict.errors,
            verdict.warnings,
            verdict.files.join(", ")
        )
    },
    nothing_to_validate: "nincs mit ellenőrizni: a --no-builtin kapcsoló mellett nincs megadva fájl",
    io_kind: hu_problems::io_kind,
    refusal: |refusal| {
        match refusal {
            Refusal::ReadByThisCommand => {
                "ezt az adatkészletfájlt olvassa a parancs, ezért a roles nem írja felül"
            }
            Refusal::Directory => "ez egy könyvtár",
            Refusal::NotAFile => "nem közönséges fájl, ezért a roles nem írja felül",
            Refusal::TooManyLinks => "túl sok szimbolikus linken át vezet",
            Refusal::PlantedLink => {
                "szimbolikus link, amelyet egy másik felhasználó hozott létre egy közös könyvtárban; a roles ezért nem követi"
            }
            Refusal::Exists => "már létezik (a roles new sosem ír felül meglévő fájlt)",
        }
        .to_owned()
    },
    usage: |usage| Some(hu_usage::usage(usage)),
    // A sentence of its own: the message before it may end in a question.
    with_help: |message| {
        let end = if message.ends_with(['.', '?']) {
            ""
        } else {
            "."
        };
        format!("{message}{end} Súgó: `roles --help`.")
    },
    unknown_language: |code, from, known| {
        format!("ismeretlen nyelv: „{code}” ({from}). Választható nyelvek: {known}.")
    },
    unreadable_pager: |line| {
        format!("a lapozóparancs nem értelmezhető: „{line}”; hiányzik a záró idézőjel")
    },
    empty_pager: "a lapozóparancs üres",
    cannot_start_pager: |program| format!("a lapozó nem indítható el: „{program}”"),
    without_pager: "a kimenet lapozó nélkül jelenik meg",
    unknown_shell: |name, variable, known| {
        format!(
            "ismeretlen parancsértelmező: „{name}” ({variable}). Választható parancsértelmezők: {known}."
        )
    },
    cannot_write_script: "a parancskiegészítő szkript nem írható ki",
    cannot_write_completions: "a kiegészítési javaslatok nem írhatók ki",
    cannot_complete: "a kiegészítés nem sikerült",
    skills: SkillWords {
        essential: "Alapvető készségek",
        optional: "Választható készségek",
        essential_heading: "Alapvető készség",
        shared: "Közös",
        only: |abbreviation| format!("csak {} {abbreviation}-é", article(abbreviation)),
        skill_kind: "Készségek és kompetenciák",
        knowledge_kind: "Ismeretek",
        of_them_knowledge: |n| format!(", ebből {n} ismeret"),
        optional_list: |list| match list {
            OptionalList::Shared => "Választható, közös".to_owned(),
            OptionalList::Only(abbreviation) => {
                format!(
                    "Választható, csak {} {abbreviation}-é",
                    article(abbreviation)
                )
            }
            OptionalList::Besides(abbreviation) => {
                format!(
                    "{} {abbreviation} további választható készségei",
                    capital(article(abbreviation))
                )
            }
            OptionalList::All => "Választható készségek".to_owned(),
        },
        occupations: |n| {
            if n == 1 {
                "ESCO-foglalkozás"
            } else {
                "ESCO-foglalkozások"
            }
        },
        optional_elsewhere: "A választható készségek teljes listáját a --section nélküli összevetés, valamint a JSON- és a CSV-kimenet tartalmazza.",
        knowledge_legend: "ismeret; a többi: készség vagy kompetencia",
        skill_noun: "készség",
        knowledge_noun: "ismeret",
        essential_legend: "alapvető",
        optional_legend: "választható",
        english_labels: Some(
            "A készségek az ESCO angol nyelvű megnevezésével, fordítás nélkül szerepelnek: magyar megnevezésük nem áll rendelkezésre.",
        ),
    },
    starter: StarterWords {
        intro: |file, compare| {
            format!(
                "Saját szerepkör a roles programhoz. Írja át a TODO-val kezdődő szövegeket;\n\
                 a `roles validate {file}` parancs sor- és oszlopszámmal kiírja,\n\
                 melyek várnak még kitöltésre. A `hu:` sor törölhető; ekkor az angol\n\
                 szöveg jelenik meg helyette. Ezután nézze meg, hogyan mutatja a roles:\n\
                 \x20 roles --data {file} {compare}\n\
                 Az első sor alapján a yaml-language-servert használó szerkesztők\n\
                 (VS Code, Neovim, Helix, Zed) gépelés közben kiegészítik és\n\
                 ellenőrzik a fájlt, ha a séma ugyanabban a könyvtárban van:\n\
                 \x20 roles schema -o roles.schema.json"
            )
        },
        sources: "Azok a dokumentumok, amelyekből a fájl szövegei származnak, például\nkézikönyv, munkaköri leírás vagy cikk.",
        builtin_sources: "A szövegek a következő forrásokra is hivatkozhatnak\n(a `roles sources` parancs sorolja fel őket):",
        language: "a dokumentum nyelve: en vagy hu, több nyelv esetén mul",
        source_optional: "Nem kötelező: publisher (kiadó), date (dátum) és url (webcím).",
        themes: "Minden tétel egy témához tartozik, amelyet az azonosítója jelöl.\nA választható témák (a `roles themes` parancs sorolja fel őket):",
        own_theme: "A témák, amelyek szerint a tételek egymás mellé kerülnek;\na tételek a téma azonosítójával hivatkoznak rájuk.",
        orientation: "Nem kötelező: a szerepkör irányultsága, vagyis hogy befelé, a\nszervezetre, vagy kifelé, az ügyfelekre tekint-e. Így adható meg:\norientation: { en: …, hu: …, sources: [...] }",
        skills: "Nem kötelező: skills (készségek), ahogyan az ESCO egy foglalkozáshoz\nrendeli őket (lásd a roles tárolójában: docs/dataset.md).",
        source_title: "TODO: a dokumentum címe",
        theme_label: "TODO: a téma neve",
        role_title: "TODO: a szerepkör teljes megnevezése",
        summary: "TODO: a szerepkör lényege egy mondatban",
        item_title: |section| match section {
            Section::Focus => "TODO: mire összpontosít a szerepkör, néhány szóban",
            Section::Challenges => "TODO: milyen kihívással jár a szerepkör, néhány szóban",
            _ => "TODO: miért felel a szerepkör, néhány szóban",
        },
        item_detail: "TODO: egy-két mondat",
        invalid_id: |id, example| {
            format!(
                "érvénytelen szerepkör-azonosító: „{id}”; az azonosító legfeljebb 64 ékezet nélküli kisbetűből (a–z), számjegyből és kötőjelből („-”) állhat, és nem kezdődhet kötőjellel (például „{example}”)"
            )
        },
        role_exists: |id| {
            format!("már van „{id}” azonosítójú szerepkör; válasszon másik azonosítót")
        },
        no_schema_beside: |file, schema| {
            format!(
                "elkészült: {file}; hogy a szerkesztőprogram kiegészíthesse és ellenőrizhesse, hozza létre a fájl első sorában megnevezett sémát is: roles schema -o {schema}"
            )
        },
    },
};

/// The definite article before `word`: `az` before a vowel sound, `a`
/// before a consonant. An abbreviation in capitals is read letter by letter,
/// and the names of F, L, M, N, R, S, X and Y begin with a vowel too (ef, el, …).
fn article(word: &str) -> &'static str {
    let spelled = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
    let vowels: &[char] = if spelled {
        &[
            'A', 'E', 'I', 'O', 'U', 'Á', 'É', 'Í', 'Ó', 'Ö', 'Ő', 'Ú', 'Ü', 'Ű', 'F', 'L', 'M',
            'N', 'R', 'S', 'X', 'Y',
        ]
    } else {
        &[
            'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ö', 'ő', 'ú', 'ü', 'ű', 'A', 'E', 'I',
            'O', 'U', 'Á', 'É', 'Í', 'Ó', 'Ö', 'Ő', 'Ú', 'Ü', 'Ű',
        ]
    };
    if word.starts_with(vowels) { "az" } else { "a" }
}

/// The article at the start of a sentence or heading.
fn capital(article: &str) -> &'static str {
    if article == "az" { "Az" } else { "A" }
}
