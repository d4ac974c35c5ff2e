// The app frame's state: what Rust says about the app (set-up, who is signed in, the staff language and
// its words), and the current route. Screens read it; only the functions here change it.
import { invoke } from "@tauri-apps/api/core";

export type LocaleView = { tag: string; autonym: string; rtl: boolean; status: string; status_label: string };
export type AppView = {
  initialized: boolean;
  user: { username: string; name: string; role: string; role_label: string } | null;
  site: string | null;
  last_user: string | null;
  staff_locale: LocaleView;
  text_size: number;
  locales: LocaleView[];
  messages: Record<string, string>;
  idle_lock_seconds: number;
  version: string;
};

export const app = $state<{ view: AppView | null; route: string[]; notice: string | null }>({
  view: null,
  route: parseRoute(),
  notice: null,
});

function parseRoute(): string[] {
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  return parts.length ? parts : ["members"];
}

addEventListener("hashchange", () => {
  app.route = parseRoute();
});

export function go(...parts: string[]) {
  location.hash = "#/" + parts.map(encodeURIComponent).join("/");
}

export async function refresh() {
  app.view = await invoke<AppView>("app_state");
}

export function setView(view: AppView) {
  app.view = view;
}

/// A fixed word of the screens, in the staff language. A missing id shows as [id], visibly wrong.
export function m(id: string): string {
  return app.view?.messages[id] ?? `[${id}]`;
}

/// The results of the screening just finished, for the results screen (never kept after a lock).
export const results = $state<{ view: any | null }>({ view: null });
