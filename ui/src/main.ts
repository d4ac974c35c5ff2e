// Mounts the app. Everything the screens show comes from the Rust side already localized; see api.ts.
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

const target = document.getElementById("app");
if (target) mount(App, { target });
