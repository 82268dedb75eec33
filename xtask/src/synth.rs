//! `cargo xtask synth --entries N --out DIR [--seed S]`: a realistic synthetic catalog for
//! benchmarks — documents in every adapter family, English and Chinese texts of realistic
//! length, code shapes like the real ones (negative, hex, 7- and 8-digit), some duplicates and
//! some acknowledged conflicts — so that the whole pipeline runs at scale. Deterministic for
//! a seed.

use anyhow::Context as _;
use clap::Args as ClapArgs;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    /// Approximate number of entries to generate.
    #[arg(long)]
    entries: usize,
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stats = generate(args.entries, &args.out, args.seed)?;
    println!(
        "synth: {} entries in {} sources ({} rows) → {}",
        stats.entries,
        stats.sources,
        stats.rows,
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub struct Stats {
    pub entries: usize,
    pub rows: usize,
    pub sources: usize,
}

const EN_WORDS: &[&str] = &[
    "network",
    "connection",
    "server",
    "timeout",
    "stream",
    "publish",
    "play",
    "room",
    "channel",
    "token",
    "signature",
    "device",
    "camera",
    "microphone",
    "speaker",
    "render",
    "decode",
    "encode",
    "frame",
    "resolution",
    "bitrate",
    "socket",
    "heartbeat",
    "request",
    "response",
    "parameter",
    "browser",
    "permission",
    "capture",
    "screen",
    "audio",
    "video",
    "mixing",
    "relay",
    "session",
    "gateway",
    "node",
    "dispatch",
    "login",
    "logout",
    "user",
    "role",
    "track",
    "buffer",
    "latency",
    "packet",
    "retry",
    "handshake",
    "certificate",
    "quota",
    "license",
    "configuration",
    "state",
    "engine",
];
const EN_VERBS: &[&str] = &[
    "failed",
    "timed out",
    "was rejected",
    "is invalid",
    "is not supported",
    "was interrupted",
    "is unavailable",
    "exceeded the limit",
    "was closed",
    "is occupied",
    "was not found",
    "is too long",
    "is empty",
    "expired",
];
const EN_ADVICE: &[&str] = &[
    "Check the network and retry.",
    "Call the interface again after the previous call completes.",
    "Verify the parameters passed to the interface.",
    "Contact technical support with the log file.",
    "Ask the user to grant the permission and try again.",
    "Switch to a supported browser.",
    "Regenerate the token on your server and rejoin.",
    "Reduce the request frequency.",
];
const ZH_PHRASES: &[&str] = &[
    "网络连接",
    "服务器",
    "推流",
    "拉流",
    "房间",
    "频道",
    "鉴权",
    "令牌",
    "设备",
    "摄像头",
    "麦克风",
    "渲染",
    "解码",
    "编码",
    "心跳",
    "请求",
    "参数",
    "浏览器",
    "权限",
    "采集",
    "屏幕共享",
    "混流",
    "转推",
    "会话",
    "网关",
    "调度",
    "登录",
    "用户",
    "角色",
    "缓冲",
    "延迟",
    "重试",
    "握手",
    "证书",
    "配额",
    "配置",
    "状态",
    "引擎",
];
const ZH_VERBS: &[&str] = &[
    "失败",
    "超时",
    "被拒绝",
    "无效",
    "不支持",
    "中断",
    "不可用",
    "超出上限",
    "已关闭",
    "被占用",
    "不存在",
    "过长",
    "为空",
    "已过期",
];
const ZH_ADVICE: &[&str] = &[
    "请检查网络是否正常",
    "请联系技术支持解决",
    "请检查参数是否正确",
    "请稍后重试",
    "请确认已授予权限",
    "请重新生成令牌后重新登录",
];

struct Gen {
    rng: ChaCha8Rng,
    names: usize,
}

impl Gen {
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list.choose(&mut self.rng).copied().unwrap_or("")
    }

    fn sentence_en(&mut self) -> String {
        let mut s = String::new();
        let n = self.rng.gen_range(1..=3);
        for i in 0..n {
            let a = self.pick(EN_WORDS);
            let b = self.pick(EN_WORDS);
            let v = self.pick(EN_VERBS);
            let clause = format!("{a} {b} {v}");
            if i == 0 {
                let mut c = clause.chars();
                if let Some(f) = c.next() {
                    s.push(f.to_ascii_uppercase());
                    s.push_str(c.as_str());
                }
            } else {
                s.push_str(", and the ");
                s.push_str(&clause);
            }
        }
        s.push('.');
        s
    }

    fn sentence_zh(&mut self) -> String {
        let mut s = String::new();
        for _ in 0..self.rng.gen_range(1..=3) {
            s.push_str(self.pick(ZH_PHRASES));
        }
        s.push_str(self.pick(ZH_VERBS));
        s.push(' ');
        s.push_str(self.pick(ZH_ADVICE));
        s
    }

    /// A unique symbolic name in the given style.
    fn name(&mut self, prefix: &str, camel: bool) -> String {
        self.names += 1;
        let a = self.pick(EN_WORDS);
        let b = self.pick(EN_WORDS);
        if camel {
            let cap = |w: &str| {
                let mut c = w.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            };
            format!("k{}{}{}Error{}", prefix, cap(a), cap(b), self.names)
        } else {
            format!("{prefix}_{}_{}_{}", a.to_uppercase(), b.to_uppercase(), self.names)
        }
    }
}

struct Source {
    id: String,
    file: String,
    body: String,
    manifest: String,
}

/// Writes the catalog and returns what it holds.
pub fn generate(entries: usize, out: &Path, seed: u64) -> anyhow::Result<Stats> {
    let mut g = Gen { rng: ChaCha8Rng::seed_from_u64(seed), names: 0 };
    let share = |pct: usize| (entries * pct).div_ceil(100).max(1);
    let mut acks = String::from("# Acknowledged conflicts of the synthetic catalog.\n");
    let mut rows = 0;
    let sources = vec![
        text_rows(&mut g, share(15), &mut rows),
        code_blocks(&mut g, share(25), &mut rows),
        markdown_zh(&mut g, share(20), &mut rows, &mut acks),
        markdown_hex(&mut g, share(15), &mut rows),
        api_members(&mut g, share(15), &mut rows),
        html_table(&mut g, share(10), &mut rows),
    ];
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("cannot clear {}", out.display()))?;
    }
    for s in &sources {
        let dir = out.join("sources").join(&s.id);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(&s.file), &s.body)?;
        let sha: String = Sha256::digest(s.body.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        std::fs::write(dir.join("source.toml"), s.manifest.replace("{SHA}", &sha))?;
    }
    std::fs::write(out.join("policy.toml"), acks)?;
    let total: usize = [15, 25, 20, 15, 15, 10].iter().map(|p| share(*p)).sum();
    Ok(Stats { entries: total, rows, sources: sources.len() })
}

fn manifest(id: &str, vendor: &str, lang: &str, file: &str, namespace: &str, format: &str) -> String {
    format!(
        "id = \"{id}\"\nvendor = \"{vendor}\"\nvendor_name = \"Synthetic {vendor}\"\nproduct = \"{id} SDK\"\nplatforms = [\"Android\", \"iOS\", \"Web\"]\nlanguage = \"{lang}\"\ntitle = \"Error codes of {id}\"\nretrieved = \"2026-11-23\"\nfile = \"{file}\"\nsha256 = \"{{SHA}}\"\nnamespace = \"{namespace}\"\n\n[format]\n{format}"
    )
}

fn text_rows(g: &mut Gen, n: usize, rows: &mut usize) -> Source {
    let mut body = String::from("Error Codes\n\n");
    let per = 400;
    for (s, chunk) in (0..n).collect::<Vec<_>>().chunks(per).enumerate() {
        let _ = write!(body, "Section {s} events\n\nThese codes are reported by the player and the pusher.\n\nError Code Event Description\n");
        for &i in chunk {
            let code = if i % 3 == 0 { -(10_000 + i as i64) } else { 10_000 + i as i64 };
            let name = g.name(if code < 0 { "PUSH_ERR" } else { "PUSH_EVT" }, false);
            let _ = writeln!(body, "{code} {name} {}", g.sentence_en());
            if i % 50 == 7 {
                let _ = writeln!(body, "Note: {}", g.sentence_en());
            }
            *rows += 1;
        }
        body.push('\n');
    }
    let format = "family = \"text-rows\"\nheader = '^Error Code Event Description$'\ncolumns = [\"code\", \"name\", \"description\"]\nseverity = \"warning\"\n\n[[format.sections]]\nheading_pattern = '^Section \\d+ events$'\n\n[[format.severity_rules]]\nnegative = true\nseverity = \"error\"\n";
    Source {
        id: "synth-rows-en".into(),
        file: "rows.txt".into(),
        body,
        manifest: manifest("synth-rows-en", "alpha", "en", "rows.txt", "synth-rows", format),
    }
}

fn code_blocks(g: &mut Gen, n: usize, rows: &mut usize) -> Source {
    let mut body = String::from("Common Error codes\n\n");
    let per = 900;
    for (s, chunk) in (0..n).collect::<Vec<_>>().chunks(per).enumerate() {
        let hi = 10 + s / 100;
        let (a, b) = (hi * 100 + s % 100, (hi + 1) * 100 + s % 100);
        let _ = write!(
            body,
            "{a}xxx/{b}xxx Section {s} errors\n\nErrors of section {s}.\n\nError codeDescription\n"
        );
        for (k, _) in chunk.iter().enumerate() {
            let base = if k % 2 == 0 { a } else { b };
            let code = base * 1000 + k / 2;
            let _ = writeln!(body, "{code}Description: {}", g.sentence_en());
            let _ = writeln!(body, "Possible cause: {}", g.sentence_en());
            let _ = writeln!(body, "Suggestion: {}", g.pick(EN_ADVICE));
            *rows += 1;
        }
        body.push('\n');
    }
    let format = "family = \"code-blocks\"\nheader = '^Error codeDescription$'\nseverity = \"error\"\n\n[format.labels]\n\"Description:\" = \"description\"\n\"Possible cause:\" = \"cause\"\n\"Suggestion:\" = \"suggestion\"\n\n[[format.sections]]\nheading_pattern = '^(?P<range>\\d{4}xxx(?:/\\d{4}xxx)*)\\s+(?P<title>.+)$'\n";
    Source {
        id: "synth-blocks-en".into(),
        file: "blocks.txt".into(),
        body,
        manifest: manifest("synth-blocks-en", "beta", "en", "blocks.txt", "synth-blocks", format),
    }
}

fn markdown_zh(g: &mut Gen, n: usize, rows: &mut usize, acks: &mut String) -> Source {
    let mut body = String::from("常见错误码\n\n");
    let per = 300;
    let mut written: Vec<(String, i64, String)> = Vec::new();
    for (s, chunk) in (0..n).collect::<Vec<_>>().chunks(per).enumerate() {
        let _ = write!(body, "{} 第{s}部分\n\n调用接口后，如果回调返回的错误码非0，请查看以下错误码。\n\n| 错误码枚举 | 枚举值 | 说明 |\n|---|---|---|\n", s + 1);
        for (k, &i) in chunk.iter().enumerate() {
            let code = 10_000_000 + (i as i64) * 7;
            let name = g.name("Synth", true);
            let text = g.sentence_zh();
            let _ = writeln!(body, "| {name} | {code} | {text} |");
            written.push((name, code, text));
            *rows += 1;
            if k > 0 && k % 40 == 0 {
                // A page break: the table continues under an empty header.
                body.push_str("\n| | | |\n|---|---|---|\n");
            }
        }
        // Codes repeated from an earlier section: most with the same text (duplicates), a
        // few with another text (conflicts, acknowledged in policy.toml).
        if s > 0 {
            for r in 0..chunk.len() / 50 {
                let (name, code, text) = written[g.rng.gen_range(0..written.len() - chunk.len())].clone();
                if r % 6 == 5 {
                    let other = g.sentence_zh();
                    let _ = writeln!(body, "| {name} | {code} | {other} |");
                    if !acks.contains(&format!("code = {code}\n")) {
                        let _ = write!(acks, "\n[[acknowledge]]\nid = \"conflicting-meaning\"\nnamespace = \"synth-zh\"\ncode = {code}\nreason = \"synthetic conflict\"\n");
                    }
                } else {
                    let _ = writeln!(body, "| {name} | {code} | {text} |");
                }
                *rows += 1;
            }
        }
        body.push('\n');
    }
    let format = "family = \"markdown-table\"\ncolumns = [\"name\", \"code\", \"description\"]\nseverity = \"error\"\n\n[[format.sections]]\nheading_pattern = '^\\d+ 第\\d+部分$'\n";
    Source {
        id: "synth-md-zh".into(),
        file: "codes.md".into(),
        body,
        manifest: manifest("synth-md-zh", "gamma", "zh-Hans", "codes.md", "synth-zh", format),
    }
}

fn markdown_hex(g: &mut Gen, n: usize, rows: &mut usize) -> Source {
    let mut body =
        String::from("# 错误码表\n\n|十六进制|十进制|错误描述|描述|建议您|\n|----|---|----|--|---|\n");
    let mut i = 0;
    while i < n {
        let v = 0x0102_0000 + i as i64 * 3;
        if i % 25 == 3 && i + 2 < n {
            let vs = [v, v + 1, v + 2];
            let hexes: Vec<String> = vs.iter().map(|v| format!("-   0x{v:08X}")).collect();
            let decs: Vec<String> = vs.iter().map(|v| format!("-   {v}")).collect();
            let _ = write!(
                body,
                "|{}\n\n|{}\n\n|{}|{}|{}|\n",
                hexes.join("\n"),
                decs.join("\n"),
                g.sentence_en(),
                g.sentence_zh(),
                g.pick(ZH_ADVICE)
            );
            i += 3;
        } else {
            let _ = writeln!(
                body,
                "|0x{v:08X}|{v}|{}|{}|{}|",
                g.sentence_en(),
                g.sentence_zh(),
                g.pick(ZH_ADVICE)
            );
            i += 1;
        }
        *rows += 1;
    }
    let format = "family = \"markdown-table\"\ncolumns = [\"hex\", \"code\", \"message\", \"description\", \"suggestion\"]\nseverity = \"error\"\n\n[format.column_languages]\nmessage = \"en\"\n\n[[format.sections]]\nheading = \"# 错误码表\"\n";
    Source {
        id: "synth-hex-zh".into(),
        file: "hex.md".into(),
        body,
        manifest: manifest("synth-hex-zh", "delta", "zh-Hans", "hex.md", "synth-hex", format),
    }
}

fn api_members(g: &mut Gen, n: usize, rows: &mut usize) -> Source {
    let mut body = String::from("ErrorCode\n\nMembers\n\n");
    for i in 0..n {
        let name = g.name("API", false);
        let _ = write!(
            body,
            "(static) {name}\n\nDefault Value:\n  • 0x{:X}\n\n{}\n",
            0x10000 + i,
            g.sentence_en()
        );
        if i % 10 == 0 {
            let _ = writeln!(body, "Handling suggestion: {}", g.pick(EN_ADVICE));
        }
        if i % 97 == 0 {
            body.push_str("\nNote\n\n  • Starting from v4.6.5, the SDK does not throw this error anymore.\n");
        }
        body.push('\n');
        *rows += 1;
    }
    let format = "family = \"api-members\"\nmember = '^\\(static\\)\\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)$'\nvalue_label = \"Default Value:\"\nnotes_heading = \"Note\"\nseverity = \"error\"\ndeprecation_patterns = ['does not throw this error anymore']\n\n[format.labels]\n\"Handling suggestion:\" = \"suggestion\"\n\n[[format.sections]]\nheading = \"Members\"\n";
    Source {
        id: "synth-api-en".into(),
        file: "api.txt".into(),
        body,
        manifest: manifest("synth-api-en", "alpha", "en", "api.txt", "synth-api", format),
    }
}

fn html_table(g: &mut Gen, n: usize, rows: &mut usize) -> Source {
    let mut body = String::from("<!doctype html>\n<html><body>\n");
    for (s, chunk) in (0..n).collect::<Vec<_>>().chunks(500).enumerate() {
        let _ = write!(
            body,
            "<h2>Group {s}</h2>\n<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
        );
        for &i in chunk {
            let name = g.name("HTML_ERR", false);
            let _ = writeln!(
                body,
                "<tr><td>{}</td><td>{name}</td><td>{}</td></tr>",
                500_000 + i,
                g.sentence_en()
            );
            *rows += 1;
        }
        body.push_str("</table>\n");
    }
    body.push_str("</body></html>\n");
    let format =
        "family = \"html-table\"\ncolumns = [\"code\", \"name\", \"description\"]\nseverity = \"error\"\n";
    Source {
        id: "synth-html-en".into(),
        file: "codes.html".into(),
        body,
        manifest: manifest("synth-html-en", "beta", "en", "codes.html", "synth-html", format),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_large_synthetic_catalog_lints_clean_and_builds_paginated_without_broken_links() {
        let tmp = tempfile::tempdir().expect("tmp");
        let cat = tmp.path().join("catalog");
        let stats = super::generate(6000, &cat, 7).expect("synth");
        assert!(stats.entries >= 6000);
        let catalog = catalog::load(&cat).expect("loads");
        assert_eq!(catalog.blocking(false).count(), 0, "{}", catalog.render_human());
        assert!(catalog.diagnostics.iter().any(|d| d.id == "duplicate"), "duplicates are generated");
        assert!(
            catalog.diagnostics.iter().any(|d| d.id == "conflicting-meaning" && d.is_resolved()),
            "acknowledged conflicts"
        );
        assert_eq!(catalog.sources.len(), 6, "one document per family");
        let out = tmp.path().join("site");
        sitegen::build(&sitegen::Options {
            catalog: cat.clone(),
            out: out.clone(),
            base_url: "/".into(),
            site_url: None,
        })
        .expect("builds");
        assert!(out.join("synth-blocks/page/2/index.html").exists(), "long namespace listings are paginated");
        assert!(
            out.join("sources/synth-blocks-en/page/2/index.html").exists(),
            "long source tables are paginated"
        );
        let broken = sitegen::links::broken_links(&out, "/");
        assert!(broken.is_empty(), "{:?}", &broken[..broken.len().min(5)]);
        let again = tmp.path().join("catalog2");
        super::generate(6000, &again, 7).expect("synth again");
        for f in ["sources/synth-md-zh/codes.md", "sources/synth-hex-zh/hex.md", "policy.toml"] {
            assert_eq!(
                std::fs::read(cat.join(f)).ok(),
                std::fs::read(again.join(f)).ok(),
                "{f} is deterministic for a seed"
            );
        }
    }
}
