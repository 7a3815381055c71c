//! In-place mode: hides the page's clutter blocks and keeps its design.
//!
//! The core runs over the live document's serialization; every removed block of the chosen kinds
//! is mapped back to its live element ([`locate`](super::locate)) and hidden by one attribute,
//! `data-declutter-hidden`, plus one rule in a constructed style sheet adopted by the document.
//! The page's own inline styles and `hidden` attributes are never touched, and no node is added,
//! so [`restore_page`] only takes the attributes and the sheet away again. Fixed and sticky
//! layers the core cannot see in the markup (walls, app banners, promo bars) are found by
//! [`overlays`](super::overlays); when the pass hides one and the page locked its scrolling
//! (`overflow: hidden` on `html` or `body`), one more attribute and rule release the lock. With
//! `observe` on, a throttled MutationObserver ([`observer`](super::observer)) repeats the pass for
//! late clutter. A block inside an open shadow root gets the same sheet adopted by that root
//! (document sheets do not reach into it).
use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element};

use super::live_document::{document, window};
use super::locate::{self, Problem};
use super::shadow_dom::{adopt_sheet_at, drop_sheet_at};
use super::{extract_live_document, observer, overlays, PageError};
use crate::{ClutterKind, Options, Removed};

/// Set on every element the pass hides; its value is the block's kind.
pub const HIDDEN_ATTR: &str = "data-declutter-hidden";
/// Set on the element [`outline`] points at.
pub const OUTLINE_ATTR: &str = "data-declutter-outline";
/// Every element the pass hid.
const HIDDEN_SELECTOR: &str = "[data-declutter-hidden]";
/// Set on `html` or `body` when the pass releases the page's scroll lock.
pub const UNLOCKED_ATTR: &str = "data-declutter-unlocked";

/// An outlined block is shown even when the pass hid it; a released scroll lock scrolls again.
const HIDE_CSS: &str =
    "[data-declutter-hidden]:not([data-declutter-outline]) { display: none !important; } \
    [data-declutter-unlocked] { overflow-y: auto !important; }";
const OUTLINE_CSS: &str = "[data-declutter-outline] { outline: 3px solid #d6006f !important; outline-offset: 2px !important; \
    box-shadow: 0 0 0 6px rgba(214, 0, 111, 0.25) !important; }";
const OUTLINE_MS: i32 = 6_000;
/// Subtrees whose mutations never wake the observer: hidden blocks and the reader view.
const WATCH_IGNORE: &str = "[data-declutter-hidden], declutter-reader";

/// What the pass hides unless told otherwise: everything but the site's own chrome
/// (navigation, header, footer, sidebars reported as "other"). Ads and teasers inside a
/// sidebar are reported by the core on their own, so they are hidden all the same.
pub const DEFAULT_KINDS: [ClutterKind; 6] = [
    ClutterKind::Ad,
    ClutterKind::Recommendation,
    ClutterKind::Consent,
    ClutterKind::Newsletter,
    ClutterKind::Social,
    ClutterKind::Comments,
];

#[derive(Debug, Clone)]
pub struct InPlaceOptions {
    /// Extraction options (user filter rules included).
    pub core: Options,
    pub kinds: Vec<ClutterKind>,
    /// Keep watching for late clutter.
    pub observe: bool,
}

impl Default for InPlaceOptions {
    fn default() -> InPlaceOptions {
        InPlaceOptions {
            core: Options::default(),
            kinds: DEFAULT_KINDS.to_vec(),
            observe: true,
        }
    }
}

/// One block of a chosen kind and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub removed: Removed,
    /// Whether its live element was found and hidden.
    pub hidden: bool,
    /// Why it was not, when it was not.
    pub problem: Option<String>,
}

/// What the pass (or, for [`status`], all passes so far) did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub removed: Vec<Block>,
    pub hidden: usize,
    pub unresolved: usize,
    /// Passes run: 1 for the first, plus one per observer run.
    pub passes: u32,
}

impl Report {
    fn add(&mut self, block: Block) {
        if block.hidden {
            self.hidden += 1;
        } else if self
            .removed
            .iter()
            .any(|known| !known.hidden && known.removed.selector == block.removed.selector)
        {
            return;
        } else {
            self.unresolved += 1;
        }
        self.removed.push(block);
    }

    fn merge(&mut self, pass: Report) {
        pass.removed.into_iter().for_each(|block| self.add(block));
        self.passes += 1;
    }
}

struct Session {
    options: InPlaceOptions,
    /// Elements this session hid, in the order it hid them.
    hidden: Vec<Element>,
    /// `html` and `body` when their scroll lock was released.
    unlocked: Vec<Element>,
    sheet: CssStyleSheet,
    report: Report,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static OUTLINE: RefCell<Option<Outline>> = const { RefCell::new(None) };
    static OUTLINE_TIMEOUT: Closure<dyn FnMut()> = Closure::new(clear_outline);
}

struct Outline {
    element: Element,
    sheet: CssStyleSheet,
    timer: Option<i32>,
}

/// Hides the clutter of the live page; a session already running is restored first.
pub fn declutter_page(options: &InPlaceOptions) -> Result<Report, PageError> {
    restore_page();
    let document = document()?;
    let sheet = adopt_sheet(&document, HIDE_CSS)?;
    let mut session = Session {
        options: options.clone(),
        hidden: Vec::new(),
        unlocked: Vec::new(),
        sheet,
        report: Report::default(),
    };
    let pass = match run_pass(&document, &mut session) {
        Ok(pass) => pass,
        Err(error) => {
            undo(&document, session);
            return Err(error);
        }
    };
    session.report.merge(pass.clone());
    let observe = session.options.observe;
    SESSION.with(|slot| *slot.borrow_mut() = Some(session));
    if observe {
        observer::start(rerun, WATCH_IGNORE)?;
    }
    Ok(Report { passes: 1, ..pass })
}

/// Undoes [`declutter_page`]: shows every hidden block, drops the sheet, stops watching.
/// `true` when a session was running.
pub fn restore_page() -> bool {
    observer::stop();
    clear_outline();
    let Some(session) = SESSION.with(|slot| slot.borrow_mut().take()) else {
        return false;
    };
    if let Ok(document) = document() {
        undo(&document, session);
    }
    true
}

/// Whether in-place mode is on.
pub fn is_active() -> bool {
    SESSION.with(|slot| slot.borrow().is_some())
}

/// Everything hidden so far, late clutter included; `None` when in-place mode is off.
pub fn status() -> Option<Report> {
    SESSION.with(|slot| slot.borrow().as_ref().map(|session| session.report.clone()))
}

fn undo(document: &Document, session: Session) {
    for element in &session.hidden {
        let _ = element.remove_attribute(HIDDEN_ATTR);
        drop_sheet_at(element, &session.sheet);
    }
    for element in &session.unlocked {
        let _ = element.remove_attribute(UNLOCKED_ATTR);
    }
    drop_sheet(document, &session.sheet);
}

/// The observer's run: one more pass over the whole page, new blocks only.
fn rerun() {
    let Ok(document) = document() else { return };
    SESSION.with(|slot| {
        let mut slot = slot.borrow_mut();
        let Some(session) = slot.as_mut() else { return };
        if let Ok(pass) = run_pass(&document, session) {
            session.report.merge(pass);
        }
    });
}

/// Extracts, maps the chosen kinds to live elements and hides those not hidden yet, then the
/// pinned layers; releases the scroll lock when something pinned went.
fn run_pass(document: &Document, session: &mut Session) -> Result<Report, PageError> {
    let article = extract_live_document(&session.options.core)?;
    let kinds = session.options.kinds.clone();
    let mut report = Report::default();
    let mut pinned = false;
    for removed in article
        .removed
        .into_iter()
        .filter(|removed| kinds.contains(&removed.kind))
    {
        match locate::resolve(document, &removed) {
            Ok(element) if is_hidden_already(&element) => {}
            Ok(element) => {
                pinned |= overlays::is_pinned(&element);
                report.add(session.hide(element, removed)?);
            }
            Err(problem) => report.add(Block {
                removed,
                hidden: false,
                problem: Some(problem.describe()),
            }),
        }
    }
    for layer in overlays::find(&kinds, article.length, HIDDEN_SELECTOR) {
        pinned = true;
        report.add(session.hide(layer.element, layer.removed)?);
    }
    if pinned {
        session.release_scroll_lock(document);
    }
    Ok(report)
}

impl Session {
    fn hide(&mut self, element: Element, removed: Removed) -> Result<Block, PageError> {
        element.set_attribute(HIDDEN_ATTR, removed.kind.name())?;
        adopt_sheet_at(&element, &self.sheet);
        self.hidden.push(element);
        Ok(Block {
            removed,
            hidden: true,
            problem: None,
        })
    }

    /// `overflow: hidden` (or `clip`) on `html` or `body` stops the page from scrolling while a
    /// wall is up; with the wall hidden the lock would leave the article stuck.
    fn release_scroll_lock(&mut self, document: &Document) {
        let roots = [
            document.document_element(),
            document.body().map(Element::from),
        ];
        for root in roots.into_iter().flatten() {
            if overlays::locks_scrolling(&root)
                && !root.has_attribute(UNLOCKED_ATTR)
                && root.set_attribute(UNLOCKED_ATTR, "").is_ok()
            {
                self.unlocked.push(root);
            }
        }
    }
}

fn is_hidden_already(element: &Element) -> bool {
    matches!(element.closest(HIDDEN_SELECTOR), Ok(Some(_)))
}

/// Outlines a removed block on the live page and scrolls to it (for a few seconds).
pub fn show_removed(removed: &Removed) -> Result<Element, Problem> {
    let document = document().map_err(|_| Problem::Missing { depth: 0 })?;
    let element = locate::resolve(&document, removed)?;
    outline(&element);
    Ok(element)
}

/// Puts the highlight on one element (taking it off the previous one) and scrolls it into view.
pub fn outline(element: &Element) {
    clear_outline();
    let Ok(document) = document() else { return };
    let Ok(sheet) = adopt_sheet(&document, OUTLINE_CSS) else {
        return;
    };
    let _ = element.set_attribute(OUTLINE_ATTR, "");
    adopt_sheet_at(element, &sheet);
    scroll_to_center(element);
    let timer = window().ok().and_then(|window| {
        OUTLINE_TIMEOUT
            .with(|callback| {
                window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    callback.as_ref().unchecked_ref(),
                    OUTLINE_MS,
                )
            })
            .ok()
    });
    OUTLINE.with(|slot| {
        *slot.borrow_mut() = Some(Outline {
            element: element.clone(),
            sheet,
            timer,
        })
    });
}

/// Takes the highlight away, if there is one.
pub fn clear_outline() {
    let Some(outline) = OUTLINE.with(|slot| slot.borrow_mut().take()) else {
        return;
    };
    let _ = outline.element.remove_attribute(OUTLINE_ATTR);
    drop_sheet_at(&outline.element, &outline.sheet);
    if let Ok(window) = window() {
        if let Some(timer) = outline.timer {
            window.clear_timeout_with_handle(timer);
        }
    }
    if let Ok(document) = document() {
        drop_sheet(&document, &outline.sheet);
    }
}

/// `element.scrollIntoView({block: "center"})` (web-sys lacks the options type in our features).
fn scroll_to_center(element: &Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"center".into());
    if let Ok(scroll) = js_sys::Reflect::get(element, &"scrollIntoView".into()) {
        if let Some(scroll) = scroll.dyn_ref::<js_sys::Function>() {
            let _ = scroll.call1(element, &options);
        }
    }
}

fn adopt_sheet(document: &Document, css: &str) -> Result<CssStyleSheet, PageError> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Ok(sheet)
}

fn drop_sheet(document: &Document, sheet: &CssStyleSheet) {
    let sheet: &JsValue = sheet.as_ref();
    let remaining: js_sys::Array = document
        .adopted_style_sheets()
        .iter()
        .filter(|adopted| adopted != sheet)
        .collect();
    document.set_adopted_style_sheets(&remaining);
}
