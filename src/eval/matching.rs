//! Pairing system statements with gold ones: exact spans, spans that
//! overlap by half, and whether two speaker names name the same speaker.

use super::statement::Statement;
use std::collections::HashMap;

/// One-to-one pairs `(system, gold)` of statements with the same span.
pub fn exact(system: &[&Statement], gold: &[&Statement]) -> Vec<(usize, usize)> {
    let mut free: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (g, s) in gold.iter().enumerate().rev() {
        free.entry((s.char_start, s.char_end)).or_default().push(g);
    }
    system
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let g = free.get_mut(&(s.char_start, s.char_end))?.pop()?;
            Some((i, g))
        })
        .collect()
}

/// Characters two spans share.
pub fn shared(a: &Statement, b: &Statement) -> usize {
    a.char_end
        .min(b.char_end)
        .saturating_sub(a.char_start.max(b.char_start))
}

/// Two spans match when they share at least half of the longer one, so a
/// span that swallows its neighbour, or keeps only a scrap of it, does
/// not.
pub fn overlaps_enough(a: &Statement, b: &Statement) -> bool {
    let n = shared(a, b);
    n > 0 && 2 * n >= a.len().max(b.len())
}

/// One-to-one pairs `(system, gold)` of statements that overlap enough,
/// the largest overlaps paired first. Statements are those of one
/// document; each is compared only with the gold spans that can reach it.
pub fn overlapping(system: &[&Statement], gold: &[&Statement]) -> Vec<(usize, usize)> {
    let mut by_start: Vec<usize> = (0..gold.len()).collect();
    by_start.sort_by_key(|&g| gold[g].char_start);
    let longest = gold.iter().map(|g| g.len()).max().unwrap_or(0);
    let mut candidates = Vec::new();
    for (i, s) in system.iter().enumerate() {
        let from = by_start.partition_point(|&g| gold[g].char_start + longest < s.char_start);
        for &g in &by_start[from..] {
            if gold[g].char_start >= s.char_end {
                break;
            }
            if overlaps_enough(s, gold[g]) {
                candidates.push((shared(s, gold[g]), i, g));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut sys_used = vec![false; system.len()];
    let mut gold_used = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (_, i, g) in candidates {
        if !sys_used[i] && !gold_used[g] {
            sys_used[i] = true;
            gold_used[g] = true;
            pairs.push((i, g));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Whether two speaker names name the same speaker: equal once case,
/// a leading `the`, possessive endings and spacing are set aside, or one
/// holds every word of the other and both end in the same word (`Sergei
/// Ivanov` and `Defense Minister Sergei Ivanov`).
pub fn same_speaker(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (a, b) = (words(a), words(b));
            if a == b {
                return true;
            }
            let (short, long) = if a.len() <= b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            !short.is_empty()
                && short.last() == long.last()
                && short.iter().all(|w| long.contains(w))
        }
        _ => false,
    }
}

fn words(name: &str) -> Vec<String> {
    let mut ws: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if ws.first().is_some_and(|w| w == "the") {
        ws.remove(0);
    }
    ws
}

/// Outlet names compare without case or spacing.
pub fn outlet_key(o: &str) -> String {
    o.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(a: usize, b: usize) -> Statement {
        Statement {
            doc: "d".into(),
            kind: "direct".into(),
            char_start: a,
            char_end: b,
            speaker: None,
            outlets: Vec::new(),
            rule: None,
            line: None,
            expect: Vec::new(),
        }
    }

    #[test]
    fn overlap_needs_half_of_the_longer_span() {
        assert!(overlaps_enough(&st(0, 10), &st(5, 10)));
        assert!(!overlaps_enough(&st(0, 10), &st(6, 10)));
        assert!(!overlaps_enough(&st(0, 10), &st(10, 20)));
    }

    #[test]
    fn overlap_pairs_one_to_one_largest_first() {
        let sys = [st(0, 10), st(2, 12)];
        let gold = [st(2, 12)];
        let (s, g): (Vec<_>, Vec<_>) = (sys.iter().collect(), gold.iter().collect());
        assert_eq!(overlapping(&s, &g), vec![(1, 0)]);
        assert_eq!(exact(&s, &g), vec![(1, 0)]);
    }

    #[test]
    fn overlap_finds_a_long_gold_span_starting_far_before() {
        let sys = [st(50, 90)];
        let gold = [st(0, 100), st(60, 61)];
        let (s, g): (Vec<_>, Vec<_>) = (sys.iter().collect(), gold.iter().collect());
        assert_eq!(overlapping(&s, &g), Vec::<(usize, usize)>::new());
        let gold = [st(40, 100)];
        let g: Vec<_> = gold.iter().collect();
        assert_eq!(overlapping(&s, &g), vec![(0, 0)]);
    }

    #[test]
    fn speaker_names_agree_on_words_not_spelling() {
        assert!(same_speaker(Some("Sergei Ivanov"), Some("sergei  ivanov")));
        assert!(same_speaker(
            Some("Sergei Ivanov"),
            Some("Defense Minister Sergei Ivanov")
        ));
        assert!(same_speaker(Some("the Kremlin"), Some("Kremlin")));
        assert!(!same_speaker(Some("Sergei Ivanov"), Some("Igor Ivanov")));
        assert!(!same_speaker(Some("Ivanov"), None));
        assert!(same_speaker(None, None));
    }
}
