//! The built-in dataset against the two articles it is drawn from: every point
//! of each article is in it, under the right role and section, cited to that
//! article, in English and in Hungarian.

use roles::dataset::Dataset;
use roles::model::{Item, Lang};

const EN: &str = "article-en";
const HU: &str = "article-hu";

/// Where a point of an article should be found.
#[derive(Clone, Copy)]
enum Place {
    Role(&'static str, &'static str),
    Collaboration,
    SharedChallenge,
}

/// One point an article makes: where it belongs, which article says it, and
/// words its English and its Hungarian text must both contain.
struct Point {
    place: Place,
    source: &'static str,
    en: &'static [&'static str],
    hu: &'static [&'static str],
}

const fn point(
    place: Place,
    source: &'static str,
    en: &'static [&'static str],
    hu: &'static [&'static str],
) -> Point {
    Point {
        place,
        source,
        en,
        hu,
    }
}

use Place::{Collaboration, Role, SharedChallenge};

const CTO_R: Place = Role("cto", "responsibilities");
const CTO_F: Place = Role("cto", "focus");
const CTO_C: Place = Role("cto", "challenges");
const CIO_R: Place = Role("cio", "responsibilities");
const CIO_F: Place = Role("cio", "focus");
const CIO_C: Place = Role("cio", "challenges");

/// The English article: the role of each, five key functions of each, how they
/// collaborate, the challenges of each and of both.
const ENGLISH: &[Point] = &[
    // The role of the CTO.
    point(
        CTO_F,
        EN,
        &["technology vision", "shaping"],
        &["technológiai irány", "kijelöl"],
    ),
    point(
        CTO_F,
        EN,
        &["emerging technologies"],
        &["feltörekvő technológiák"],
    ),
    point(CTO_R, EN, &["roadmap"], &["ütemterv"]),
    point(
        CTO_R,
        EN,
        &["infrastructure", "company"],
        &["infrastruktúra", "céljait"],
    ),
    point(CTO_R, EN, &["other departments"], &["többi osztállyal"]),
    // Five key functions of the CTO.
    point(
        CTO_R,
        EN,
        &["long-term technology strategy"],
        &["hosszú távú technológiai stratégiá"],
    ),
    point(
        CTO_R,
        EN,
        &["research and development", "emerging"],
        &["kutatás-fejlesztés", "feltörekvő"],
    ),
    point(
        CTO_R,
        EN,
        &["technical team", "culture"],
        &["műszaki csapat", "kultúrá"],
    ),
    point(
        CTO_R,
        EN,
        &["technology budget", "resources"],
        &["technológiai költségvetés", "erőforrás"],
    ),
    point(
        CTO_R,
        EN,
        &["vendors", "chooses"],
        &["beszállító", "kiválasztja"],
    ),
    // The role of the CIO.
    point(
        CIO_F,
        EN,
        &["information and data"],
        &["információ", "adat"],
    ),
    point(
        CIO_R,
        EN,
        &["available", "intact", "secure"],
        &["rendelkezésre áll", "sértetlen", "biztonságos"],
    ),
    point(
        CIO_R,
        EN,
        &["digital transformation"],
        &["digitális átalakulás"],
    ),
    point(
        CIO_R,
        EN,
        &["stakeholders", "solutions"],
        &["érintett", "megoldás"],
    ),
    // Five key functions of the CIO.
    point(
        CIO_R,
        EN,
        &["information management", "stored", "regulations"],
        &["információkezelés", "tárolás", "előírás"],
    ),
    point(
        CIO_R,
        EN,
        &["cybersecurity", "security protocols"],
        &["kiberbiztonság", "biztonsági protokoll"],
    ),
    point(
        CIO_R,
        EN,
        &["streamline workflows", "efficiency"],
        &["munkafolyamat", "hatékonyság"],
    ),
    point(
        CIO_R,
        EN,
        &["hardware", "networks", "software"],
        &["hardver", "hálózat", "szoftver"],
    ),
    point(
        CIO_R,
        EN,
        &["it governance", "policies", "compliance"],
        &["informatikai irányítás", "szabályzat", "megfelelési"],
    ),
    // Collaboration.
    point(
        Collaboration,
        EN,
        &["vision", "secure"],
        &["jövőkép", "biztonság"],
    ),
    point(
        Collaboration,
        EN,
        &["innovate", "processes up to date", "efficiently"],
        &["innovatív megoldás", "korszerűsít", "hatékony"],
    ),
    point(Collaboration, EN, &["collaboration"], &["együttműködés"]),
    // Challenges.
    point(
        CTO_C,
        EN,
        &["landscape", "rapid advances"],
        &["változó technológiai környezet", "fejlődés"],
    ),
    point(CTO_C, EN, &["innovation"], &["innováció élvonal"]),
    point(CIO_C, EN, &["cyber threats"], &["kiberfenyegetés"]),
    point(
        CIO_C,
        EN,
        &["protecting", "accessible"],
        &["védelme", "elérhetősége"],
    ),
    point(
        SharedChallenge,
        EN,
        &["communication", "teamwork", "business goals"],
        &["kommunikációs és együttműködési készség", "üzleti cél"],
    ),
];

/// The Hungarian article: the CIO looks inward, the CTO outward.
const HUNGARIAN: &[Point] = &[
    // The CIO.
    point(
        CIO_R,
        HU,
        &["top-management", "technology infrastructure"],
        &["felső vezetői", "technológiai infrastruktúr"],
    ),
    // What the article says the CIO's infrastructure duty means.
    point(
        CIO_R,
        HU,
        &[
            "technology infrastructure",
            "communication capacity",
            "protected",
            "managed",
        ],
        &[
            "technológiai infrastruktúr",
            "kommunikációs kapacitás",
            "védjék",
            "kezeljék",
        ],
    ),
    point(CIO_R, HU, &["it operations"], &["informatikai üzemeltetés"]),
    point(
        CIO_R,
        HU,
        &["money", "time", "working hours"],
        &["költség", "idő", "munkaóra"],
    ),
    point(
        CIO_R,
        HU,
        &["access", "training"],
        &["hozzáférés", "képzés"],
    ),
    point(
        CIO_R,
        HU,
        &["vendors", "newest technology"],
        &["legújabb technológiá", "együttműköd"],
    ),
    point(
        CIO_R,
        HU,
        &["profit", "quality", "service"],
        &["nyereség", "minőség", "szolgáltatás"],
    ),
    point(CIO_R, HU, &["it department"], &["informatikai osztály"]),
    point(CIO_F, HU, &["inward"], &["befelé"]),
    // The CTO.
    point(
        CTO_R,
        HU,
        &["technology infrastructure", "designs"],
        &["technológiai infrastruktúr", "tervez"],
    ),
    point(
        CTO_R,
        HU,
        &["intranet", "communication systems"],
        &["intranet", "kommunikációs rendszer"],
    ),
    point(CTO_R, HU, &["engineering department"], &["mérnöki osztály"]),
    point(
        CTO_R,
        HU,
        &["improve the products", "production"],
        &["termékeit", "termeléssel"],
    ),
    point(
        CTO_R,
        HU,
        &["product range", "greatest possible profit"],
        &["termékkínálat", "legnagyobb nyereség"],
    ),
    point(
        CTO_R,
        HU,
        &["no longer serve", "launch"],
        &["már nem", "be kellene vezetni"],
    ),
    point(
        CTO_R,
        HU,
        &["vendors", "improve the products"],
        &["beszállító", "termékek továbbfejleszt"],
    ),
    point(
        CTO_F,
        HU,
        &["outward", "customer"],
        &["kifelé", "ügyfélkör"],
    ),
];

fn items(dataset: &Dataset, place: Place) -> Vec<&Item> {
    match place {
        Role(id, section) => {
            let role = dataset.role(id).expect("built-in role");
            match section {
                "responsibilities" => role.responsibilities.iter().collect(),
                "focus" => role.focus.iter().collect(),
                "challenges" => role.challenges.iter().collect(),
                _ => unreachable!("a section of a role"),
            }
        }
        Collaboration => dataset
            .shared()
            .iter()
            .flat_map(|s| s.collaboration.iter())
            .collect(),
        SharedChallenge => dataset
            .shared()
            .iter()
            .flat_map(|s| s.challenges.iter())
            .collect(),
    }
}

fn text(item: &Item, lang: Lang) -> String {
    let title = item.title.translation(lang).unwrap_or_default();
    let detail = item.detail.translation(lang).unwrap_or_default();
    format!("{title} {detail}").to_lowercase()
}

fn check(points: &[Point]) {
    let dataset = roles::builtin::dataset();
    let mut missing = Vec::new();
    for point in points {
        let found = items(&dataset, point.place).into_iter().any(|item| {
            item.sources.iter().any(|source| source == point.source)
                && point
                    .en
                    .iter()
                    .all(|word| text(item, Lang::En).contains(word))
                && point
                    .hu
                    .iter()
                    .all(|word| text(item, Lang::Hu).contains(word))
        });
        if !found {
            missing.push(format!("{:?} / {:?}", point.en, point.hu));
        }
    }
    assert!(
        missing.is_empty(),
        "not covered, cited to its article, in both languages:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_point_of_the_english_article_is_covered() {
    check(ENGLISH);
}

#[test]
fn every_point_of_the_hungarian_article_is_covered() {
    check(HUNGARIAN);
}

/// One side of a disagreement as its source puts it: the items that state
/// it, and words of the source's own sentence that what the dataset says of
/// it must carry, in English and in Hungarian.
struct Claim {
    source: &'static str,
    items: &'static [&'static str],
    en: &'static [&'static str],
    hu: &'static [&'static str],
}

/// A disagreement between the sources, as the dataset must record it.
struct Contested {
    id: &'static str,
    theme: Option<&'static str>,
    roles: &'static [&'static str],
    sides: &'static [Claim],
}

const ESCO_ID: &str = "esco";

/// Every point on which the two articles and ESCO give a duty to different
/// roles, with the sentence each side rests on (quoted in the comments).
const DISAGREEMENTS: &[Contested] = &[
    Contested {
        id: "strategy",
        theme: Some("strategy"),
        roles: &["cto", "cio"],
        sides: &[
            // "The CTO defines and communicates the long-term technology
            // strategy"; "While the CTO focuses on technology strategies, the
            // CIO ... managing the organization's information and data".
            Claim {
                source: EN,
                items: &["cto-technology-strategy"],
                en: &[
                    "cto",
                    "long-term technology strategy",
                    "cio",
                    "information and data",
                ],
                hu: &[
                    "cto",
                    "hosszú távú technológiai stratégiá",
                    "cio",
                    "információk és az adatok",
                ],
            },
            // "define and implement the ICT strategy"; the CTO "contribute[s]
            // to a company's technical vision".
            Claim {
                source: ESCO_ID,
                items: &["cio-ict-strategy", "cto-technology-vision"],
                en: &[
                    "cio",
                    "set the ict strategy",
                    "into practice",
                    "cto",
                    "vision",
                ],
                hu: &["cio", "ikt-stratégiát", "valósítja meg", "cto", "jövőkép"],
            },
        ],
    },
    Contested {
        id: "budget",
        theme: Some("budget"),
        roles: &["cto", "cio"],
        sides: &[
            // "The CTO is responsible for developing and overseeing the technology budget".
            Claim {
                source: EN,
                items: &["cto-technology-budget"],
                en: &["technology budget", "cto"],
                hu: &["technológiai költségvetés", "cto"],
            },
            // "They determine necessary resources for the ICT strategy implementation".
            Claim {
                source: ESCO_ID,
                items: &["cio-strategy-resources"],
                en: &["cio", "resources", "ict strategy"],
                hu: &["cio", "erőforrás", "ikt-stratégiá"],
            },
        ],
    },
    Contested {
        id: "vendors",
        theme: Some("vendors"),
        roles: &["cto", "cio"],
        sides: &[
            // "Vendor Management: ... the CTO evaluates and selects vendors".
            Claim {
                source: EN,
                items: &["cto-vendor-selection"],
                en: &["selection", "vendors", "cto"],
                hu: &["beszállítók kiválasztása", "cto"],
            },
            // "A CIO felel a kommunikációért és az ezekkel a gyártókkal való
            // együttműködésért"; "A CTO szállítókkal is foglalkozik".
            Claim {
                source: HU,
                items: &["cio-vendor-communication", "cto-product-vendors"],
                en: &[
                    "communication",
                    "vendors",
                    "cio",
                    "cto",
                    "improve the products",
                ],
                hu: &["beszállító", "cio", "cto", "termékek továbbfejleszt"],
            },
        ],
    },
    Contested {
        id: "infrastructure",
        theme: Some("infrastructure"),
        roles: &["cto", "cio"],
        sides: &[
            // "IT Infrastructure: The CIO manages ... hardware, networks, and
            // software systems"; the CTO "ensuring that the technology
            // infrastructure aligns with the company's goals".
            Claim {
                source: EN,
                items: &["cio-it-infrastructure", "cto-infrastructure-goals"],
                en: &["cio", "it infrastructure", "networks", "cto", "goals"],
                hu: &[
                    "cio",
                    "informatikai infrastruktúrá",
                    "hálózat",
                    "cto",
                    "céljait",
                ],
            },
            // "a CTO ... az építész a vállalat technológiai infrastruktúrájához.
            // Ő felel az intranet és a kommunikációs rendszerek létrehozásáért";
            // the CIO "felelős a felső vezetésért ... Ez azt jelenti, hogy ...
            // kommunikációs kapacitásait ... fejlesszék ... biztosítsák ... menedzseljék".
            Claim {
                source: HU,
                items: &[
                    "cto-infrastructure-architect",
                    "cto-communication-systems",
                    "cio-infrastructure-accountability",
                ],
                en: &[
                    "architect",
                    "intranet",
                    "communication systems",
                    "top-management",
                    "communication capacity",
                ],
                hu: &[
                    "tervezi",
                    "intranet",
                    "kommunikációs rendszer",
                    "felső vezetői",
                    "kommunikációs kapacitás",
                ],
            },
            // "ensure that the ICT infrastructure supports the organisation's
            // overall operations and priorities".
            Claim {
                source: ESCO_ID,
                items: &["cio-esco-infrastructure"],
                en: &["cio", "ict infrastructure", "priorities"],
                hu: &["cio", "ikt-infrastruktúra", "prioritás"],
            },
        ],
    },
    Contested {
        id: "data",
        theme: Some("information"),
        roles: &["cio", "cdo", "ciso"],
        sides: &[
            // "the CIO plays a critical role in managing the organization's
            // information and data"; "ensure the availability ...".
            Claim {
                source: EN,
                items: &[
                    "cio-information-management",
                    "cio-information-assets",
                    "cio-information-focus",
                ],
                en: &["cio", "information and data", "available"],
                hu: &["cio", "információit és adatait", "rendelkezésre állás"],
            },
            // The CDO manages "enterprise-wide data administration"; the CISO
            // "ensure[s] the provision of information availability".
            Claim {
                source: ESCO_ID,
                items: &["cdo-data-administration", "ciso-information-availability"],
                en: &["data administration", "cdo", "availability", "ciso", "cio"],
                hu: &[
                    "adatgazdálkodás",
                    "cdo",
                    "rendelkezésre állás",
                    "ciso",
                    "cio",
                ],
            },
        ],
    },
    Contested {
        id: "security",
        theme: Some("security"),
        roles: &["cio", "ciso"],
        sides: &[
            // "Cybersecurity: ... the CIO plays a crucial role in safeguarding
            // the organization's data, establishing robust security protocols,
            // and implementing preventive measures".
            Claim {
                source: EN,
                items: &[
                    "cio-cybersecurity",
                    "cio-security-focus",
                    "cio-cyber-threats",
                ],
                en: &[
                    "cio",
                    "cybersecurity",
                    "security protocols",
                    "preventive measures",
                ],
                hu: &[
                    "cio",
                    "kiberbiztonság",
                    "biztonsági protokoll",
                    "megelőző intézkedés",
                ],
            },
            // The CISO "define[s] the Information System security policy,
            // manage[s] security deployment across all Information Systems";
            // the CIO's description names no security.
            Claim {
                source: ESCO_ID,
                items: &[
                    "ciso-security-policy",
                    "ciso-security-rollout",
                    "ciso-unauthorised-access",
                ],
                en: &["no security duty", "cio", "security policy", "ciso"],
                hu: &[
                    "biztonsági feladat nem szerepel",
                    "cio",
                    "biztonsági szabályzat",
                    "ciso",
                ],
            },
        ],
    },
    Contested {
        id: "titles",
        theme: None,
        roles: &["cto", "cio"],
        sides: &[
            // "A CIO, vagy az információs vezérigazgató"; "a CTO, vagy a
            // technológiai vezérigazgató".
            Claim {
                source: HU,
                items: &[],
                en: &["információs vezérigazgató", "technológiai vezérigazgató"],
                hu: &["információs vezérigazgató", "technológiai vezérigazgató"],
            },
            // ESCO's Hungarian labels.
            Claim {
                source: ESCO_ID,
                items: &[],
                en: &["informatikai igazgató", "technológiai igazgató"],
                hu: &["informatikai igazgató", "technológiai igazgató"],
            },
        ],
    },
];

#[test]
fn every_disagreement_is_recorded_with_what_each_source_says() {
    let dataset = roles::builtin::dataset();
    let mut wrong = Vec::new();
    for expected in DISAGREEMENTS {
        let Some(recorded) = dataset
            .disagreements()
            .iter()
            .find(|it| it.id == expected.id)
        else {
            wrong.push(format!("{}: not recorded", expected.id));
            continue;
        };
        if recorded.theme.as_deref() != expected.theme {
            wrong.push(format!("{}: theme {:?}", expected.id, recorded.theme));
        }
        let mut roles: Vec<&str> = recorded.roles.iter().map(|it| it.as_ref()).collect();
        roles.sort_unstable();
        let mut wanted = expected.roles.to_vec();
        wanted.sort_unstable();
        if roles != wanted {
            wrong.push(format!("{}: roles {roles:?}", expected.id));
        }
        for claim in expected.sides {
            let Some(side) = recorded.sides.iter().find(|it| it.source == claim.source) else {
                wrong.push(format!("{}: no side of {}", expected.id, claim.source));
                continue;
            };
            let mut items: Vec<&str> = side.items.iter().map(|it| it.as_ref()).collect();
            items.sort_unstable();
            let mut named = claim.items.to_vec();
            named.sort_unstable();
            if items != named {
                wrong.push(format!(
                    "{} / {}: items {items:?}",
                    expected.id, claim.source
                ));
            }
            // Each item it names is a compared role's, on the disagreement's
            // row, and cites the side's source.
            for id in claim.items {
                let owner = expected.roles.iter().find_map(|role| {
                    let role = dataset.role(role)?;
                    role.every_item()
                        .find(|item| item.id.as_deref() == Some(*id))
                });
                match owner {
                    Some(item)
                        if Some(item.theme.as_ref()) == expected.theme
                            && item.sources.iter().any(|it| it == claim.source) => {}
                    _ => wrong.push(format!(
                        "{} / {}: item {id} is not a cited item of its row",
                        expected.id, claim.source
                    )),
                }
            }
            for (lang, words) in [(Lang::En, claim.en), (Lang::Hu, claim.hu)] {
                let says = side
                    .says
                    .translation(lang)
                    .unwrap_or_default()
                    .to_lowercase();
                for word in words {
                    if !says.contains(&word.to_lowercase()) {
                        wrong.push(format!(
                            "{} / {} ({}): says nothing of {word:?}",
                            expected.id,
                            claim.source,
                            lang.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn summaries_and_orientations_are_cited() {
    let dataset = roles::builtin::dataset();
    for role in dataset.roles() {
        assert!(!role.summary.sources.is_empty(), "{} summary", role.id);
        // Only the Hungarian article says where a role looks; ESCO does not.
        let Some(orientation) = role.orientation.as_ref() else {
            assert!(
                ["ciso", "cdo"].contains(&role.id.as_ref()),
                "{} orientation",
                role.id
            );
            continue;
        };
        assert_eq!(
            *orientation.sources,
            [HU],
            "orientation comes from the Hungarian article"
        );
    }
}

#[test]
fn hungarian_texts_use_hungarian_letters_not_artefacts() {
    let yaml = roles::dataset::BUILTIN_YAML;
    assert!(
        !yaml.contains('õ') && !yaml.contains('û') && !yaml.contains('Õ') && !yaml.contains('Û')
    );
    assert!(yaml.contains('ő') && yaml.contains('ű'));
    // The article's loose title is not used, and the departure is recorded.
    let dataset = roles::builtin::dataset();
    for role in dataset.roles() {
        let title = role.title.get(roles::model::Lang::Hu);
        assert!(!title.contains("vezérigazgató"), "{title}");
    }
    let titles = dataset
        .disagreements()
        .iter()
        .find(|it| it.id == "titles")
        .expect("the title translation is recorded");
    assert!(
        titles.sides[0]
            .says
            .get(roles::model::Lang::Hu)
            .contains("vezérigazgató")
    );
}

#[test]
fn the_builtin_dataset_has_no_problems_not_even_warnings() {
    // Every problem `validate` would report, warnings (a missing
    // translation anywhere) included.
    let (dataset, problems) = Dataset::load_reporting(&[roles::dataset::Input::new(
        roles::dataset::BUILTIN_NAME,
        roles::dataset::BUILTIN_YAML,
    )]);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(dataset.map(|dataset| dataset.roles().len()), Some(4));
}

/// The terms the term list at the top of data/roles.yaml replaces never
/// appear in a text, so that the dataset keeps one term per concept and a
/// search for the kept term finds every item on the subject.
#[test]
fn the_dataset_keeps_to_its_term_list() {
    use roles::model::Lang;
    const REPLACED: &[(Lang, &str)] = &[
        (Lang::En, "supplier"),
        (Lang::En, "cybersecurity threat"),
        (Lang::En, "portfolio"),
        (Lang::En, "tools and channels"),
        (Lang::En, "communication capabilities"),
        (Lang::Hu, "részleg"),
        (Lang::Hu, "szerepkör"),
        (Lang::Hu, "informatikai működés"),
        (Lang::Hu, "kiberbiztonsági fenyegetés"),
        (Lang::Hu, "eszközök és csatornák"),
        (Lang::Hu, "megfelelőség"),
        (Lang::Hu, "biztonságos információs vagyon"),
        (Lang::Hu, "képességei"),
        (Lang::Hu, "termékportfólió"),
        (Lang::Hu, "javít"),
        (Lang::Hu, "cég"),
        (Lang::Hu, "vízió"),
        (Lang::Hu, "eljárások"),
        (Lang::Hu, "hozzáférhető"),
    ];
    let yaml = roles::dataset::BUILTIN_YAML;
    assert!(
        yaml.contains("# Terminology"),
        "the term list is kept in the dataset"
    );
    let dataset = roles::builtin::dataset();
    let mut texts: Vec<(Lang, String)> = Vec::new();
    for lang in Lang::ALL {
        for role in dataset.roles() {
            texts.push((lang, role.title.get(lang).to_lowercase()));
            texts.push((lang, role.summary.get(lang).to_lowercase()));
            if let Some(orientation) = &role.orientation {
                texts.push((lang, orientation.get(lang).to_lowercase()));
            }
            for item in role.every_item() {
                texts.push((lang, item.title.get(lang).to_lowercase()));
                texts.push((lang, item.detail.get(lang).to_lowercase()));
            }
        }
        for shared in dataset.shared() {
            for (_, items) in shared.item_lists() {
                for item in items.iter() {
                    texts.push((lang, item.title.get(lang).to_lowercase()));
                    texts.push((lang, item.detail.get(lang).to_lowercase()));
                }
            }
        }
    }
    let found: Vec<String> = REPLACED
        .iter()
        .flat_map(|(lang, term)| {
            texts
                .iter()
                .filter(move |(text_lang, text)| text_lang == lang && text.contains(term))
                .map(move |(_, text)| format!("{term}: {text}"))
        })
        .collect();
    assert!(found.is_empty(), "replaced terms in use: {found:#?}");
}

const ESCO: &str = "esco";

/// ESCO's descriptions of the four occupations: every fact, in the role it
/// describes, cited to ESCO, in both languages.
const ESCO_FACTS: &[Point] = &[
    // Chief technology officer (1330.3).
    point(
        CTO_R,
        ESCO,
        &["technology vision"],
        &["technológiai jövőkép"],
    ),
    point(
        CTO_R,
        ESCO,
        &["technology development", "strategic direction", "growth"],
        &[
            "technológiai fejlesztés",
            "stratégiai irány",
            "növekedési cél",
        ],
    ),
    point(CTO_R, ESCO, &["business needs"], &["üzleti igény"]),
    // Chief information officer (1330.2).
    point(
        CIO_R,
        ESCO,
        &["ict strategy", "governance"],
        &["ikt-stratégi", "irányítás"],
    ),
    point(
        CIO_R,
        ESCO,
        &["resources", "ict strategy"],
        &["erőforrás", "ikt-stratégi"],
    ),
    point(
        CIO_R,
        ESCO,
        &["ict market", "business"],
        &["ikt-piac", "üzleti igény"],
    ),
    point(CIO_R, ESCO, &["strategic plan"], &["stratégiai terv"]),
    point(
        CIO_R,
        ESCO,
        &["ict infrastructure", "priorities"],
        &["ikt-infrastruktúr", "prioritás"],
    ),
    // Chief ICT security officer (2529.1).
    point(
        Role("ciso", "responsibilities"),
        ESCO,
        &["unauthorised", "employees"],
        &["illetéktelen", "munkatárs"],
    ),
    point(
        Role("ciso", "responsibilities"),
        ESCO,
        &["security policy", "information systems"],
        &["biztonsági szabályzat", "információs rendszer"],
    ),
    point(
        Role("ciso", "responsibilities"),
        ESCO,
        &[
            "security measures",
            "all of the company's information systems",
        ],
        &["biztonsági intézkedés", "valamennyi információs rendszer"],
    ),
    point(
        Role("ciso", "responsibilities"),
        ESCO,
        &["available"],
        &["rendelkezésre állás"],
    ),
    // Chief data officer (1330.1).
    point(
        Role("cdo", "responsibilities"),
        ESCO,
        &["data administration", "whole company"],
        &["egész vállalat", "adatgazdálkodás"],
    ),
    point(
        Role("cdo", "responsibilities"),
        ESCO,
        &["data mining"],
        &["adatbányászat"],
    ),
    point(
        Role("cdo", "responsibilities"),
        ESCO,
        &["executives", "strategic business asset"],
        &["felső vezetés", "stratégiai üzleti vagyon"],
    ),
    point(
        Role("cdo", "responsibilities"),
        ESCO,
        &["information management infrastructure", "collaboration"],
        &["információkezelési infrastruktúr", "együttműködés"],
    ),
];

#[test]
fn every_fact_of_the_esco_descriptions_is_covered() {
    check(ESCO_FACTS);
    // Each role carries its ESCO classification.
    let dataset = roles::builtin::dataset();
    for (id, code) in [
        ("cto", "1330.3"),
        ("cio", "1330.2"),
        ("cdo", "1330.1"),
        ("ciso", "2529.1"),
    ] {
        let role = dataset.role(id).expect("built-in role");
        let classification = role.classification.as_ref().expect("classified");
        assert_eq!(classification.esco_code, code);
        assert!(
            classification
                .uri
                .starts_with("http://data.europa.eu/esco/occupation/")
        );
    }
}
