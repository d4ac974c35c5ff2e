//! Why a piece of wire data was refused. Each variant has a stable [`WireError::code`] that the hub sends
//! back and the device turns into a message in the staff member's language.

#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("not a batch envelope: {0}")]
    Malformed(&'static str),
    #[error("unsupported envelope format version {0}")]
    UnsupportedVersion(u8),
    #[error("the batch header is not valid: {0}")]
    BadHeader(String),
    #[error("the signature does not match the device's key (the batch was changed or signed by another key)")]
    BadSignature,
    #[error("the batch could not be decrypted with the hub key it names")]
    CannotDecrypt,
    #[error("the payload is larger than {limit} bytes once decompressed")]
    PayloadTooLarge { limit: usize },
    #[error("the payload does not match the digest in its header")]
    DigestMismatch,
    #[error("the payload is not a valid list of records: {0}")]
    BadPayload(String),
    #[error("the header says {expected} records but the payload holds {found}")]
    CountMismatch { expected: u32, found: usize },
    #[error("a key is not valid: {0}")]
    BadKey(&'static str),
    #[error("the enrollment code is not valid (expected 16 letters and digits)")]
    BadCode,
    #[error("the signed answer could not be read: {0}")]
    BadSignedBody(String),
    #[error("sealing failed")]
    SealFailed,
}

impl WireError {
    /// A stable, kebab-case reason for the wire and for metrics.
    pub fn code(&self) -> &'static str {
        match self {
            WireError::Malformed(_) => "malformed",
            WireError::UnsupportedVersion(_) => "unsupported-version",
            WireError::BadHeader(_) => "bad-header",
            WireError::BadSignature => "bad-signature",
            WireError::CannotDecrypt => "cannot-decrypt",
            WireError::PayloadTooLarge { .. } => "payload-too-large",
            WireError::DigestMismatch => "digest-mismatch",
            WireError::BadPayload(_) => "bad-payload",
            WireError::CountMismatch { .. } => "count-mismatch",
            WireError::BadKey(_) => "bad-key",
            WireError::BadCode => "bad-code",
            WireError::BadSignedBody(_) => "bad-signed-body",
            WireError::SealFailed => "seal-failed",
        }
    }
}
