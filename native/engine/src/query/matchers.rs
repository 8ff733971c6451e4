//! Label matchers `=`, `!=`, `=~`, `!~` (Prometheus `model/labels/matcher.go`).
//!
//! Regexes are fully anchored as Prometheus anchors them, `^(?s:VALUE)$`, and run on the Rust
//! `regex` crate: linear time, no backtracking, so user input cannot blow up a query. RE2
//! (Go, and re2js in the TypeScript twin) defines `\d \w \s \b` over ASCII only while the
//! `regex` crate makes them Unicode-aware by default, so those escapes are rewritten to their
//! ASCII meaning before compiling; everything else is passed through.

use regex::Regex;

use crate::{Error, Result};

/// Numbered as thanos storepb `LabelMatcher.Type` (and `MatchType` in src/engine/engine.ts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchType {
    Equal = 0,
    NotEqual = 1,
    Regexp = 2,
    NotRegexp = 3,
}

impl MatchType {
    pub fn from_code(code: u32) -> Result<MatchType> {
        match code {
            0 => Ok(MatchType::Equal),
            1 => Ok(MatchType::NotEqual),
            2 => Ok(MatchType::Regexp),
            3 => Ok(MatchType::NotRegexp),
            _ => Err(Error::invalid(format!("unknown matcher type {code}"))),
        }
    }

    pub fn is_negative(self) -> bool {
        matches!(self, MatchType::NotEqual | MatchType::NotRegexp)
    }
}

#[derive(Debug, Clone)]
pub struct Matcher {
    pub kind: MatchType,
    pub name: String,
    pub value: String,
    re: Option<Regex>,
}

impl Matcher {
    /// Builds a matcher; an invalid regex is INVALID_ARGUMENT.
    pub fn new(kind: MatchType, name: impl Into<String>, value: impl Into<String>) -> Result<Matcher> {
        let name = name.into();
        let value = value.into();
        let re = match kind {
            MatchType::Regexp | MatchType::NotRegexp => {
                let pattern = format!("^(?s:{})$", re2_ascii_classes(&value));
                Some(Regex::new(&pattern).map_err(|e| {
                    Error::invalid(format!("invalid regular expression in matcher {name}{}{value:?}: {e}", op(kind)))
                })?)
            }
            MatchType::Equal | MatchType::NotEqual => None,
        };
        Ok(Matcher { kind, name, value, re })
    }

    /// Builds a matcher from its storepb type number.
    pub fn from_code(code: u32, name: impl Into<String>, value: impl Into<String>) -> Result<Matcher> {
        Matcher::new(MatchType::from_code(code)?, name, value)
    }

    pub fn matches(&self, v: &str) -> bool {
        match (self.kind, &self.re) {
            (MatchType::Equal, _) => v == self.value,
            (MatchType::NotEqual, _) => v != self.value,
            (MatchType::Regexp, Some(re)) => re.is_match(v),
            (MatchType::NotRegexp, Some(re)) => !re.is_match(v),
            // `new` always compiles a regex for the regex kinds.
            (MatchType::Regexp | MatchType::NotRegexp, None) => false,
        }
    }

    /// Matches label bytes read from an index. Valid UTF-8 is matched in place; invalid bytes
    /// are replaced by U+FFFD first, as the TypeScript twin's TextDecoder does.
    pub fn matches_bytes(&self, v: &[u8]) -> bool {
        match self.kind {
            MatchType::Equal => v == self.value.as_bytes(),
            MatchType::NotEqual => v != self.value.as_bytes(),
            MatchType::Regexp | MatchType::NotRegexp => self.matches(&String::from_utf8_lossy(v)),
        }
    }

    /// The matcher selecting exactly the values this one rejects (`=` ↔ `!=`, `=~` ↔ `!~`).
    pub fn inverse(&self) -> Matcher {
        let kind = match self.kind {
            MatchType::Equal => MatchType::NotEqual,
            MatchType::NotEqual => MatchType::Equal,
            MatchType::Regexp => MatchType::NotRegexp,
            MatchType::NotRegexp => MatchType::Regexp,
        };
        Matcher { kind, name: self.name.clone(), value: self.value.clone(), re: self.re.clone() }
    }
}

fn op(kind: MatchType) -> &'static str {
    match kind {
        MatchType::Equal => "=",
        MatchType::NotEqual => "!=",
        MatchType::Regexp => "=~",
        MatchType::NotRegexp => "!~",
    }
}

/// Rewrites the Perl classes and word boundaries of `re` to RE2's ASCII definitions.
/// Replacements are bracketed classes, which the `regex` crate also accepts nested inside a
/// class (`[a\d]` → `[a[0-9]]`). `\b`/`\B` become ASCII word boundaries outside classes.
pub fn re2_ascii_classes(re: &str) -> String {
    let mut out = String::with_capacity(re.len() + 8);
    let mut chars = re.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    // A trailing backslash: leave it for the regex parser to reject.
                    out.push('\\');
                    break;
                };
                match n {
                    'd' => out.push_str("[0-9]"),
                    'D' => out.push_str("[^0-9]"),
                    'w' => out.push_str("[0-9A-Za-z_]"),
                    'W' => out.push_str("[^0-9A-Za-z_]"),
                    's' => out.push_str(r"[\t\n\x0C\r ]"),
                    'S' => out.push_str(r"[^\t\n\x0C\r ]"),
                    'b' if !in_class => out.push_str(r"(?-u:\b)"),
                    'B' if !in_class => out.push_str(r"(?-u:\B)"),
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                // `]` right after `[` or `[^` is a literal, not the end of the class.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            '[' if in_class && chars.peek() == Some(&':') => {
                // A POSIX class like [:alpha:] inside a bracket expression: copy it whole.
                out.push('[');
                for p in chars.by_ref() {
                    out.push(p);
                    if p == ']' {
                        break;
                    }
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_and_dotall() {
        let m = Matcher::new(MatchType::Regexp, "a", "fo.").unwrap();
        assert!(m.matches("foo"));
        assert!(!m.matches("xfoo"));
        assert!(!m.matches("fooo"));
        assert!(m.matches("fo\n"));
        let m = Matcher::new(MatchType::Regexp, "a", "a|b").unwrap();
        assert!(m.matches("a") && m.matches("b") && !m.matches("ab"));
    }

    #[test]
    fn ascii_classes() {
        assert_eq!(re2_ascii_classes(r"\d+"), "[0-9]+");
        assert_eq!(re2_ascii_classes(r"[\d_]"), "[[0-9]_]");
        assert_eq!(re2_ascii_classes(r"\\d"), r"\\d");
        let m = Matcher::new(MatchType::Regexp, "a", r"\d").unwrap();
        assert!(m.matches("7"));
        assert!(!m.matches("٣")); // ARABIC-INDIC DIGIT THREE: not a digit in RE2
        let m = Matcher::new(MatchType::Regexp, "a", r"[\w-]+").unwrap();
        assert!(m.matches("a-b_9") && !m.matches("é"));
        let m = Matcher::new(MatchType::Regexp, "a", r".*\bx\b.*").unwrap();
        assert!(m.matches("a x b") && !m.matches("axb"));
        let m = Matcher::new(MatchType::Regexp, "a", r"[]a]+").unwrap();
        assert!(m.matches("]a]"));
        let m = Matcher::new(MatchType::Regexp, "a", r"[[:alpha:]\d]+").unwrap();
        assert!(m.matches("ab12"));
    }

    #[test]
    fn invalid_regex() {
        let e = Matcher::new(MatchType::Regexp, "a", "(").unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::InvalidArgument);
    }
}
