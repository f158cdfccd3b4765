//! Entity tracking inside one document: full names, the surnames and roles
//! that refer back to them, and pronouns.

use super::phrase::{self, Phrase, SpeakerKind};
use super::Words;
use crate::document::Document;
use crate::lexicon::classes::{HONORIFICS, SUBJECT_NEXT};
use crate::lexicon::Class;
use crate::lexicon::Gender;
use crate::span::Span;
use crate::tokens::{ends_ci, is_any, lower, SentenceTokens, Tok};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

/// Mentions a surname or role looks back (or ahead) over: far enough for
/// any article, and a bound on the work for a document of a million names.
const REACH: usize = 256;
/// Mentions a pronoun looks back over for a subject: further back is a
/// guess.
const PRONOUN_REACH: usize = 12;
/// Sentences before its own a `they` looks back over for a group.
const GROUP_SENTENCES: usize = 2;
/// Words a `they` looks back over for a group, at most.
const GROUP_TOKENS: usize = 200;

/// A person mention with a full name (two words or more). A surname alone
/// repeats the mention it refers to, so the strings are shared, not copied.
#[derive(Debug, Clone)]
struct Mention {
    pos: usize,
    name: Rc<str>,
    surname: Rc<str>,
    role: Option<Rc<str>>,
    /// Stands where a subject stands (clause start, or before a verb),
    /// the place a later `he` or `she` refers back to.
    subject: bool,
    kind: SpeakerKind,
    /// The gender the words of this mention or an earlier one of the
    /// name told (`Mr Lane`, `Sarah Hill`), for a `he` or `she`.
    gender: Option<Gender>,
    /// Stands where a place does (`in New Hampshire`): no pronoun's
    /// referent.
    place: bool,
}

/// Every person the document names, by position; groups are looked up
/// only when a `they` asks for one.
pub struct Tracker<'a> {
    mentions: Vec<Mention>,
    /// Where the head nouns stand among all the document's tokens, found
    /// when a `they` first asks for a group.
    heads: OnceCell<Vec<usize>>,
    text: &'a str,
    sentence_toks: &'a SentenceTokens<'a>,
    w: &'a Words,
}

/// How a speaker's canonical name was found.
pub struct Resolved {
    pub name: Option<String>,
    pub resolved_by: &'static str,
    /// The kind of what a pronoun refers to, where it is no person
    /// (`they` → a group).
    pub kind: Option<SpeakerKind>,
}

impl Resolved {
    fn named(name: String, by: &'static str) -> Resolved {
        Resolved {
            name: Some(name),
            resolved_by: by,
            kind: None,
        }
    }

    fn unresolved() -> Resolved {
        Resolved {
            name: None,
            resolved_by: "unresolved",
            kind: None,
        }
    }
}

impl<'a> Tracker<'a> {
    /// Collects the full-name mentions of the first `read` sentences of a
    /// document in one pass.
    pub fn build(
        doc: &'a Document,
        sentence_toks: &'a SentenceTokens<'a>,
        read: usize,
        w: &'a Words,
    ) -> Tracker<'a> {
        let text = &doc.text;
        let mut mentions: Vec<Mention> = Vec::new();
        // the latest mention of each surname: a lookup instead of a walk
        // back over the mentions for every surname alone
        let mut latest: HashMap<Rc<str>, usize, BuildHasherDefault<crate::lexicon::WordHasher>> =
            Default::default();
        for si in 0..read.min(sentence_toks.len()) {
            let toks = sentence_toks.get(si);
            // (a dateline's place names nobody: `NEW YORK —`)
            let first = super::layout::dateline_end(text, toks);
            let mut i = first;
            while i < toks.len() {
                // a name never opens with a function word (`The`, `But`,
                // `He`): the next capitalised word is tried instead
                // (found in one tight scan: most tokens are passed over)
                match toks[i..]
                    .iter()
                    .position(|t| t.is(Class::CAP) && !t.is(Class::STARTER))
                {
                    Some(k) => i += k,
                    None => break,
                }
                let t = toks[i].text(text);
                // a word that stands alone can only be a surname already
                // met: without one, reading its phrase finds nothing
                if phrase::lone_word(text, toks, i) {
                    let stem = &t[..t.len() - phrase::possessive_len(t)];
                    if !latest.contains_key(lower(stem).as_str()) {
                        i += 1;
                        continue;
                    }
                }
                let Some((p, end)) = phrase::after(text, toks, i, w) else {
                    i += 1;
                    continue;
                };
                let prev = i.checked_sub(1).map(|k| toks[k].text(text));
                // `the Cold War` is a thing; `the president, Jane Roe` has a role
                let thing = i > 0 && toks[i - 1].is(Class::DETERMINER) && p.role.is_none();
                // (after an inverted cue, `said Omar Haddad`, the name is
                // the subject too)
                // (`When Kent was asked`: right after an opening function
                // word is a subject position too)
                let subject = i == 1
                    || prev.is_none_or(|d| {
                        matches!(d, "," | ";" | "—" | "(")
                            || is_any(d, &["and", "but"])
                            || super::cues::is_quote_mark(d)
                            || toks[i - 1].is(Class::CUE)
                    })
                    || toks.get(end).is_some_and(|t| t.is(Class::CUE));
                // `FULL TEXT.`, `Transcript`: a phrase that is its whole
                // sentence is a heading or label, no one to refer back to
                let heading = i == first && !toks[end..].iter().any(|t| t.word);
                if thing || heading {
                    i = end.max(i + 1);
                    continue;
                }
                // `in New Hampshire`, `in Des Moines`: after `in` a name is
                // most often a place, never what a `he` or `she` refers back
                // to (it stays a name a surname may refer to)
                // (asked of a name only, when it is kept)
                let place = || {
                    p.role.is_none()
                        && prev.is_some_and(|d| is_any(d, &["in", "across", "throughout"]))
                };
                // (read of a name only: most phrases are not asked)
                let told = || gender_of(text, toks, i, end, &p);
                if let Some(mut m) = full_mention(text, &p) {
                    m.subject = subject;
                    m.place = place();
                    // (an earlier mention of the name may have told it,
                    // `Mr Lane` … `Tom Lane`: the surname's last mention,
                    // which the insert hands back)
                    let told = told().map(|(g, _)| g);
                    let last = latest.insert(m.surname.clone(), mentions.len());
                    m.gender = told.or_else(|| {
                        last.map(|k| &mentions[k])
                            .filter(|e| e.name == m.name)
                            .and_then(|e| e.gender)
                    });
                    mentions.push(m);
                } else if let Some(n) = p.name.filter(|_| p.kind == SpeakerKind::Person) {
                    // a surname alone refers back to the nearest full mention
                    // within reach
                    // (`De Blasio`: the last word is the key)
                    let n = n.slice(text);
                    let surname = lower(n.rsplit(char::is_whitespace).next().unwrap_or(n));
                    if let Some(&k) = latest
                        .get(surname.as_str())
                        .filter(|&&k| mentions.len() - k <= REACH)
                    {
                        let mut m = mentions[k].clone();
                        m.pos = p.span.start;
                        m.subject = subject;
                        m.place = place();
                        // (`Mr Lane` tells what `Tom Lane` did not)
                        if m.gender.is_none() {
                            m.gender = told().map(|(g, _)| g);
                        }
                        latest.insert(m.surname.clone(), mentions.len());
                        mentions.push(m);
                    } else if let Some((g, true)) = (is_any(t, HONORIFICS)
                        || prev.is_some_and(|d| is_any(d, HONORIFICS)))
                    .then(told)
                    .flatten()
                    {
                        // `Mr Lane` with no full name before: the surname
                        // is the name, and the honorific its gender
                        latest.insert(surname.as_str().into(), mentions.len());
                        mentions.push(Mention {
                            pos: p.span.start,
                            name: clean(n).into(),
                            surname: surname.as_str().into(),
                            role: p.role.map(|r: Span| clean(r.slice(text)).into()),
                            subject,
                            kind: SpeakerKind::Person,
                            gender: Some(g),
                            place: false,
                        });
                    }
                }
                i = end.max(i + 1);
            }
        }
        Tracker {
            mentions,
            heads: OnceCell::new(),
            text,
            sentence_toks,
            w,
        }
    }

    /// The canonical name for a speaker phrase at its position.
    pub fn resolve(&self, text: &str, p: &Phrase) -> Resolved {
        let pos = p.span.start;
        if p.pronoun {
            let l = p.span.slice(text).to_lowercase();
            if matches!(l.as_str(), "they" | "their") {
                return match self.group_before(pos) {
                    Some(m) => Resolved {
                        name: Some(m.name.to_string()),
                        resolved_by: "pronoun",
                        kind: Some(m.kind),
                    },
                    None => Resolved::unresolved(),
                };
            }
            if matches!(l.as_str(), "he" | "she" | "i" | "his" | "her") {
                // (`he` never refers back to a woman the text names as
                // one, nor `she` to a man; a person of unknown gender fits
                // either)
                let wanted = match l.as_str() {
                    "he" | "his" => Some(Gender::Male),
                    "she" | "her" => Some(Gender::Female),
                    _ => None,
                };
                let fits = |m: &&Mention| {
                    !m.place && (wanted.is_none() || m.gender.is_none_or(|g| Some(g) == wanted))
                };
                let recent = self
                    .before(pos)
                    .take(PRONOUN_REACH)
                    .filter(fits)
                    .find(|m| m.subject);
                return match recent.or_else(|| self.before(pos).take(REACH).find(fits)) {
                    Some(m) => Resolved::named(m.name.to_string(), "pronoun"),
                    None => Resolved::unresolved(),
                };
            }
            return Resolved::unresolved();
        }
        match p.kind {
            SpeakerKind::Person => {
                if let Some(n) = p.name {
                    let name = clean(n.slice(text));
                    // (`De Blasio` is a surname alone, its particle and all)
                    if phrase::full_name(&name) {
                        return Resolved::named(name, "direct");
                    }
                    let surname = name.split_whitespace().last().unwrap_or("").to_lowercase();
                    // (a full name before or after first: `Mr. Roe` at the
                    // top and `Ana Roe` further down are one person, named
                    // in full)
                    let full = |m: &&Mention| *m.surname == *surname && m.name.contains(' ');
                    let found = self
                        .before(pos)
                        .take(REACH)
                        .find(full)
                        .or_else(|| self.after(pos).take(REACH).find(full))
                        .or_else(|| {
                            self.before(pos)
                                .take(REACH)
                                .find(|m| *m.surname == *surname)
                        });
                    return match found {
                        Some(m) => Resolved::named(m.name.to_string(), "alias"),
                        None => Resolved::named(name, "direct"),
                    };
                }
                if let Some(r) = p.role {
                    let role = r.slice(text).to_lowercase();
                    let key: Vec<&str> = role
                        .split_whitespace()
                        .filter(|x| {
                            !matches!(
                                *x,
                                "the" | "a" | "an" | "russian" | "u.s." | "american" | "british"
                            )
                        })
                        .collect();
                    if !key.is_empty() {
                        let hit = self.before(pos).take(REACH).find(|m| {
                            m.role.as_ref().is_some_and(|mr| {
                                let mr = mr.to_lowercase();
                                key.iter().all(|k| mr.contains(k))
                            })
                        });
                        if let Some(m) = hit {
                            return Resolved::named(m.name.to_string(), "role");
                        }
                    }
                }
                Resolved::unresolved()
            }
            _ => Resolved::named(clean(p.span.slice(text)), "direct"),
        }
    }

    /// The nearest plural group or body in subject position before `pos`,
    /// in its sentence or the two before: read only when a `they` asks,
    /// so documents without one pay nothing for it.
    fn group_before(&self, pos: usize) -> Option<Mention> {
        let st = self.sentence_toks;
        let si = st.sentence_at(pos)?;
        let heads = self.heads.get_or_init(|| {
            (0..st.len())
                .flat_map(|k| {
                    let base = st.first_token(k);
                    st.get(k)
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.is(Class::HEAD))
                        .map(move |(i, _)| base + i)
                })
                .collect()
        });
        // (and no more than GROUP_TOKENS words back: a megabyte sentence
        // full of `they said` stays linear)
        let mut budget = GROUP_TOKENS;
        (si.saturating_sub(GROUP_SENTENCES)..=si)
            .rev()
            .find_map(|k| {
                let toks = st.get(k);
                let base = st.first_token(k);
                let upto = toks.partition_point(|t| t.span().start < pos);
                let from = upto.saturating_sub(budget);
                budget -= upto - from;
                // (only a head noun heads a group: the words between are
                // passed over by a binary search, not read)
                let a = heads.partition_point(|&h| h < base + from);
                let b = heads.partition_point(|&h| h < base + upto);
                heads[a..b]
                    .iter()
                    .rev()
                    .find_map(|&h| plural_mention(self.text, toks, h - base, self.w))
            })
    }

    /// The full name of the person with this surname (lower case): the
    /// mention nearest before `pos`, else the first after it.
    pub fn person_by_surname(&self, surname: &str, pos: usize) -> Option<&str> {
        let person = |m: &&Mention| m.kind == SpeakerKind::Person && *m.surname == *surname;
        self.before(pos)
            .take(REACH)
            .find(person)
            .or_else(|| self.after(pos).take(REACH).find(person))
            .map(|m| &*m.name)
    }

    /// The full names of the people mentioned before `pos`, in text order
    /// (a name as often as it is mentioned).
    pub fn people_before(&self, pos: usize) -> impl Iterator<Item = &str> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        self.mentions[..k]
            .iter()
            .filter(|m| m.kind == SpeakerKind::Person)
            .map(|m| &*m.name)
    }

    /// Mentions from `pos` on, nearest first.
    fn after(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        self.mentions[k..].iter()
    }

    /// Mentions before `pos`, nearest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        self.mentions[..k].iter().rev()
    }
}

/// `s` with its white space collapsed to single spaces.
pub(super) fn clean(s: &str) -> String {
    let t = s.trim();
    // (most names are printable ASCII spaced once already: one copy)
    let b = t.as_bytes();
    let single = b.iter().all(|c| (b' '..0x80).contains(c)) && !b.windows(2).any(|w| w == b"  ");
    if single {
        return t.to_string();
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The gender the words of a person's phrase (tokens `start..end`) tell,
/// with the word before it: an honorific (`Mr Lane`, `Ms. Hill`), else the
/// name's first word (`Sarah Hill`), else a role word (`spokeswoman Ann
/// Lee`, `Tom Lane, her son`). A word of the name past its first is a
/// surname, which tells nothing (`Carole King`). With it, whether an
/// honorific told it (`Mr Lane` is a person; `Donald` alone may not be).
/// (the `genders` list is read as word classes, set on every token once)
fn gender_of(
    text: &str,
    toks: &[Tok],
    start: usize,
    end: usize,
    p: &Phrase,
) -> Option<(Gender, bool)> {
    if p.kind != SpeakerKind::Person || p.pronoun {
        return None;
    }
    let told = |t: &Tok| {
        if t.is(Class::FEMALE) {
            Some(Gender::Female)
        } else if t.is(Class::MALE) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    let name = p.name?;
    let first = toks[start..end]
        .iter()
        .position(|t| t.span().start >= name.start)
        .map(|k| start + k)?;
    let before = start.checked_sub(1).into_iter().chain(start..first);
    // (the class bit first: the honorifics that tell a gender are in the
    // list)
    let honorific = before
        .filter(|&k| toks[k].is(Class::FEMALE.with(Class::MALE)))
        .find(|&k| is_any(toks[k].text(text), HONORIFICS))
        .and_then(|k| told(&toks[k]));
    if let Some(g) = honorific {
        return Some((g, true));
    }
    told(&toks[first])
        .or_else(|| {
            let role = p.role?;
            // (a role's words in lower case only: `Virginia Gov.` and
            // `the wife's lawyer` tell nothing of the person)
            toks[start..end]
                .iter()
                .filter(|t| t.span().start >= role.start && t.span().end <= role.end)
                .filter(|t| {
                    let x = t.text(text);
                    !t.is(Class::CAP) && !x.ends_with("'s") && !x.ends_with("’s")
                })
                .find_map(told)
        })
        .map(|g| (g, false))
}

fn full_mention(text: &str, p: &Phrase) -> Option<Mention> {
    if p.kind != SpeakerKind::Person {
        return None;
    }
    // (a name of one word is no full name: spared its copy)
    let raw = p.name?.slice(text).trim();
    if !raw.contains(char::is_whitespace) {
        return None;
    }
    let name = clean(raw);
    if !phrase::full_name(&name) {
        return None;
    }
    // (words one space apart, as `clean` leaves them)
    let surname = name.rsplit(' ').next()?.to_lowercase();
    Some(Mention {
        pos: p.span.start,
        name: name.into(),
        surname: surname.into(),
        role: p.role.map(|r: Span| clean(r.slice(text)).into()),
        subject: false,
        kind: SpeakerKind::Person,
        gender: None,
        place: false,
    })
}

/// A plural group or body ending at token `i` in subject position, the
/// referent of a later `they`.
fn plural_mention(text: &str, toks: &[Tok], i: usize, w: &Words) -> Option<Mention> {
    // (the class first: this is asked of every word a `they` looks back
    // over)
    if !toks[i].is(Class::HEAD) {
        return None;
    }
    let t = toks[i].text(text);
    if !t.ends_with('s') || t.len() < 4 {
        return None;
    }
    let title = toks[i].is(Class::TITLE);
    let subject = toks.get(i + 1).is_some_and(|n| {
        let l = n.text(text);
        n.is(Class::CUE) || is_any(l, SUBJECT_NEXT) || ends_ci(l, "ly")
    });
    if !subject {
        return None;
    }
    let mut p = phrase::before(text, toks, i + 1, w)?;
    // `the two ministers`: a plural title with no name is a group
    if title && p.kind == SpeakerKind::Person && p.name.is_none() {
        p.kind = SpeakerKind::Group;
    }
    if !matches!(
        p.kind,
        SpeakerKind::Group | SpeakerKind::Anonymous | SpeakerKind::Organization
    ) {
        return None;
    }
    Some(Mention {
        pos: p.span.start,
        name: clean(p.span.slice(text)).into(),
        surname: "".into(),
        role: None,
        subject: true,
        kind: p.kind,
        gender: None,
        place: false,
    })
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_collapses_white_space_as_split_whitespace_does() {
        for s in [
            "Jane Roe",
            " Jane  Roe ",
            "Jane\nRoe",
            "Jane\u{b}Roe",
            "José\u{a0}Roe",
            "a\u{1}b c",
            "",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(clean(s), want, "{s:?}");
        }
    }
}
