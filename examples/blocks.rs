//! Dumps every text block of the pages given, with its feature vector, for the training of
//! the block scorer (`make train`, `scripts/train/`).
//!
//! `cargo run --release --features cli --example blocks -- OUT.jsonl LIST`, where each line of
//! LIST is a page id, a tab and the page's path,
//! writes one JSON object per page and line: `{"id": ID, "blocks": [[text, [features], [element
//! and ancestors]]…], "page": [page features]}`, and a first line `{"features": [names],
//! "page_features": [names]}`. Pages may be gzipped.
use std::io::{Read, Write};

use declutter::internals::{page_records, BlockRecord, Feature, PageFeature};
use declutter::Options;

fn main() {
    let mut args = std::env::args().skip(1);
    let out_path = args.next().expect("usage: blocks OUT.jsonl LIST");
    let list = std::fs::read_to_string(args.next().expect("usage: blocks OUT.jsonl LIST"))
        .expect("read LIST");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path).expect("create OUT"));
    let names =
        serde_json::json!({ "features": Feature::NAMES, "page_features": PageFeature::NAMES });
    writeln!(out, "{names}").expect("write");
    for line in list.lines().filter(|l| !l.is_empty()) {
        let (id, path) = line.split_once('\t').expect("ID<tab>PATH");
        let html = read_page(path);
        let record = page_records(
            &declutter::internals::decode_html(&html),
            &Options::default(),
        );
        let (blocks, page): (Vec<serde_json::Value>, Vec<f64>) = match &record {
            Some(r) => (
                r.blocks.iter().map(block_json).collect(),
                r.page.0.iter().map(|&x| round(x)).collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        writeln!(
            out,
            "{}",
            serde_json::json!({ "id": id, "blocks": blocks, "page": page })
        )
        .expect("write");
    }
}

/// A block as `[text, [features], [element and ancestors]]`.
fn block_json(r: &BlockRecord) -> serde_json::Value {
    let features: Vec<f64> = r.features.0.iter().map(|&x| round(x)).collect();
    serde_json::json!([r.text, features, r.path])
}

/// Features with four decimals: enough for the trees, half the file.
fn round(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

fn read_page(path: &str) -> Vec<u8> {
    let bytes = std::fs::read(path).expect("read page");
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return bytes;
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..])
        .read_to_end(&mut out)
        .expect("gunzip");
    out
}
