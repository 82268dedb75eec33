//! Mutation test of zero silent loss: the real documents and SDK files are mutated the way converters
//! and editors damage pages (a line deleted, doubled, joined, swapped, indented; a character
//! inserted or deleted; a word's case changed), and every code row the mutation left intact
//! must still be read, or the mutant must raise an error the original did not have.
//! `MUTATION_REPORT=1` prints the loss rate with and without the `unread-row` check.

mod common;
use catalog::adapters::{self, Input};
use catalog::diag::Level;
use catalog::lint::Lint;
use catalog::manifest::Manifest;
use catalog::text::Document;
use common::repo_root;

const MUTANTS_PER_SOURCE: usize = 400;

/// A small deterministic generator (64-bit LCG): the same mutants on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// A mutated document and, for each original line, its line in the mutant (None: touched).
struct Mutant {
    lines: Vec<String>,
    map: Vec<Option<usize>>,
}

fn mutate(original: &[String], rng: &mut Rng) -> Mutant {
    let mut lines: Vec<String> = original.to_vec();
    let mut map: Vec<Option<usize>> = (0..original.len()).map(Some).collect();
    let k = rng.below(original.len().saturating_sub(1));
    let shift = |map: &mut Vec<Option<usize>>, from: usize, by: isize| {
        for m in map.iter_mut().flatten() {
            if *m >= from {
                *m = (*m as isize + by) as usize;
            }
        }
    };
    match rng.below(8) {
        0 => {
            lines.remove(k);
            map[k] = None;
            shift(&mut map, k + 1, -1);
        }
        1 => {
            lines.insert(k, original[k].clone());
            map[k] = None;
            shift(&mut map, k + 1, 1);
        }
        2 => {
            let next = lines.remove(k + 1);
            lines[k].push(' ');
            lines[k].push_str(&next);
            map[k] = None;
            map[k + 1] = None;
            shift(&mut map, k + 2, -1);
        }
        3 => {
            lines.swap(k, k + 1);
            map[k] = None;
            map[k + 1] = None;
        }
        4 => lines[k] = format!("    {}", lines[k]),
        5 => {
            let at = char_boundary(&lines[k], rng.below(lines[k].len() + 1));
            lines[k].insert(at, ['|', ' ', '-', '#', ':', '0'][rng.below(6)]);
        }
        6 => {
            if !lines[k].is_empty() {
                let at = char_boundary(&lines[k], rng.below(lines[k].len()));
                let end = at + lines[k][at..].chars().next().map(char::len_utf8).unwrap_or(0);
                lines[k].replace_range(at..end, "");
            }
        }
        _ => lines[k] = flip_case_of_a_word(&lines[k], rng),
    }
    if map[k].is_some_and(|m| lines.get(m) != Some(&original[k])) {
        map[k] = None;
    }
    Mutant { lines, map }
}

fn char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn flip_case_of_a_word(line: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    let k = rng.below(words.len());
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i != k {
                return (*w).to_owned();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(c) if c.is_uppercase() => c.to_lowercase().chain(cs).collect(),
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

struct Parsed {
    rows: Vec<(i64, u32, u32)>,
    errors: usize,
    unread: usize,
}

fn parse(manifest: &Manifest, text: &str) -> Parsed {
    let doc = Document::decode(text.as_bytes());
    let input = Input {
        source_id: &manifest.id,
        namespace: &manifest.namespace,
        lang: manifest.language,
        file: "doc",
        doc: &doc,
        format: &manifest.format,
        includes: &[],
    };
    let out = adapters::parse(&input);
    // An enum member whose value is not written (`kB,` after `kA = 1,`) counts from the member
    // before it: deleting that one changes its value, so its row reaches back to that row.
    let mut rows: Vec<(i64, u32, u32)> = Vec::with_capacity(out.occurrences.len());
    let mut previous: Option<(&str, u32)> = None;
    for o in &out.occurrences {
        let group = o.section.first().map(String::as_str).unwrap_or("");
        let implicit = o.names.first().is_some_and(|n| n.span == o.code_span);
        let first = match previous {
            Some((g, line)) if implicit && g == group => line,
            _ => o.span.line,
        };
        rows.push((o.code, first, o.last_line));
        previous = Some((group, first));
    }
    Parsed {
        rows,
        errors: out
            .diagnostics
            .iter()
            .filter(|d| d.severity == Level::Error && d.id != Lint::UnreadRow)
            .count(),
        unread: out.diagnostics.iter().filter(|d| d.id == Lint::UnreadRow).count(),
    }
}

/// Whether the mutant lost an intact row of the original without a new error:
/// (with the unread-row check, without it).
fn silent_loss(original: &Parsed, mutant: &Parsed, map: &[Option<usize>]) -> (bool, bool) {
    let lost = original.rows.iter().any(|&(code, first, last)| {
        let mapped: Option<Vec<usize>> =
            (first..=last).map(|l| map.get(l as usize - 1).copied().flatten()).collect();
        let Some(mapped) = mapped else { return false };
        let (a, b) = (mapped[0] as u32 + 1, mapped[mapped.len() - 1] as u32 + 1);
        !mutant.rows.iter().any(|&(c, f, l)| c == code && f <= b && a <= l)
    });
    let louder = mutant.errors > original.errors;
    (lost && !louder && mutant.unread == 0, lost && !louder)
}

#[test]
fn mutated_real_documents_lose_no_row_in_silence() {
    let mut report = Vec::new();
    let (mut total, mut silent, mut silent_without_check) = (0, 0, 0);
    for dir in std::fs::read_dir(repo_root().join("catalog/sources")).expect("sources").flatten() {
        let manifest_text = std::fs::read_to_string(dir.path().join("source.toml")).expect("manifest");
        let manifest = Manifest::parse(&manifest_text).expect("a valid manifest");
        // Decoded as the loader decodes it: SDK headers may be UTF-16.
        let text = Document::decode(&std::fs::read(dir.path().join(&manifest.file)).expect("document")).text;
        let original_lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let original = parse(&manifest, &text);
        let mut rng = Rng(0x5eed ^ original_lines.len() as u64);
        let mut lost_here = 0;
        for _ in 0..MUTANTS_PER_SOURCE {
            let m = mutate(&original_lines, &mut rng);
            let (with, without) =
                silent_loss(&original, &parse(&manifest, &(m.lines.join("\n") + "\n")), &m.map);
            total += 1;
            lost_here += usize::from(with);
            if with && std::env::var_os("MUTATION_DEBUG").is_some() {
                let diff: Vec<String> = m
                    .lines
                    .iter()
                    .enumerate()
                    .filter(|(i, l)| original_lines.get(*i) != Some(l))
                    .take(2)
                    .map(|(i, l)| format!("{}: {l}", i + 1))
                    .collect();
                println!("{}: {diff:?}", manifest.id);
            }
            silent += usize::from(with);
            silent_without_check += usize::from(without);
        }
        report.push(format!(
            "{}: {lost_here} of {MUTANTS_PER_SOURCE} mutants lost a row in silence",
            manifest.id
        ));
    }
    let rate = |n: usize| 100.0 * n as f64 / total as f64;
    let summary = format!(
        "{total} mutants: {silent} ({:.1}%) lose an intact row in silence; without the unread-row check {silent_without_check} ({:.1}%)\n{}",
        rate(silent),
        rate(silent_without_check),
        report.join("\n")
    );
    if std::env::var_os("MUTATION_REPORT").is_some() {
        println!("{summary}");
    }
    assert_eq!(silent, 0, "mutants lose rows in silence (MUTATION_DEBUG=1 shows them):\n{summary}");
}
