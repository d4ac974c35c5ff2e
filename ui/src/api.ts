// The one door to the Rust side. Every call goes through `call`, which turns a "session locked" refusal
// into the lock screen, so no screen can keep showing member data after the session is gone.
import { invoke } from "@tauri-apps/api/core";
import { app, refresh } from "./state.svelte";

export type UiError = { kind: string; message: string; field: string | null };

export function isUiError(e: unknown): e is UiError {
  return typeof e === "object" && e !== null && "message" in e && "kind" in e;
}

export async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isUiError(e) && e.kind === "session-locked") {
      app.view = null;
      await refresh();
    }
    throw e;
  }
}

/// The error's message for a form field, or for the form as a whole (field null).
export function errorFor(e: unknown): UiError {
  if (isUiError(e)) return e;
  return { kind: "internal", message: String(e), field: null };
}
