//! `declutter._native`: the Python binding of declutter (PyO3, abi3 for CPython 3.9 and later).
//! `python/declutter/__init__.py` wraps it in the `declutter` package.
//!
//! Every entry point releases the GIL while it parses and extracts, so threads extract pages in
//! parallel. Errors are Python exceptions: `TypeError` for an argument of the wrong type,
//! `ValueError` for an option that names nothing, `DeclutterError` for input over the size limit
//! and for files that can't be read as WARC.

mod convert;
mod options;

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use declutter::warc::Articles;
use declutter::Error;
use pyo3::exceptions::{PyException, PyTypeError, PyUserWarning};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyString};

use options::{type_name, OptionArgs, PyFilterList};

pyo3::create_exception!(
    declutter,
    DeclutterError,
    PyException,
    "Input declutter can't process: larger than `max_bytes`, or a file that can't be read as WARC."
);
pyo3::create_exception!(
    declutter,
    FilterWarning,
    PyUserWarning,
    "A filter line that could not be used (it is skipped)."
);

/// The HTML as given: text, or bytes to decode as the CLI does.
enum Html<'a> {
    Text(Cow<'a, str>),
    Bytes(Cow<'a, [u8]>),
}

fn html_input<'a>(html: &'a Bound<'_, PyAny>) -> PyResult<Html<'a>> {
    if let Ok(text) = html.cast::<PyString>() {
        return text_of(text).map(Html::Text);
    }
    if let Ok(bytes) = html.cast::<PyBytes>() {
        return Ok(Html::Bytes(Cow::Borrowed(bytes.as_bytes())));
    }
    if let Ok(bytes) = html.cast::<PyByteArray>() {
        return Ok(Html::Bytes(Cow::Owned(bytes.to_vec())));
    }
    Err(PyTypeError::new_err(format!(
        "html must be str or bytes, not {}",
        type_name(html)
    )))
}

/// The text of a `str`. Lone surrogates (what `surrogateescape` decoding leaves of broken bytes)
/// have no UTF-8: they read as broken bytes do, as U+FFFD.
fn text_of<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    if let Ok(text) = text.to_cow() {
        return Ok(text);
    }
    let encoded = text.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    Ok(Cow::Owned(String::from_utf8_lossy(bytes).into_owned()))
}

fn too_large(error: Error) -> PyErr {
    DeclutterError::new_err(error.to_string())
}

fn serialization_failed(error: serde_json::Error) -> PyErr {
    PyException::new_err(format!("the article could not be serialized: {error}"))
}

/// Extracts the article of a page; the dict of its fields (see `declutter.Article`). The
/// options are keyword arguments: `filters`, `scorer`, `kinds`, `char_threshold`, `max_bytes`,
/// `markdown_header`.
#[pyfunction]
#[pyo3(signature = (html, url=None, **options))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<Bound<'py, PyAny>>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyDict>> {
    let input = html_input(html)?;
    let url = options::optional_str(url.as_ref(), "url")?;
    let options = OptionArgs::from_kwargs(options)?.to_options(url.clone())?;
    let value = py.detach(|| {
        let article = match &input {
            Html::Text(text) => declutter::extract(text, &options),
            Html::Bytes(bytes) => declutter::extract_bytes(bytes, &options),
        };
        article.map(|a| serde_json::to_value(&a))
    });
    let value = value.map_err(too_large)?.map_err(serialization_failed)?;
    convert::article_dict(py, &value, url, None)
}

/// Whether the page probably holds an article (a quick check; bytes are read as UTF-8).
#[pyfunction]
fn is_probably_readerable(py: Python<'_>, html: &Bound<'_, PyAny>) -> PyResult<bool> {
    let text = match html_input(html)? {
        Html::Text(text) => text,
        Html::Bytes(bytes) => Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
    };
    Ok(py.detach(|| declutter::is_probably_readerable(&text)))
}

/// The articles of a WARC file, read as it is iterated (see `declutter.iter_warc`).
#[pyclass(module = "declutter._native", name = "WarcReader")]
struct PyWarcReader {
    /// Locked by the thread that reads the next record (with the GIL released).
    articles: Mutex<Articles>,
    path: PathBuf,
}

#[pymethods]
impl PyWarcReader {
    /// Opens the WARC file at `path`; the options are `extract`'s keyword arguments.
    #[new]
    #[pyo3(signature = (path, **options))]
    fn new(py: Python<'_>, path: PathBuf, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let options = OptionArgs::from_kwargs(options)?.to_options(None)?;
        let articles = py
            .detach(|| Articles::open(&path, options))
            .map_err(|e| DeclutterError::new_err(format!("cannot read {}: {e}", path.display())))?;
        Ok(PyWarcReader {
            articles: Mutex::new(articles),
            path,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next article's dict, with `url` and `date`; `DeclutterError` for a file that is no
    /// WARC.
    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let item = py.detach(|| {
            let mut articles = self.articles.lock().unwrap_or_else(PoisonError::into_inner);
            articles.next().map(|item| {
                item.map(|page| (serde_json::to_value(&page.article), page.url, page.date))
            })
        });
        match item {
            None => Ok(None),
            Some(Err(e)) => Err(DeclutterError::new_err(format!(
                "{}: {e}",
                self.path.display()
            ))),
            Some(Ok((value, url, date))) => {
                let value = value.map_err(serialization_failed)?;
                convert::article_dict(py, &value, url, date).map(Some)
            }
        }
    }

    /// What was read so far: records, articles, and the records skipped by reason.
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        // Waits for a record another thread is reading, without holding the GIL.
        let stats = py.detach(|| {
            let articles = self.articles.lock().unwrap_or_else(PoisonError::into_inner);
            articles.stats().clone()
        });
        for (name, count) in stats.counts() {
            dict.set_item(name, count)?;
        }
        Ok(dict)
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(is_probably_readerable, m)?)?;
    m.add_class::<PyWarcReader>()?;
    m.add_class::<PyFilterList>()?;
    m.add("DeclutterError", m.py().get_type::<DeclutterError>())?;
    m.add("FilterWarning", m.py().get_type::<FilterWarning>())?;
    m.add(
        "CLUTTER_KINDS",
        declutter::ClutterKind::ALL.map(|kind| kind.name()).to_vec(),
    )?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
