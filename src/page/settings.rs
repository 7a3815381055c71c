//! Reader view settings: what the reader chose, what the embedding page asked for, and how both
//! are kept in `localStorage`.
//!
//! Precedence: built-in defaults, then the page's options (`enterReaderMode({theme: ...})`), then
//! the reader's own saved choices, which win because they were made by the person reading.

/// Colour theme of the reader view. `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub fn parse(name: &str) -> Option<Theme> {
        match name {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "sepia" => Some(Theme::Sepia),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }
}

/// Typeface family of the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontFamily {
    Serif,
    Sans,
}

impl FontFamily {
    pub fn parse(name: &str) -> Option<FontFamily> {
        match name {
            "serif" => Some(FontFamily::Serif),
            "sans" | "sans-serif" => Some(FontFamily::Sans),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FontFamily::Serif => "serif",
            FontFamily::Sans => "sans",
        }
    }
}

pub const FONT_SIZE_MIN: u32 = 12;
pub const FONT_SIZE_MAX: u32 = 32;
pub const FONT_SIZE_STEP: u32 = 2;
/// Content width is a maximum line length in `em`.
pub const WIDTH_MIN: u32 = 24;
pub const WIDTH_MAX: u32 = 60;
pub const WIDTH_STEP: u32 = 4;

/// The complete, valid settings of an open reader view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderSettings {
    pub theme: Theme,
    /// Body font size in CSS pixels.
    pub font_size: u32,
    /// Maximum content width in `em`.
    pub content_width: u32,
    pub font_family: FontFamily,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        ReaderSettings {
            theme: Theme::Auto,
            font_size: 19,
            content_width: 36,
            font_family: FontFamily::Serif,
        }
    }
}

/// Partial settings: from the embedding page's options or from storage. `None` keeps the value below.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Preferences {
    pub theme: Option<Theme>,
    pub font_size: Option<u32>,
    pub content_width: Option<u32>,
    pub font_family: Option<FontFamily>,
}

impl ReaderSettings {
    /// Applies the given preferences on top of these settings, clamping numbers into range.
    pub fn with(self, prefs: &Preferences) -> ReaderSettings {
        ReaderSettings {
            theme: prefs.theme.unwrap_or(self.theme),
            font_size: prefs.font_size.map_or(self.font_size, clamp_font_size),
            content_width: prefs.content_width.map_or(self.content_width, clamp_width),
            font_family: prefs.font_family.unwrap_or(self.font_family),
        }
    }

    pub fn larger_text(self) -> ReaderSettings {
        ReaderSettings {
            font_size: clamp_font_size(self.font_size + FONT_SIZE_STEP),
            ..self
        }
    }

    pub fn smaller_text(self) -> ReaderSettings {
        ReaderSettings {
            font_size: clamp_font_size(self.font_size.saturating_sub(FONT_SIZE_STEP)),
            ..self
        }
    }

    pub fn wider(self) -> ReaderSettings {
        ReaderSettings {
            content_width: clamp_width(self.content_width + WIDTH_STEP),
            ..self
        }
    }

    pub fn narrower(self) -> ReaderSettings {
        ReaderSettings {
            content_width: clamp_width(self.content_width.saturating_sub(WIDTH_STEP)),
            ..self
        }
    }

    /// The form kept in `localStorage`: `theme=dark;size=20;width=36;font=sans`.
    pub fn to_storage_string(self) -> String {
        format!(
            "theme={};size={};width={};font={}",
            self.theme.name(),
            self.font_size,
            self.content_width,
            self.font_family.name()
        )
    }
}

/// The keys [`ReaderSettings::to_storage_string`] writes; other keys in the same stored string
/// (read aloud's `rate` and `voice`, kept by `speech.js`) are left as they are.
const OWN_KEYS: [&str; 4] = ["theme", "size", "width", "font"];

impl ReaderSettings {
    /// The storage form, followed by the pairs of other keys in `stored`.
    pub fn to_storage_string_keeping(self, stored: &str) -> String {
        let mut out = self.to_storage_string();
        for pair in stored.split(';') {
            if pair
                .split_once('=')
                .is_some_and(|(key, _)| !OWN_KEYS.contains(&key.trim()))
            {
                out.push(';');
                out.push_str(pair);
            }
        }
        out
    }
}

impl Preferences {
    /// Reads the storage form; unknown keys and malformed values are skipped.
    pub fn from_storage_string(stored: &str) -> Preferences {
        let mut prefs = Preferences::default();
        for (key, value) in stored.split(';').filter_map(|pair| pair.split_once('=')) {
            match key.trim() {
                "theme" => prefs.theme = Theme::parse(value.trim()),
                "size" => prefs.font_size = value.trim().parse().ok(),
                "width" => prefs.content_width = value.trim().parse().ok(),
                "font" => prefs.font_family = FontFamily::parse(value.trim()),
                _ => {}
            }
        }
        prefs
    }
}

fn clamp_font_size(px: u32) -> u32 {
    px.clamp(FONT_SIZE_MIN, FONT_SIZE_MAX)
}

fn clamp_width(em: u32) -> u32 {
    em.clamp(WIDTH_MIN, WIDTH_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn storage_string_round_trips() {
        let settings = ReaderSettings {
            theme: Theme::Sepia,
            font_size: 22,
            content_width: 44,
            font_family: FontFamily::Sans,
        };
        let restored = ReaderSettings::default().with(&Preferences::from_storage_string(
            &settings.to_storage_string(),
        ));
        assert_eq!(restored, settings);
    }

    #[wasm_bindgen_test]
    fn saving_keeps_the_read_aloud_choices() {
        let stored = "theme=dark;rate=1.25;size=20;voice=Anna%20(de-DE);width=36;font=sans";
        let saved = ReaderSettings::default()
            .larger_text()
            .to_storage_string_keeping(stored);
        assert_eq!(
            saved,
            "theme=auto;size=21;width=36;font=serif;rate=1.25;voice=Anna%20(de-DE)"
        );
    }

    #[wasm_bindgen_test]
    fn malformed_storage_keeps_defaults() {
        let prefs = Preferences::from_storage_string("theme=neon;size=huge;width;font=comic");
        assert_eq!(
            ReaderSettings::default().with(&prefs),
            ReaderSettings::default()
        );
    }

    #[wasm_bindgen_test]
    fn sizes_are_clamped() {
        let huge = Preferences {
            font_size: Some(400),
            content_width: Some(1),
            ..Preferences::default()
        };
        let settings = ReaderSettings::default().with(&huge);
        assert_eq!(
            (settings.font_size, settings.content_width),
            (FONT_SIZE_MAX, WIDTH_MIN)
        );
        assert_eq!(settings.larger_text().font_size, FONT_SIZE_MAX);
    }
}
