//! Constructions written as patterns: a rules file's `[constructions]`
//! entry `NAME = PATTERN` adds a rule of its own, read around every
//! quotation (parsed here; matched by the attribution stage, which calls
//! its predicates for `CUE` and `SPEAKER`).
//!
//! A pattern is a sequence of steps separated by spaces, with `QUOTE`
//! first (the attribution follows the quotation) or last (it comes
//! before):
//!
//! | step | matches |
//! | --- | --- |
//! | `QUOTE` | the quotation (first or last step, once) |
//! | `SPEAKER` | a speaker: a name, a title and name, a pronoun, a described group or organisation (once) |
//! | `CUE` | a reporting verb, as the cue rules read it (with its particle: `shot back`) |
//! | `@source` | instead of `SPEAKER`: a speaker, or any phrase a source may be up to the next comma (`his biography`), as `According to X, “…”` reads it |
//! | `@opening-cue` | a capitalised reporting verb, not an `-ing` form (`Said` in `Said Jo Park, “…”`) |
//! | `word` | that word, in any case |
//! | `,` `:` `(` … | that punctuation; a dash (`—`, `–`, `-`) matches any dash |
//! | `<class>` | a word of a class: `title`, `organization`, `group`, `anonymous`, `pronoun`, `determiner`, `calendar`, `capitalized`, `word` (any word), `any` (any token) |
//! | `{ … }` | the steps inside are the record's cue (without braces, `CUE` is) |
//!
//! A step but `QUOTE`, `SPEAKER` and the braces may end in `?` (optional),
//! `*` (any number) or `+` (one or more). Commas and colons next to the
//! quotation marks may be left out of a pattern: `QUOTE {as reported by}
//! SPEAKER` reads `“…,” as reported by Jo Park`.

use super::classes::Class;

/// Where a construction's attribution stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// After the closing mark: `“…” — Jo Park`.
    After,
    /// Before the opening mark: `In the words of Jo Park, “…”`.
    Before,
    /// At one token, where the built-in rule that uses it looks (a
    /// built-in pattern, written without `QUOTE`).
    At,
}

/// What one step matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// A word, lower case.
    Word(String),
    /// A punctuation token as written.
    Punct(String),
    /// Any dash.
    Dash,
    /// A word of any of these classes.
    Class(Class),
    /// Any word.
    AnyWord,
    /// Any token.
    Any,
    /// A reporting verb (and its particle).
    Cue,
    /// A speaker phrase.
    Speaker,
    /// `@source`: a speaker phrase, or any phrase a source may be
    /// (`his biography`, `court records`) up to the next comma.
    Source,
    /// `@opening-cue`: a capitalised reporting verb that is not an `-ing`
    /// form (`Said` in `Said Jo Park, “…”`).
    OpeningCue,
}

/// The procedural predicates a step may call, by the name after `@`.
pub const PREDICATES: &[(&str, Atom)] =
    &[("source", Atom::Source), ("opening-cue", Atom::OpeningCue)];

/// How many times a step's atom repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    One,
    Optional,
    Any,
    Many,
}

/// One step of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub atom: Atom,
    pub repeat: Repeat,
    /// Inside `{ … }`: part of the record's cue.
    pub in_cue: bool,
}

/// A parsed pattern: the steps between the quotation and its far end, in
/// text order, and the side they stand on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub side: Side,
    pub steps: Vec<Step>,
    /// One-token steps every match holds (words, marks, classes and
    /// `CUE`, of steps that are neither optional nor `*`): a window
    /// without a token for one of them is passed over before any
    /// matching, as a regex engine looks for a required literal first.
    pub required: Vec<Atom>,
}

/// A user's construction: its rule and its pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserConstruction {
    pub rule: crate::rule::RuleId,
    pub pattern: Pattern,
}

/// The built-in constructions written as patterns (`data/patterns.txt`),
/// each matched at one token by the rule that uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Builtin {
    /// `{according to} @source`
    pub according_to: Pattern,
    /// `{in the words of} SPEAKER`
    pub in_the_words_of: Pattern,
    /// `{@opening-cue} SPEAKER`
    pub said_first: Pattern,
}

impl Builtin {
    /// Parses the embedded file; every name must be there, once.
    pub fn parse(file: &str) -> Builtin {
        let entries: Vec<(&str, Pattern)> = file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (name, pattern) = split_entry(l).expect("a built-in pattern is NAME = PATTERN");
                let p =
                    parse_at(pattern).unwrap_or_else(|e| panic!("built-in pattern {name}: {e}"));
                (name, p)
            })
            .collect();
        let take = |name: &str| {
            let mut found = entries.iter().filter(|(n, _)| *n == name);
            let p = found
                .next()
                .unwrap_or_else(|| panic!("no built-in pattern {name}"));
            assert!(found.next().is_none(), "built-in pattern {name} twice");
            p.1.clone()
        };
        assert_eq!(
            entries.len(),
            3,
            "a built-in pattern no rule uses (add a field to Builtin for the rule that matches it)"
        );
        Builtin {
            according_to: take("according-to"),
            in_the_words_of: take("in-the-words-of"),
            said_first: take("said-first"),
        }
    }
}

/// Steps a pattern may have: a pattern is matched at every quotation.
pub const MAX_STEPS: usize = 24;

/// The classes `<class>` may name.
const CLASSES: &[(&str, Class)] = &[
    ("title", Class::TITLE),
    ("organization", Class::ORG),
    ("group", Class::GROUP),
    ("anonymous", Class::ANONYMOUS),
    ("pronoun", Class::PRONOUN),
    ("determiner", Class::DETERMINER),
    ("calendar", Class::CALENDAR),
    ("capitalized", Class::CAP),
];

/// A `[constructions]` entry `NAME = PATTERN` split, or `None` for an
/// entry that names a built-in rule.
pub fn split_entry(entry: &str) -> Option<(&str, &str)> {
    let (name, pattern) = entry.split_once('=')?;
    Some((name.trim(), pattern.trim()))
}

/// Whether `name` can name a rule: kebab case, `a-z`, digits and `-`.
pub fn is_rule_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.ends_with('-')
}

/// Parses a pattern, or says what is wrong with it.
pub fn parse(text: &str) -> Result<Pattern, String> {
    parse_on(text, None)
}

/// Parses a built-in pattern matched at one token (no `QUOTE`).
pub fn parse_at(text: &str) -> Result<Pattern, String> {
    parse_on(text, Some(Side::At))
}

fn parse_on(text: &str, at: Option<Side>) -> Result<Pattern, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let quotes = words.iter().filter(|w| **w == "QUOTE").count();
    let side = match (words.first(), words.last()) {
        _ if at.is_some() && quotes == 0 => Side::At,
        _ if quotes != 1 => {
            return Err(format!(
                "a pattern names the quotation once, as `QUOTE` (first or last step); this one has {quotes}"
            ))
        }
        (Some(&"QUOTE"), _) => Side::After,
        (_, Some(&"QUOTE")) => Side::Before,
        _ => return Err("`QUOTE` must be the first or the last step".into()),
    };
    let mut steps = Vec::new();
    let mut in_cue = false;
    let mut braces = 0;
    for w in words.iter().filter(|w| **w != "QUOTE") {
        let mut w = *w;
        // braces may stand alone or touch the step they open or close
        if let Some(rest) = w.strip_prefix('{').filter(|_| w != "{}") {
            if in_cue {
                return Err("`{` inside `{ … }`".into());
            }
            in_cue = true;
            braces += 1;
            w = rest;
        }
        let closes = w.len() > 1 && w.ends_with('}') || w == "}";
        if closes {
            w = &w[..w.len() - 1];
        }
        if !w.is_empty() {
            steps.push(step(w, in_cue)?);
        }
        if closes {
            if !in_cue {
                return Err("`}` with no `{` before it".into());
            }
            in_cue = false;
        }
    }
    if in_cue {
        return Err("`{` with no `}` after it".into());
    }
    if braces > 1 {
        return Err("one `{ … }` a pattern: it marks the record's cue".into());
    }
    let count = |a: &Atom| steps.iter().filter(|s| &s.atom == a).count();
    if count(&Atom::Speaker) + count(&Atom::Source) != 1 {
        return Err("a pattern names its speaker once, as `SPEAKER`".into());
    }
    if braces == 0 && count(&Atom::Cue) != 1 {
        return Err(
            "a pattern marks its cue: one `CUE` (a reporting verb), or words in `{ … }`".into(),
        );
    }
    let certain = |s: &Step| matches!(s.repeat, Repeat::One | Repeat::Many);
    let cue_is_there = if braces == 0 {
        steps.iter().any(|s| s.atom == Atom::Cue && certain(s))
    } else {
        steps.iter().any(|s| s.in_cue && certain(s))
    };
    if !cue_is_there {
        return Err(
            "the cue must be there: a `CUE`, or a step in `{ … }`, that is not optional".into(),
        );
    }
    if steps
        .iter()
        .any(|s| s.in_cue && matches!(s.atom, Atom::Speaker | Atom::Source))
    {
        return Err("`SPEAKER` cannot be part of the cue `{ … }`".into());
    }
    // a comma or colon next to the quotation may stand inside its marks
    // (`“…,” as reported by`): there, the pattern's own is optional
    let next_to_quote: Vec<usize> = match side {
        Side::After => (0..steps.len())
            .take_while(|&k| is_mark(&steps[k]))
            .collect(),
        Side::Before => (0..steps.len())
            .rev()
            .take_while(|&k| is_mark(&steps[k]))
            .collect(),
        Side::At => Vec::new(),
    };
    for k in next_to_quote {
        if steps[k].repeat == Repeat::One {
            steps[k].repeat = Repeat::Optional;
        }
    }
    if steps.len() > MAX_STEPS {
        return Err(format!("at most {MAX_STEPS} steps a pattern"));
    }
    let required = steps
        .iter()
        .filter(|s| matches!(s.repeat, Repeat::One | Repeat::Many))
        .filter(|s| {
            matches!(
                s.atom,
                Atom::Word(_) | Atom::Punct(_) | Atom::Dash | Atom::Class(_) | Atom::Cue
            )
        })
        .map(|s| s.atom.clone())
        .collect();
    Ok(Pattern {
        side,
        steps,
        required,
    })
}

/// A comma or colon step.
fn is_mark(s: &Step) -> bool {
    matches!(&s.atom, Atom::Punct(p) if p == "," || p == ":")
}

fn step(w: &str, in_cue: bool) -> Result<Step, String> {
    // a lone `?`, `*` or `+` is punctuation; after a step, a repeat
    let (body, repeat) = match w.char_indices().last() {
        Some((i, c)) if i > 0 && matches!(c, '?' | '*' | '+') => (
            &w[..i],
            match c {
                '?' => Repeat::Optional,
                '*' => Repeat::Any,
                _ => Repeat::Many,
            },
        ),
        _ => (w, Repeat::One),
    };
    let atom = match body {
        "SPEAKER" => Atom::Speaker,
        _ if body.starts_with('@') => match PREDICATES.iter().find(|(n, _)| *n == &body[1..]) {
            Some((_, a)) => a.clone(),
            None => {
                let known: Vec<String> = PREDICATES.iter().map(|(n, _)| format!("@{n}")).collect();
                return Err(format!(
                    "unknown predicate `{body}` (known: {})",
                    known.join(", ")
                ));
            }
        },
        "CUE" => Atom::Cue,
        "QUOTE" => return Err("`QUOTE` takes no repeat".into()),
        _ if body.starts_with('<') && body.ends_with('>') && body.len() > 2 => {
            let name = &body[1..body.len() - 1];
            match name {
                "word" => Atom::AnyWord,
                "any" => Atom::Any,
                _ => match CLASSES.iter().find(|(n, _)| *n == name) {
                    Some((_, c)) => Atom::Class(*c),
                    None => {
                        let known: Vec<&str> = CLASSES
                            .iter()
                            .map(|(n, _)| *n)
                            .chain(["word", "any"])
                            .collect();
                        return Err(format!(
                            "unknown class `<{name}>` (known: {})",
                            known.join(", ")
                        ));
                    }
                },
            }
        }
        _ if matches!(body, "—" | "―" | "–" | "-" | "--") => Atom::Dash,
        _ if body
            .chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-') =>
        {
            if body.chars().any(char::is_uppercase) && body.chars().all(|c| !c.is_lowercase()) {
                return Err(format!(
                    "unknown step `{body}` (the named steps are QUOTE, SPEAKER and CUE; a word is matched in any case, write it in lower case)"
                ));
            }
            Atom::Word(body.to_lowercase())
        }
        _ if body.chars().all(|c| !c.is_alphanumeric()) => Atom::Punct(body.to_string()),
        _ => {
            return Err(format!(
                "`{body}` mixes letters and punctuation: a step is one word or one mark"
            ))
        }
    };
    if repeat != Repeat::One && matches!(atom, Atom::Speaker | Atom::Source) {
        return Err(format!("`{body}` takes no repeat"));
    }
    Ok(Step {
        atom,
        repeat,
        in_cue,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_reads_its_side_steps_and_cue() {
        let p = parse("QUOTE , {as reported by} SPEAKER").unwrap();
        assert_eq!(p.side, Side::After);
        let atoms: Vec<&Atom> = p.steps.iter().map(|s| &s.atom).collect();
        assert_eq!(
            atoms,
            [
                &Atom::Punct(",".into()),
                &Atom::Word("as".into()),
                &Atom::Word("reported".into()),
                &Atom::Word("by".into()),
                &Atom::Speaker
            ]
        );
        let cue: Vec<bool> = p.steps.iter().map(|s| s.in_cue).collect();
        assert_eq!(cue, [false, true, true, true, false]);
        // (the comma may stand inside the closing mark)
        assert_eq!(p.steps[0].repeat, Repeat::Optional);
        let p = parse("{ In the words of } <title>* SPEAKER , QUOTE").unwrap();
        assert_eq!(p.side, Side::Before);
        assert_eq!(p.steps[4].atom, Atom::Class(Class::TITLE));
        assert_eq!(p.steps[4].repeat, Repeat::Any);
        let p = parse("QUOTE — SPEAKER").unwrap_err();
        assert!(p.contains("marks its cue"), "{p}");
        let p = parse("QUOTE — SPEAKER CUE?").unwrap_err();
        assert!(p.contains("cue must be there"), "{p}");
        assert_eq!(
            parse("QUOTE {—} SPEAKER").unwrap().steps[0].atom,
            Atom::Dash
        );
        assert_eq!(
            parse("SPEAKER CUE ? QUOTE").unwrap().steps[2].atom,
            Atom::Punct("?".into())
        );
    }

    #[test]
    fn built_in_patterns_are_read_at_a_token() {
        let p = parse_at("{according to} @source").unwrap();
        assert_eq!(p.side, Side::At);
        assert_eq!(p.steps[2].atom, Atom::Source);
        // (one that names the quotation reads it as any pattern does)
        assert_eq!(
            parse_at("{according to} @source QUOTE").unwrap().side,
            Side::Before
        );
        assert!(parse_at("{according to}").is_err());
        assert_eq!(
            parse("{@opening-cue} SPEAKER , QUOTE").unwrap().steps[0].atom,
            Atom::OpeningCue
        );
    }

    #[test]
    fn what_is_wrong_is_said() {
        for (bad, says) in [
            ("SPEAKER said", "once, as `QUOTE`"),
            ("QUOTE SPEAKER QUOTE", "once, as `QUOTE`"),
            ("SPEAKER QUOTE said", "first or the last"),
            ("QUOTE {said SPEAKER}", "cannot be part of the cue"),
            ("QUOTE {said} {told}", "one `{ … }`"),
            ("QUOTE {said SPEAKER", "no `}`"),
            ("QUOTE said} SPEAKER", "no `{`"),
            ("QUOTE CUE", "speaker once"),
            ("QUOTE CUE SPEAKER SPEAKER", "speaker once"),
            ("QUOTE CUE <noun> SPEAKER", "unknown class `<noun>`"),
            ("QUOTE CUE SAID SPEAKER", "unknown step `SAID`"),
            ("QUOTE CUE a,b SPEAKER", "mixes letters"),
            ("QUOTE {said} SPEAKER?", "takes no repeat"),
            ("QUOTE {said?} SPEAKER", "cue must be there"),
            ("QUOTE {said} @speaker", "unknown predicate `@speaker`"),
            ("QUOTE {said} @source SPEAKER", "speaker once"),
            ("QUOTE {said} @source*", "takes no repeat"),
            ("{according to} @source", "once, as `QUOTE`"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        assert!(is_rule_name("as-reported-by"));
        assert!(!is_rule_name("As-reported"));
        assert!(!is_rule_name("as reported"));
        assert!(!is_rule_name("as-"));
    }
}
