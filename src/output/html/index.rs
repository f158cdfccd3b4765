//! What the page knows of every document without drawing it: the speakers
//! (canonical names with their mentions and kinds), the outlets, and which
//! documents each appears in. The panel lists it and a filter reads it,
//! so a filter over 10,000 documents looks at no text.
//!
//! The only state kept across documents while the page streams: a few
//! numbers a document and one entry a distinct speaker and outlet.

use serde::Serialize;
use std::collections::HashMap;

/// Mentions kept under one speaker, most frequent first; the rest are
/// counted together (a panel line, not a concordance).
const MENTIONS: usize = 8;

/// What a statement with no speaker is, in the panel: a quotation with
/// no speaker is unattributed, a claim with none an unsourced report.
pub const UNSOURCED: &str = "unsourced";

#[derive(Default, Serialize)]
pub struct Index {
    pub speakers: Vec<SpeakerEntry>,
    pub outlets: Vec<OutletEntry>,
    pub docs: Vec<DocEntry>,
    /// The page's counts in the words of `attrib audit`.
    pub summary: String,
    #[serde(skip)]
    speaker_at: HashMap<String, usize>,
    #[serde(skip)]
    outlet_at: HashMap<String, usize>,
}

/// One speaker of the panel: the name statements are counted under (see
/// [`speaker_key`](super::super::counts::speaker_key)), how many, what
/// kind of speaker it most often is, and the words the text named it by.
#[derive(Serialize)]
pub struct SpeakerEntry {
    pub name: String,
    pub count: usize,
    pub kind: &'static str,
    /// Mentions and their counts, most first (at most [`MENTIONS`]).
    pub mentions: Vec<(String, usize)>,
    /// Statements whose mention is not among `mentions`.
    pub other_mentions: usize,
    #[serde(skip)]
    kinds: Vec<(&'static str, usize)>,
}

#[derive(Serialize)]
pub struct OutletEntry {
    pub name: String,
    pub count: usize,
}

/// One document: its id, and the speakers and outlets of its statements
/// (indexes into the lists, each once).
#[derive(Serialize)]
pub struct DocEntry {
    pub id: String,
    pub speakers: Vec<usize>,
    pub outlets: Vec<usize>,
}

impl Index {
    /// Starts a document's entry; its statements are added with
    /// [`Index::speaker`] and [`Index::outlet`].
    pub fn document(&mut self, id: &str) {
        self.docs.push(DocEntry {
            id: id.to_string(),
            speakers: Vec::new(),
            outlets: Vec::new(),
        });
    }

    /// Counts a statement of the current document under `key`, said by a
    /// speaker of `kind` named by `mention`; gives the speaker's index.
    pub fn speaker(&mut self, key: &str, kind: &'static str, mention: Option<&str>) -> usize {
        let i = match self.speaker_at.get(key) {
            Some(&i) => i,
            None => {
                let i = self.speakers.len();
                self.speaker_at.insert(key.to_string(), i);
                self.speakers.push(SpeakerEntry {
                    name: key.to_string(),
                    count: 0,
                    kind,
                    mentions: Vec::new(),
                    other_mentions: 0,
                    kinds: Vec::new(),
                });
                i
            }
        };
        let s = &mut self.speakers[i];
        s.count += 1;
        bump(&mut s.kinds, kind);
        s.kind = s.kinds.iter().max_by_key(|k| k.1).map_or(kind, |k| k.0);
        if let Some(m) = mention {
            // (`He` opening a sentence is the same mention as `he`)
            match s
                .mentions
                .iter()
                .position(|(t, _)| t.eq_ignore_ascii_case(m))
            {
                Some(k) => s.mentions[k].1 += 1,
                None if s.mentions.len() < MENTIONS => s.mentions.push((m.to_string(), 1)),
                None => s.other_mentions += 1,
            }
        }
        add_once(&mut self.current().speakers, i);
        i
    }

    /// Counts a statement of the current document as citing `name`.
    pub fn outlet(&mut self, name: &str) -> usize {
        let i = match self.outlet_at.get(name) {
            Some(&i) => i,
            None => {
                let i = self.outlets.len();
                self.outlet_at.insert(name.to_string(), i);
                self.outlets.push(OutletEntry {
                    name: name.to_string(),
                    count: 0,
                });
                i
            }
        };
        self.outlets[i].count += 1;
        add_once(&mut self.current().outlets, i);
        i
    }

    /// Sorts every speaker's mentions, most first, before the index is
    /// written.
    pub fn finish(&mut self) {
        for s in &mut self.speakers {
            s.mentions
                .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
    }

    fn current(&mut self) -> &mut DocEntry {
        if self.docs.is_empty() {
            self.document("");
        }
        let last = self.docs.len() - 1;
        &mut self.docs[last]
    }
}

fn bump(kinds: &mut Vec<(&'static str, usize)>, kind: &'static str) {
    match kinds.iter_mut().find(|k| k.0 == kind) {
        Some(k) => k.1 += 1,
        None => kinds.push((kind, 1)),
    }
}

/// (a document's lists are short: a scan beats a set)
fn add_once(list: &mut Vec<usize>, i: usize) {
    if !list.contains(&i) {
        list.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_gather_mentions_kinds_and_documents() {
        let mut x = Index::default();
        x.document("a");
        assert_eq!(x.speaker("Jo Bell", "person", Some("Bell")), 0);
        assert_eq!(x.speaker("Acme", "organization", Some("Acme")), 1);
        x.document("b");
        assert_eq!(x.speaker("Jo Bell", "person", Some("she")), 0);
        assert_eq!(x.speaker("Jo Bell", "person", Some("She")), 0);
        assert_eq!(x.outlet("Reuters"), 0);
        x.finish();
        let s = &x.speakers[0];
        assert_eq!((s.count, s.kind), (3, "person"));
        assert_eq!(
            s.mentions,
            vec![("she".to_string(), 2), ("Bell".to_string(), 1)]
        );
        assert_eq!(x.docs[0].speakers, vec![0, 1]);
        assert_eq!(x.docs[1].speakers, vec![0]);
        assert_eq!(x.docs[1].outlets, vec![0]);
    }

    #[test]
    fn mentions_past_the_cap_are_counted_together() {
        let mut x = Index::default();
        x.document("a");
        for k in 0..MENTIONS + 3 {
            x.speaker("They", "group", Some(&format!("m{k}")));
        }
        assert_eq!(x.speakers[0].mentions.len(), MENTIONS);
        assert_eq!(x.speakers[0].other_mentions, 3);
    }
}
