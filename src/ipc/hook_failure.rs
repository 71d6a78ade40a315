//! How a hook failed, as a value: the daemon runs hooks and sends this in
//! its status and in the answer to `TestHook`; `words::hook_failure` says it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "failure", rename_all = "snake_case")]
pub enum HookFailure {
    /// The program could not be started; `reason` from the system.
    CouldNotStart { program: String, reason: String },
    /// It exited with a status other than 0; `stderr` as it said it.
    Exited {
        program: String,
        code: i32,
        stderr: String,
    },
    /// A signal ended it.
    Killed { program: String, stderr: String },
    /// It ran past its time limit and was stopped.
    TimedOut { program: String, limit_ms: u64 },
}

/// The last hook that failed, for the status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookProblem {
    pub event: String,
    #[serde(flatten)]
    pub failure: HookFailure,
}
