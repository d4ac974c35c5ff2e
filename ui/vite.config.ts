// Builds the web front end into ui/dist, which the Tauri app embeds. No dev server is used: the app and
// its tests always run the built files, so what is tested is what ships.
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "safari15", cssCodeSplit: false, assetsInlineLimit: 0 },
});
