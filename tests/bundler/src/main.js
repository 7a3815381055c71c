// What an npm user writes: the package by name, its default export to load the wasm, then clean().
import init, { clean } from "declutter";
import page from "./page.html?raw";

try {
  await init();
  const article = clean(page, { url: "https://news.example/2025/05/harbour-ferries.html" });
  document.getElementById("title").textContent = article.title;
  document.getElementById("meta").textContent = `${article.readingMinutes} min, ${article.removed.length} blocks removed`;
  document.getElementById("article").innerHTML = article.content;
  document.body.dataset.state = "ready";
} catch (error) {
  document.body.dataset.state = "failed";
  document.body.dataset.error = String(error?.stack ?? error);
}
