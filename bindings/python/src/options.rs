//! Python arguments to `declutter::Options`: `TypeError` for an argument of the wrong type,
//! `ValueError` for a value that names nothing (a scorer, a clutter kind, a negative size).

use declutter::{ClutterKind, FilterList, MarkdownHeader, Options, Scorer};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple};

/// A compiled filter list (EasyList element-hiding rules), parsed once and reused by every call
/// that is given it.
#[pyclass(module = "declutter._native", name = "FilterList", frozen)]
pub struct PyFilterList {
    pub list: FilterList,
    /// `(line, message)` of each line that could not be used.
    errors: Vec<(usize, String)>,
}

#[pymethods]
impl PyFilterList {
    /// Parses `rules`: EasyList text, or a list of its lines.
    #[new]
    fn new(rules: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = filter_text(rules)?;
        let (list, errors) = FilterList::parse(&text);
        let errors = errors.into_iter().map(|e| (e.line, e.message)).collect();
        Ok(PyFilterList { list, errors })
    }

    /// `(line, message)` for each line that was skipped as malformed.
    #[getter]
    fn errors(&self) -> Vec<(usize, String)> {
        self.errors.clone()
    }

    /// Lines skipped because they are network rules or extended syntax (only element hiding
    /// applies to a page's HTML).
    #[getter]
    fn unsupported(&self) -> usize {
        self.list.unsupported()
    }

    fn __repr__(&self) -> String {
        format!(
            "FilterList({} malformed, {} unsupported lines)",
            self.errors.len(),
            self.list.unsupported()
        )
    }
}

/// The options every entry point takes (`url` apart), as Python passed them.
#[derive(Default)]
pub struct OptionArgs<'py> {
    filters: Option<Bound<'py, PyAny>>,
    scorer: Option<Bound<'py, PyAny>>,
    kinds: Option<Bound<'py, PyAny>>,
    char_threshold: Option<Bound<'py, PyAny>>,
    max_bytes: Option<Bound<'py, PyAny>>,
    markdown_header: Option<Bound<'py, PyAny>>,
}

impl<'py> OptionArgs<'py> {
    /// The keyword arguments; `TypeError` for a name that is none of the options (as Python
    /// says for a function's unknown keyword).
    pub fn from_kwargs(kwargs: Option<&Bound<'py, PyDict>>) -> PyResult<Self> {
        let mut args = OptionArgs::default();
        for (name, value) in kwargs.into_iter().flat_map(|k| k.iter()) {
            let name: String = name.extract()?;
            let slot = match name.as_str() {
                "filters" => &mut args.filters,
                "scorer" => &mut args.scorer,
                "kinds" => &mut args.kinds,
                "char_threshold" => &mut args.char_threshold,
                "max_bytes" => &mut args.max_bytes,
                "markdown_header" => &mut args.markdown_header,
                _ => {
                    return Err(PyTypeError::new_err(format!(
                        "unexpected keyword argument '{name}'"
                    )))
                }
            };
            // None is the default, as the Python signatures spell it.
            *slot = Some(value).filter(|v| !v.is_none());
        }
        Ok(args)
    }

    /// The `Options` these arguments ask for; `url` is the page's URL.
    pub fn to_options(&self, url: Option<String>) -> PyResult<Options> {
        let defaults = Options::default();
        Ok(Options {
            url,
            char_threshold: size_or(
                &self.char_threshold,
                "char_threshold",
                defaults.char_threshold,
            )?,
            max_bytes: size_or(&self.max_bytes, "max_bytes", defaults.max_bytes)?,
            filters: self.filters.as_ref().map(filter_list).transpose()?,
            scorer: self
                .scorer
                .as_ref()
                .map(scorer)
                .transpose()?
                .unwrap_or_default(),
            kinds: self.kinds.as_ref().map(kinds).transpose()?,
            markdown_header: self
                .markdown_header
                .as_ref()
                .map(markdown_header)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

/// A `str` or `None`.
pub fn optional_str(value: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text = value.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{name} must be a str, not {}", type_name(value)))
    })?;
    Ok(Some(text.to_cow()?.into_owned()))
}

/// A non-negative `int`, or `default` for `None`.
fn size_or(value: &Option<Bound<'_, PyAny>>, name: &str, default: usize) -> PyResult<usize> {
    let Some(value) = value else {
        return Ok(default);
    };
    let int = value.cast::<PyInt>().map_err(|_| {
        PyTypeError::new_err(format!("{name} must be an int, not {}", type_name(value)))
    })?;
    int.extract::<usize>()
        .map_err(|_| PyValueError::new_err(format!("{name} must be a non-negative int, not {int}")))
}

/// `"rules"`, `"model"` or `"both"`.
fn scorer(value: &Bound<'_, PyAny>) -> PyResult<Scorer> {
    let name = optional_str(Some(value), "scorer")?.unwrap_or_default();
    Scorer::named(&name).map_err(PyValueError::new_err)
}

fn markdown_header(value: &Bound<'_, PyAny>) -> PyResult<MarkdownHeader> {
    let name = optional_str(Some(value), "markdown_header")?.unwrap_or_default();
    MarkdownHeader::named(&name).map_err(PyValueError::new_err)
}

/// A list (or any iterable other than a string) of clutter kind names.
fn kinds(value: &Bound<'_, PyAny>) -> PyResult<Vec<ClutterKind>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "kinds must be a list of kind names, not a str (kinds=[\"ad\"])",
        ));
    }
    let items = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "kinds must be a list of str, not {}",
            type_name(value)
        ))
    })?;
    items
        .map(|item| {
            let item = item?;
            let name = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!("kinds must hold str, not {}", type_name(&item)))
            })?;
            let name = name.to_cow()?;
            ClutterKind::named(&name).ok_or_else(|| {
                let known: Vec<&str> = ClutterKind::ALL.iter().map(|k| k.name()).collect();
                PyValueError::new_err(format!(
                    "unknown clutter kind '{name}' ({})",
                    known.join(", ")
                ))
            })
        })
        .collect()
}

/// A `FilterList`, EasyList text, or a list of its lines. Malformed lines of text given as such
/// are reported as `FilterWarning`s and skipped (a `FilterList` keeps them in `errors`).
fn filter_list(value: &Bound<'_, PyAny>) -> PyResult<FilterList> {
    if let Ok(compiled) = value.cast::<PyFilterList>() {
        return Ok(compiled.get().list.clone());
    }
    let (list, errors) = FilterList::parse(&filter_text(value)?);
    let py = value.py();
    for error in errors {
        let message = format!("filters line {}: {}", error.line, error.message);
        let message = std::ffi::CString::new(message.replace('\0', " "))?;
        PyErr::warn(py, &py.get_type::<crate::FilterWarning>(), &message, 2)?;
    }
    Ok(list)
}

/// EasyList text from a `str` or a list or tuple of lines.
fn filter_text(value: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(text.to_cow()?.into_owned());
    }
    let lines = if let Ok(list) = value.cast::<PyList>() {
        list.iter().collect::<Vec<_>>()
    } else if let Ok(tuple) = value.cast::<PyTuple>() {
        tuple.iter().collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "filters must be a str, a list of str or a FilterList, not {}",
            type_name(value)
        )));
    };
    let mut text = String::new();
    for line in lines {
        let line = line.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "filters lines must be str, not {}",
                type_name(&line)
            ))
        })?;
        text.push_str(&line.to_cow()?);
        text.push('\n');
    }
    Ok(text)
}

/// The name of the value's type, for error messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|name| name.to_string())
        .unwrap_or_else(|_| "?".into())
}
