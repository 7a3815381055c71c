//! A small JSON reader for JSON-LD (`<script type="application/ld+json">`), in place of
//! serde_json, whose `Value` parser cost about 6 KB of the gzipped wasm module.
//!
//! It accepts exactly the texts serde_json's `from_str::<Value>` accepts (RFC 8259, nesting up to
//! 127 levels, no lone surrogates in `\u` escapes, numbers within the range of an `f64`), with
//! one simplification: numbers are kept as written (a price, a weight), not as values.
//! Repeated keys: the last one counts, as with serde_json.

/// Nesting serde_json accepts: its budget of 128 runs out on the 128th level.
const MAX_DEPTH: u32 = 128;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, syntax- and range-checked, as the text wrote it.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON object's members in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// The value of `key`; the last one when the key is repeated.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }
}

impl Value {
    /// The value of `key` in an object, `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses a JSON text; `None` when it is not valid JSON.
pub fn parse(text: &str) -> Option<Value> {
    let mut parser = Parser { text, pos: 0 };
    let value = parser.value(MAX_DEPTH)?;
    parser.skip_whitespace();
    (parser.pos == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The value at the cursor, after optional whitespace; `depth` levels of nesting are left.
    fn value(&mut self, depth: u32) -> Option<Value> {
        self.skip_whitespace();
        match self.peek()? {
            b'{' | b'[' if depth <= 1 => None,
            b'{' => self
                .members(b'}', |parser| {
                    parser.skip_whitespace();
                    if parser.peek() != Some(b'"') {
                        return None;
                    }
                    let key = parser.string()?;
                    parser.skip_whitespace();
                    if !parser.eat(b':') {
                        return None;
                    }
                    Some((key, parser.value(depth - 1)?))
                })
                .map(|members| Value::Object(Map(members))),
            b'[' => self
                .members(b']', |parser| parser.value(depth - 1))
                .map(Value::Array),
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// The comma-separated items of an array or object, from its opening bracket to `close`.
    fn members<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            self.skip_whitespace();
            if self.eat(close) {
                return Some(items);
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Option<Value> {
        self.text[self.pos..].starts_with(word).then(|| {
            self.pos += word.len();
            value
        })
    }

    /// A string from its opening quote; control characters must be escaped.
    fn string(&mut self) -> Option<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.pos += 1;
            }
            // The scan stops only at ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[start..self.pos]);
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                _ => return None,
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.pos += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => match self.hex4()? {
                high @ 0xD800..=0xDBFF => {
                    if !(self.eat(b'\\') && self.eat(b'u')) {
                        return None;
                    }
                    let low = self.hex4().filter(|low| (0xDC00..=0xDFFF).contains(low))?;
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                }
                code => char::from_u32(code)?, // None for a lone trailing surrogate
            },
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    fn digits(&mut self) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        &self.text[start..self.pos]
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, refused beyond the range of an `f64`.
    fn number(&mut self) -> Option<Value> {
        let start = self.pos;
        self.eat(b'-');
        let int = match self.peek()? {
            b'0' => {
                self.pos += 1;
                ""
            }
            b'1'..=b'9' => self.digits(),
            _ => return None,
        };
        let frac = if self.eat(b'.') {
            Some(self.digits()).filter(|d| !d.is_empty())?
        } else {
            ""
        };
        let mut exponent: i64 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let negative = self.eat(b'-');
            if !negative {
                self.eat(b'+');
            }
            let digits = Some(self.digits()).filter(|d| !d.is_empty())?;
            exponent = digits.bytes().fold(0i64, |e, d| {
                e.saturating_mul(10).saturating_add(i64::from(d - b'0'))
            });
            if negative {
                exponent = -exponent;
            }
        }
        within_f64(int, frac, exponent)
            .then(|| Value::Number(self.text[start..self.pos].to_string()))
    }
}

/// Whether `int.frac × 10^exponent` (`int` empty for a leading 0) is at most `f64::MAX`, about
/// 1.7976931348623157e308: serde_json refuses numbers that come out infinite.
fn within_f64(int: &str, frac: &str, exponent: i64) -> bool {
    // The decimal exponent of the first significant digit, and the digits from there on.
    let (first, digits) = if int.is_empty() {
        let zeros = frac.bytes().take_while(|&b| b == b'0').count();
        if zeros == frac.len() {
            return true; // zero, whatever the exponent
        }
        (-(zeros as i64) - 1, [&frac[zeros..], ""])
    } else {
        (int.len() as i64 - 1, [int, frac])
    };
    match first.saturating_add(exponent) {
        order if order < 308 => true,
        308 => digits.concat().trim_end_matches('0') <= "17976931348623157",
        _ => false,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether our value and serde_json's are the same document (numbers compared as "a number").
    fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
        use serde_json::Value as J;
        match (ours, theirs) {
            (Value::Null, J::Null) | (Value::Number(_), J::Number(_)) => true,
            (Value::Bool(a), J::Bool(b)) => a == b,
            (Value::String(a), J::String(b)) => a == b,
            (Value::Array(a), J::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            (Value::Object(a), J::Object(b)) => {
                let keys: std::collections::BTreeSet<&str> =
                    a.0.iter().map(|(k, _)| k.as_str()).collect();
                keys.len() == b.len()
                    && b.iter()
                        .all(|(k, v)| a.get(k).is_some_and(|ours| same(ours, v)))
            }
            _ => false,
        }
    }

    /// Parses `text` with both readers and fails unless they agree.
    fn agree(text: &str) -> Result<(), String> {
        match (parse(text), serde_json::from_str::<serde_json::Value>(text)) {
            (Some(ours), Ok(theirs)) if same(&ours, &theirs) => Ok(()),
            (None, Err(_)) => Ok(()),
            (ours, theirs) => Err(format!("{text:?}: ours {ours:?}, serde_json {theirs:?}")),
        }
    }

    #[test]
    fn json_ld_documents() {
        let text = r#"{"@context":"https://schema.org","@graph":[{"@type":["NewsArticle"],"headline":"Caf\u00e9 \"Zur Post\" \ud83d\ude00",
            "author":[{"@type":"Person","name":"A"},"B"],"image":{"url":"/a.jpg","width":1200,"ratio":1.5e0},"isPart":null,"free":true}]}"#;
        agree(text).unwrap();
        let value = parse(text).unwrap();
        let article = &value
            .get("@graph")
            .and_then(|g| {
                if let Value::Array(items) = g {
                    items.first()
                } else {
                    None
                }
            })
            .unwrap();
        assert_eq!(
            article.get("headline").and_then(Value::as_str),
            Some("Café \"Zur Post\" 😀")
        );
        assert_eq!(
            article
                .get("image")
                .and_then(|i| i.get("url"))
                .and_then(Value::as_str),
            Some("/a.jpg")
        );
        assert_eq!(
            article.get("image").and_then(|i| i.get("ratio")),
            Some(&Value::Number("1.5e0".into()))
        );
        assert_eq!(
            parse(r#"{"a":1,"a":"last"}"#)
                .unwrap()
                .get("a")
                .and_then(Value::as_str),
            Some("last")
        );
    }

    /// Checks that each text is `accepted` (or refused) by both readers.
    fn check_all(accepted: bool, texts: &[&str]) {
        for text in texts {
            assert_eq!(parse(text).is_some(), accepted, "{text:?}");
            agree(text).unwrap();
        }
    }

    #[test]
    fn what_serde_json_refuses_is_refused() {
        check_all(
            false,
            &[
                "",
                " ",
                "{",
                "[1,]",
                "{\"a\":1,}",
                "{a:1}",
                "{\"a\" 1}",
                "[1 2]",
                "01",
                "-",
                "1.",
                ".5",
                "+1",
                "1e",
                "1e+",
                "0x10",
                "tru",
                "nulll",
                "NaN",
                "Infinity",
                "\"a",
                "\"\t\"",
                "\"\\x\"",
                "\"\\u12\"",
                "\"\\uZZZZ\"",
                "\"\\ud800\"",
                "\"\\udc00\"",
                "\"\\ud800\\u0041\"",
                "\"\\ud800x\"",
                "[1] x",
                "'a'",
                "// c\n1",
                "\u{feff}1",
                "1e309",
                "2e308",
                "-1.8e308",
                "1e99999999999999999999",
                &format!("1{}", "0".repeat(309)),
                &format!("-0.{}1e330", "0".repeat(20)),
            ],
        );
    }

    #[test]
    fn what_serde_json_accepts_is_accepted() {
        check_all(
            true,
            &[
                "0",
                "-0",
                "1.5",
                "-1.5E-3",
                "1e+2",
                "1.7e308",
                "1.7976931348623157e308",
                "0e99999999999999999999",
                "1e-99999999999999999999",
                "0.000000001e300",
                "\"\\u0000\\/\\b\\f\\n\\r\\t\"",
                " [ ] ",
                "{}",
                "\"é\u{1F600}\"",
                "[[[]],{\"\":{}}]",
                "null",
                " true\n",
                "false\r\n\t",
                &format!("9{}", "0".repeat(307)),
                &format!("0.{}1e300", "0".repeat(20)),
            ],
        );
    }

    #[test]
    fn nesting_limit_is_serde_jsons() {
        for depth in [126, 127, 128, 129] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
                agree(&text).unwrap();
                assert_eq!(parse(&text).is_some(), depth <= 127, "depth {depth}");
            }
        }
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_none());
    }

    /// Text made of JSON fragments, valid and broken.
    fn fragments() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..24).prop_map(|pieces| pieces.concat())
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            " ",
            "\n",
            "\"a\"",
            "\"@type\"",
            "\"\\u00e9\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\n\"",
            "\"\t\"",
            "\"é\"",
            "\\",
            "\"",
            "0",
            "-0",
            "01",
            "1.5e3",
            "1e999",
            "-",
            ".",
            "e",
            "true",
            "false",
            "null",
            "nul",
            "\"x\":1",
            "1e308",
            "9e308",
            ";",
            "'",
            "/",
            "x",
            "\u{feff}",
            "\u{a0}",
            "",
        ])
    }

    /// serde_json values, serialized: our reader must read them back.
    fn documents() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(|f| serde_json::json!(f)),
            any::<i64>().prop_map(|n| serde_json::json!(n)),
            any::<String>().prop_map(serde_json::Value::String),
        ];
        let value = leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        });
        (value, any::<bool>()).prop_map(|(value, pretty)| {
            if pretty {
                serde_json::to_string_pretty(&value)
            } else {
                serde_json::to_string(&value)
            }
            .unwrap()
        })
    }

    /// A serialized document with one span (up to 3 characters) replaced by a fragment.
    fn mutated() -> impl Strategy<Value = String> {
        (
            documents(),
            any::<prop::sample::Index>(),
            0..4usize,
            piece(),
        )
            .prop_map(|(text, at, len, piece)| {
                let chars: Vec<char> = text.chars().collect();
                let start = at.index(chars.len() + 1);
                let end = (start + len).min(chars.len());
                chars[..start]
                    .iter()
                    .chain(piece.chars().collect::<Vec<_>>().iter())
                    .chain(&chars[end..])
                    .collect()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn agrees_with_serde_json_on_mutated_documents(text in mutated()) {
            agree(&text).map_err(TestCaseError::fail)?;
        }

        #[test]
        fn agrees_with_serde_json_on_fragments(text in fragments()) {
            agree(&text).map_err(TestCaseError::fail)?;
        }

        #[test]
        fn reads_what_serde_json_writes(text in documents()) {
            prop_assert!(parse(&text).is_some(), "{:?}", text);
            agree(&text).map_err(TestCaseError::fail)?;
        }
    }
}
