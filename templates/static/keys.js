// "/" focuses the page's search box; everything else on these pages works without script.
document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) return;
  const box = document.querySelector("main input[type=search]") || document.querySelector("input[type=search]");
  if (box) { ev.preventDefault(); box.focus(); box.select(); }
});
