//! Example sentences on rule entries, with the extraction each one must
//! give: read and parsed here; run by [`crate::rule_check`] (above the
//! extractor, which this leaf never sees) for `attrib rules check` and the
//! test suite.
//!
//! An example is a line `#> SENTENCE => EXPECTATIONS` right after the
//! entry it belongs to (to every list parser it is a comment); a
//! counter-example, `#! SENTENCE => EXPECTATIONS`, names a record the
//! sentence must NOT give. In the `constructions` list an entry is a rule
//! by name, and its examples say `rule NAME` without writing it. The
//! expectations are clauses separated by `;`:
//!
//! | clause | holds when |
//! | --- | --- |
//! | `direct`, `partial`, `scare`, `claim` | a record has this kind |
//! | `speaker NAME` | its speaker's name (or mention, when there is no name) is NAME |
//! | `mention TEXT` | its speaker's words are TEXT |
//! | `role TEXT` | its speaker's role is TEXT |
//! | `speaker-kind KIND` | its speaker is a person, organization, group or anonymous |
//! | `cue TEXT` | its cue is TEXT |
//! | `outlet NAME` | one of its citations names the outlet NAME |
//! | `rule ID` | the rule ID made it (a built-in rule or a user's construction) |
//! | `no speaker` | it has no speaker |
//! | `quoted-share N` | its `quoted_share` is at least N, from 0 to 1 (the score format keeps a partial quotation from 0.8 on) |
//! | `uncited` | no citation covers it |
//! | `nothing` | the sentence gives no record at all |
//! | `sentences N` | the segmenter cuts the text into N sentences |
//! | `cross-reference` | a parenthesis points to earlier coverage (`see …`) |
//!
//! In the sentence, `\n` stands for a line break (`\n\n` starts a new
//! paragraph). All record clauses must hold for one and the same record (and for a
//! counter-example, for no record; it takes record clauses only).
//!
//! ```text
//! warn warns warned warning =bare =addressee
//! #> Ivanov warned that the talks would be hard. => claim; speaker Ivanov; cue warned
//! ```

use crate::rule::RuleId;

/// One example: where it is written, the entry it illustrates, its text
/// and what it must give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub list: &'static str,
    pub entry: String,
    pub file: String,
    pub line: usize,
    pub text: String,
    pub expect: String,
    /// A counter-example (`#!`): no record may meet the expectations.
    pub negative: bool,
}

/// The list whose entries are rules by name, with their examples.
pub const CONSTRUCTIONS: &str = "constructions";

/// Reads the `#>` lines of a list's text, or of a rules file whose
/// `[list]` headers say which list follows (`list` is the list before any
/// header). Each example belongs to the entry line before it.
pub fn read(
    list: Option<&'static str>,
    file: &str,
    text: &str,
) -> Result<Vec<Example>, (usize, String)> {
    let mut list = list;
    let mut out = Vec::new();
    let mut entry: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        let marked = t
            .strip_prefix("#>")
            .map(|b| (b, false))
            .or_else(|| t.strip_prefix("#!").map(|b| (b, true)));
        if let Some((body, negative)) = marked {
            let mark = if negative { "#!" } else { "#>" };
            let (Some(e), Some(l)) = (&entry, list) else {
                return Err((
                    i + 1,
                    format!("an example `{mark}` needs an entry line before it"),
                ));
            };
            let Some((sentence, expect)) = body.split_once("=>") else {
                return Err((
                    i + 1,
                    format!("an example is `{mark} SENTENCE => EXPECTATIONS`"),
                ));
            };
            let clauses = parse_expect(expect).map_err(|m| (i + 1, m))?;
            if negative && clauses.iter().any(|c| !c.is_of_a_record()) {
                return Err((
                    i + 1,
                    "a counter-example `#!` names a record that must not come out (kind, speaker, cue, rule …), not `nothing`, `sentences` or `cross-reference`".into(),
                ));
            }
            out.push(Example {
                list: l,
                entry: e.clone(),
                file: file.to_string(),
                line: i + 1,
                // (`\n` stands for a line break: `\n\n` between paragraphs)
                text: sentence.trim().replace("\\n", "\n"),
                expect: expect.trim().to_string(),
                negative,
            });
            continue;
        }
        let body = t.split('#').next().unwrap_or("").trim();
        if let Some(name) = body.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            list = super::rules::LISTS
                .iter()
                .find(|l| l.name == name.trim())
                .map(|l| l.name);
            entry = None;
        } else if body.starts_with('-') {
            entry = None;
        } else if !body.is_empty() {
            entry = Some(body.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    Ok(out)
}

/// One clause of the expectations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    Kind(String),
    Speaker(String),
    Mention(String),
    Role(String),
    SpeakerKind(String),
    Cue(String),
    Outlet(String),
    Rule(String),
    /// The record's text (a claim's content, a quotation's words).
    Text(String),
    /// Its quoted share is at least this many hundredths.
    QuotedShare(u32),
    NoSpeaker,
    /// The record comes from the headline line.
    Headline,
    Uncited,
    Nothing,
    Sentences(usize),
    CrossReference,
}

impl Clause {
    /// Whether the clause is about one record (not the whole sentence).
    pub fn is_of_a_record(&self) -> bool {
        !matches!(
            self,
            Clause::Nothing | Clause::Sentences(_) | Clause::CrossReference
        )
    }
}

/// The clauses of an example: those written, and for an example of the
/// `constructions` list the rule it illustrates when none is written.
pub fn clauses(ex: &Example) -> Result<Vec<Clause>, String> {
    let mut out = parse_expect(&ex.expect)?;
    if ex.list == CONSTRUCTIONS && !out.iter().any(|c| matches!(c, Clause::Rule(_))) {
        // (a user's construction is `NAME = PATTERN`)
        let name = super::patterns::split_entry(&ex.entry).map_or(ex.entry.as_str(), |(n, _)| n);
        out.push(Clause::Rule(name.to_string()));
    }
    Ok(out)
}

fn parse_expect(s: &str) -> Result<Vec<Clause>, String> {
    let mut out = Vec::new();
    for c in s.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        let (key, value) = c.split_once(' ').map_or((c, ""), |(k, v)| (k, v.trim()));
        let v = value.to_string();
        out.push(match (key, value.is_empty()) {
            ("direct" | "partial" | "scare" | "claim", true) => Clause::Kind(key.to_string()),
            ("nothing", true) => Clause::Nothing,
            ("uncited", true) => Clause::Uncited,
            ("headline", true) => Clause::Headline,
            ("cross-reference", true) => Clause::CrossReference,
            ("no", _) if value == "speaker" => Clause::NoSpeaker,
            ("speaker", false) => Clause::Speaker(v),
            ("mention", false) => Clause::Mention(v),
            ("role", false) => Clause::Role(v),
            ("speaker-kind", false) => Clause::SpeakerKind(v),
            ("cue", false) => Clause::Cue(v),
            ("outlet", false) => Clause::Outlet(v),
            ("text", false) => Clause::Text(v),
            // (a user's construction is known only once every rules file is
            // read: `rules check` says when no rule has the name)
            ("rule", false) => match RuleId::from_name(&v) {
                Some(_) => Clause::Rule(v),
                None if super::patterns::is_rule_name(&v) => Clause::Rule(v),
                None => {
                    let known: Vec<&str> = RuleId::ALL.iter().map(|r| r.name()).collect();
                    return Err(format!("unknown rule `{v}` (known: {})", known.join(", ")));
                }
            },
            ("quoted-share", false) => Clause::QuotedShare(
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|x| (0.0..=1.0).contains(x))
                    .map(|x| (x * 100.0).round() as u32)
                    .ok_or_else(|| {
                        format!("`quoted-share` needs a number from 0 to 1, not `{value}`")
                    })?,
            ),
            ("sentences", false) => Clause::Sentences(
                value
                    .parse()
                    .map_err(|_| format!("`sentences` needs a number, not `{value}`"))?,
            ),
            _ => return Err(format!("unknown expectation `{c}`")),
        });
    }
    if out.is_empty() {
        return Err("an example needs at least one expectation after `=>`".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_attach_to_the_entry_before_them() {
        let text =
            "# c\nsay said =bare\n#> “Yes,” Lavrov said. => direct; speaker Lavrov\n[outlets]\n";
        let ex = read(Some("cue_verbs"), "f", text).unwrap();
        assert_eq!(ex.len(), 1);
        assert_eq!(ex[0].entry, "say said =bare");
        assert_eq!(ex[0].line, 3);
        assert_eq!(
            read(Some("cue_verbs"), "f", "#> x => direct")
                .unwrap_err()
                .0,
            1
        );
        let file = "[groups]\nmonks\n#> The monks said that it rained. => claim; speaker The monks";
        assert_eq!(read(None, "f", file).unwrap()[0].list, "groups");
        assert!(read(Some("cue_verbs"), "f", "say\n#> x => loud")
            .unwrap_err()
            .1
            .contains("unknown expectation"));
    }
}
