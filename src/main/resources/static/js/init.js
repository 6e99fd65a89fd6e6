import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
initAll();

// A table wider than the screen scrolls inside its own box, never the page (a phone is 375 px wide). A box that
// scrolls can be reached with the keyboard and is named by the table's caption.
const wraps = [];
document.querySelectorAll('table').forEach((table) => {
  let wrap = table.parentElement;
  if (!wrap.classList.contains('waypoint-table-wrap')) {
    wrap = document.createElement('div');
    wrap.className = 'waypoint-table-wrap';
    table.parentNode.insertBefore(wrap, table);
    wrap.appendChild(table);
  }
  // a template that made its box a named region already keeps it as it is
  if (!wrap.hasAttribute('tabindex')) {
    wraps.push(wrap);
  }
});
function markScrolling() {
  wraps.forEach((wrap) => {
    if (wrap.scrollWidth > wrap.clientWidth) {
      const caption = wrap.querySelector('caption');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', caption && caption.textContent.trim() ? caption.textContent.trim() : 'Table');
      wrap.setAttribute('tabindex', '0');
    } else {
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-label');
      wrap.removeAttribute('tabindex');
    }
  });
}
markScrolling();
window.addEventListener('resize', markScrolling);
