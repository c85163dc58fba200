// Progressive enhancement for the copy buttons of a measure page: the citation is readable
// without it. The status messages come from the page (data-copied, data-failed), which
// takes them from the dictionary (src/i18n/zh-CN.ts).
//
// A citation's 引用日期 is the day the reader cites: the page prints the site's update date,
// and the reader's browser puts in its own day (yyyy-mm-dd, local time).
const today = new Date();
const citedOn = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
for (const el of document.querySelectorAll('[data-cited-on]')) el.textContent = citedOn;

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy],[data-copy-text]') : null;
  if (!button) return;
  const source = button.getAttribute('data-copy');
  const text = source ? (document.querySelector(source)?.textContent ?? '') : (button.getAttribute('data-copy-text') ?? '');
  const status = button.parentElement?.querySelector('.copy-status');
  try {
    await navigator.clipboard.writeText(text.trim());
    if (status) status.textContent = status.getAttribute('data-copied') ?? '';
  } catch {
    if (status) status.textContent = status.getAttribute('data-failed') ?? '';
  }
});
