export * from "./article.js";
export * from "./doc.js";
export * from "./plover.js";
export * from "./records.js";
export * from "./span.js";
