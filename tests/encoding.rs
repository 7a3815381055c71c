#![cfg(not(target_arch = "wasm32"))]
//! Decoding raw bytes with `extract_bytes`: `<meta charset>`, `http-equiv` Content-Type,
//! byte order marks, undeclared invalid UTF-8 and NUL bytes.
mod common;

use common::*;

const DE_TITLE: &str = "Neues Bürgerhaus in Bad Tölz eröffnet";
const DE_PARAGRAPHS: [&str; 3] = [
    "Die Stadt Bad Tölz hat am Wochenende ihr neues Bürgerhaus eröffnet. Nach gut zwei Jahren Bauzeit können Vereine, Schulen und Initiativen die hellen Räume an der Isar nutzen, für Proben, Kurse und Versammlungen. Die Baukosten von rund 4,8 Millionen Euro teilen sich der Freistaat Bayern und die Stadt, die den größten Teil über Rücklagen finanziert hat.",
    "Der Bürgermeister sprach bei der Eröffnung von einem „Haus für alle Generationen“. Im Erdgeschoss befindet sich ein Café, das von einem gemeinnützigen Verein betrieben wird und Menschen mit Behinderung beschäftigt. Im ersten Stock gibt es einen großen Saal mit Bühne, der bis zu zweihundert Gäste fasst und für private Feiern gemietet werden kann, der Eintritt zu den Konzerten kostet meist 5 €.",
    "Besonders stolz ist man in Bad Tölz auf die Energiebilanz des Gebäudes: Eine Wärmepumpe, Solarmodule auf dem Dach und eine gute Dämmung sorgen dafür, dass das Bürgerhaus übers Jahr gerechnet mehr Energie erzeugt, als es verbraucht. Die Planer hoffen, dass das Konzept Schule macht und auch andere Gemeinden im Landkreis ähnliche Projekte angehen.",
];

const RU_TITLE: &str = "Городская библиотека открылась после ремонта";
const RU_PARAGRAPHS: [&str; 3] = [
    "Городская библиотека, закрытая на ремонт почти два года, снова открыла свои двери для читателей. За это время в здании заменили крышу, обновили систему отопления и освещения, а в бывшем книгохранилище появился просторный читальный зал с большими окнами, выходящими на реку. Первые посетители пришли ещё до официального открытия.",
    "По словам директора библиотеки, главной задачей ремонта было сделать здание удобным для всех жителей города, в том числе для людей с ограниченными возможностями. У входа установили пандус и лифт, а на каждом этаже появились указатели, набранные крупным шрифтом. Кроме того, библиотека получила новые компьютеры и бесплатный доступ к интернету.",
    "Фонд библиотеки насчитывает более ста двадцати тысяч книг, журналов и газет, многие из которых были переданы в дар местными жителями. Сотрудники надеются, что обновлённое здание станет не только местом для чтения, но и площадкой для лекций, выставок и встреч с писателями. Уже в следующем месяце здесь пройдёт первый литературный фестиваль.",
];

/// A small news page; `charset_tag` is put first in `<head>`.
fn page(lang: &str, charset_tag: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n{charset_tag}\n<title>{title}</title>\n\
         <meta name=\"viewport\" content=\"width=device-width\">\n</head>\n<body>\n\
         <nav class=\"menu\"><a href=\"/\">Start</a> <a href=\"/lokales\">Lokales</a> <a href=\"/sport\">Sport</a></nav>\n\
         <article class=\"story\">\n<h1>{title}</h1>\n<div class=\"story-body\">\n{body}</div>\n</article>\n\
         <footer><a href=\"/impressum\">Impressum</a></footer>\n</body>\n</html>\n"
    )
}

fn encode(encoding: &'static encoding_rs::Encoding, s: &str) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(s);
    assert_eq!(
        used,
        encoding,
        "test set-up: cannot encode as {}",
        encoding.name()
    );
    assert!(
        !unmappable,
        "test set-up: text not representable in {}",
        encoding.name()
    );
    bytes.into_owned()
}

fn assert_german(a: &declutter::Article) {
    assert_eq!(a.title, DE_TITLE);
    for p in DE_PARAGRAPHS {
        assert!(
            blocks(&a.text).contains(&p),
            "paragraph missing or mis-decoded:\n{p}\n--- text:\n{}",
            a.text
        );
    }
    assert!(
        !a.text.contains('\u{fffd}'),
        "replacement characters in correctly declared input:\n{}",
        a.text
    );
}

#[test]
fn meta_charset_iso_8859_1() {
    let html = page(
        "de",
        r#"<meta charset="iso-8859-1">"#,
        DE_TITLE,
        &DE_PARAGRAPHS,
    );
    // Labelled ISO-8859-1 but, as on the real web, holding windows-1252 bytes („ “ €).
    let bytes = encode(encoding_rs::WINDOWS_1252, &html);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "test set-up: the bytes must not be valid UTF-8"
    );
    let a = extract_raw(&bytes, None);
    assert_german(&a);
    assert_eq!(a.lang.as_deref(), Some("de"));
}

#[test]
fn meta_charset_windows_1252_after_other_meta() {
    let tags = r#"<meta name="robots" content="index,follow">
<meta name="description" content="Das neue Bürgerhaus an der Isar ist fertig.">
<meta charset="windows-1252">"#;
    let bytes = encode(
        encoding_rs::WINDOWS_1252,
        &page("de", tags, DE_TITLE, &DE_PARAGRAPHS),
    );
    assert_german(&extract_raw(&bytes, None));
}

#[test]
fn http_equiv_windows_1251_cyrillic() {
    let tag = r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">"#;
    let bytes = encode(
        encoding_rs::WINDOWS_1251,
        &page("ru", tag, RU_TITLE, &RU_PARAGRAPHS),
    );
    let a = extract_raw(&bytes, None);
    assert_eq!(a.title, RU_TITLE);
    for p in RU_PARAGRAPHS {
        assert!(
            blocks(&a.text).contains(&p),
            "paragraph missing or mis-decoded:\n{p}\n--- text:\n{}",
            a.text
        );
    }
    assert!(!a.text.contains('\u{fffd}'));
    assert_eq!(a.lang.as_deref(), Some("ru"));
}

#[test]
fn utf8_bom_is_stripped_and_wins_over_a_wrong_declaration() {
    let html = page(
        "de",
        r#"<meta charset="windows-1252">"#,
        DE_TITLE,
        &DE_PARAGRAPHS,
    );
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(html.as_bytes());
    let a = extract_raw(&bytes, None);
    assert_german(&a);
    for field in [&a.title, &a.text, &a.content, &a.markdown] {
        assert!(
            !field.contains('\u{feff}'),
            "BOM leaked into output: {field:?}"
        );
    }
}

#[test]
fn utf16le_bom() {
    let html = page("de", "", DE_TITLE, &DE_PARAGRAPHS);
    let mut bytes = vec![0xFF, 0xFE];
    for unit in html.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let a = extract_raw(&bytes, None);
    assert_german(&a);
    assert!(!a.text.contains('\u{feff}'));
}

#[test]
fn utf16be_bom() {
    let html = page("ru", "", RU_TITLE, &RU_PARAGRAPHS);
    let mut bytes = vec![0xFE, 0xFF];
    for unit in html.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    let a = extract_raw(&bytes, None);
    assert_eq!(a.title, RU_TITLE);
    assert!(a.text.contains(RU_PARAGRAPHS[2]), "text:\n{}", a.text);
}

#[test]
fn undeclared_utf8_is_the_default() {
    let html = page("de", "", DE_TITLE, &DE_PARAGRAPHS);
    let a = extract_raw(html.as_bytes(), None);
    assert_german(&a);
}

#[test]
fn invalid_utf8_without_declaration_gives_replacement_characters() {
    // Valid UTF-8 throughout, except for a few stray bytes in the middle paragraph.
    let html = page("de", "", DE_TITLE, &DE_PARAGRAPHS);
    let marker = "Im Erdgeschoss";
    let at = html.find(marker).unwrap();
    let mut bytes = html.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(&[0xFF, 0xC3, 0x28, 0x80, b' ']);
    bytes.extend_from_slice(&html.as_bytes()[at..]);
    assert!(std::str::from_utf8(&bytes).is_err());

    let a = extract_raw(&bytes, None);
    assert_eq!(
        a.title, DE_TITLE,
        "the valid UTF-8 around the bad bytes must still decode as UTF-8"
    );
    assert!(a.text.contains(DE_PARAGRAPHS[0]), "text:\n{}", a.text);
    assert!(a.text.contains(DE_PARAGRAPHS[2]), "text:\n{}", a.text);
    assert!(
        a.text.contains('\u{fffd}'),
        "bad bytes become U+FFFD:\n{}",
        a.text
    );
    assert!(a.text.contains(marker));
}

#[test]
fn nul_bytes_do_not_break_extraction() {
    let html = page("de", r#"<meta charset="utf-8">"#, DE_TITLE, &DE_PARAGRAPHS);
    let with_nuls = html
        .replacen("<p>", "<p>\0", 1)
        .replacen("Isar", "Is\0ar", 1)
        .replacen(
            "<div class=\"story-body\">",
            "<div class=\"story\0-body\" \0>",
            1,
        );
    let a = extract_raw(with_nuls.as_bytes(), None);
    for field in [&a.title, &a.text, &a.content, &a.markdown] {
        assert!(!field.contains('\0'), "NUL leaked into output: {field:?}");
    }
    assert!(a.text.contains(DE_PARAGRAPHS[1]), "text:\n{}", a.text);
    assert!(a.text.contains(DE_PARAGRAPHS[2]), "text:\n{}", a.text);
    // And the string API copes with it too.
    let b = declutter::extract(&with_nuls, &options(None)).expect("extract");
    assert!(!b.text.contains('\0'));
}

#[test]
fn too_large_input_is_refused() {
    let html = page("de", "", DE_TITLE, &DE_PARAGRAPHS);
    let opts = declutter::Options {
        max_bytes: 100,
        ..declutter::Options::default()
    };
    match declutter::extract_bytes(html.as_bytes(), &opts) {
        Err(declutter::Error::TooLarge { size, limit }) => {
            assert_eq!(size, html.len());
            assert_eq!(limit, 100);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}
