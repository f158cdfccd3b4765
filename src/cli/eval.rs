//! `attrib eval`: read the gold file and the documents, extract, score,
//! report, and gate on a baseline.

use super::read::Reader;
use attrib::eval::{self, read_gold, Doc, Report, Statement};
use attrib::input::{self, Source};
use attrib::{Document, Extractor};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Options<'a> {
    pub gold: &'a Path,
    pub paths: &'a [PathBuf],
    pub json: bool,
    pub baseline: Option<&'a Path>,
    pub tolerance: f64,
}

/// Exit status: 0 scored (and no drop), 1 an F1 fell below the baseline by
/// more than the tolerance, 2 bad input (gold file, baseline or documents).
pub fn run(extractor: &Extractor, reader: &mut Reader, o: &Options) -> ExitCode {
    match score(extractor, reader, o) {
        Ok(code) => code,
        Err(e) => {
            say!("attrib: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn score(extractor: &Extractor, reader: &mut Reader, o: &Options) -> Result<ExitCode, String> {
    let gold_name = o.gold.display().to_string();
    let gold_text = read_text(o.gold)?;
    let (gold, errors) = read_gold(&gold_name, &gold_text);
    let mut bad = !errors.is_empty();
    for e in &errors {
        say!("attrib: error: {e}");
    }
    let baseline = match o.baseline {
        Some(p) => {
            let name = p.display().to_string();
            let report: Report = serde_json::from_str(&read_text(p)?).map_err(|e| {
                format!("{name}: not an eval report (`attrib eval --format json`): {e}")
            })?;
            Some(report)
        }
        None => None,
    };

    let mut docs: Vec<(String, Document)> = Vec::new();
    let mut system: Vec<Statement> = Vec::new();
    reader
        .documents(o.paths, |name, doc| {
            let ex = extractor.extract(&doc);
            system.extend(eval::statement::system(&doc, &ex));
            docs.push((name.to_string(), doc));
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    bad |= !reader.finish();
    // each document's characters, for the code-point offsets of the gold
    let chars: std::collections::HashMap<&str, Vec<char>> = docs
        .iter()
        .map(|(_, d)| (d.id.as_str(), d.text.chars().collect()))
        .collect();
    for g in &gold {
        if let Some(chars) = chars.get(g.doc.as_str()) {
            if let Err(message) = eval::statement::check_offsets(g, chars) {
                say!(
                    "attrib: error: {gold_name}:{}: {message}",
                    g.line.unwrap_or(0)
                );
                bad = true;
            }
        }
    }
    if bad {
        return Ok(ExitCode::from(2));
    }
    let refs: Vec<Doc> = docs
        .iter()
        .map(|(file, d)| Doc {
            id: &d.id,
            file,
            text: &d.text,
        })
        .collect();
    let added: Vec<_> = extractor.lexicon.user_rules().collect();
    let report = eval::evaluate(&refs, &gold, &system, &added);

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if o.json {
        report.write_json(&mut out)
    } else {
        report.write_text(&mut out, baseline.as_ref())
    };
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.to_string()),
        _ => {}
    }
    let Some(baseline) = baseline else {
        return Ok(ExitCode::SUCCESS);
    };
    let drops = report.drops(&baseline, o.tolerance);
    for d in &drops {
        say!(
            "attrib: regression: {} F1 {:.4} → {:.4} (baseline {}, tolerance {})",
            d.name,
            d.baseline,
            d.now,
            o.baseline
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            o.tolerance
        );
    }
    Ok(if drops.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn read_text(p: &Path) -> Result<String, String> {
    let source = Source::File(p.to_path_buf());
    if !p.exists() {
        return Err(format!("{}: no such file", p.display()));
    }
    input::read(&source).map_err(|e| e.to_string())
}
