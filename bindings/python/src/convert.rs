//! The article as Python sees it: its serde serialization (the CLI's JSON) as Python objects,
//! with the keys in snake_case. Fields added to `Article` reach Python with no change here.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

/// `publishedTime` → `published_time`.
pub fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON value as the Python object `json.loads` would give, object keys in snake_case.
pub fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            (None, None) => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, item) in map {
                dict.set_item(snake_case(key), to_python(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// The article's fields, with the page's `url` and the capture `date` (WARC records; `None`
/// for a page given as HTML).
pub fn article_dict<'py>(
    py: Python<'py>,
    article: &Value,
    url: Option<String>,
    date: Option<String>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = to_python(py, article)?.cast_into::<PyDict>()?;
    dict.set_item("url", url)?;
    dict.set_item("date", date)?;
    Ok(dict)
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn keys_in_snake_case() {
        assert_eq!(snake_case("publishedTime"), "published_time");
        assert_eq!(snake_case("leadImage"), "lead_image");
        assert_eq!(snake_case("title"), "title");
    }
}
