//! storeapi-engine: reads Prometheus TSDB blocks (index, chunk segments), decodes and encodes
//! chunks, and evaluates label matchers. Pure Rust, no napi: `native/node` is the only binding.
#![deny(unsafe_op_in_unsafe_fn)]

pub mod chunkenc;
pub mod crc;
pub mod encoding;
pub mod query;
pub mod tsdb;
pub mod wire;

use std::fmt;

/// Stable error codes shared with the TypeScript twin (`EngineErrorCode` in src/engine/engine.ts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidArgument,
    CorruptBlock,
    NotFound,
    Cancelled,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidArgument => "INVALID_ARGUMENT",
            ErrorCode::CorruptBlock => "CORRUPT_BLOCK",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Cancelled => "CANCELLED",
            ErrorCode::Internal => "INTERNAL",
        }
    }
}

/// The crate's one error type: a stable code plus a message that names the block and file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error { code, message: message.into() }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::InvalidArgument, message)
    }
    pub fn corrupt(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::CorruptBlock, message)
    }
    /// Prefixes the message with context, e.g. the block directory and file name.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
