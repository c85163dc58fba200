// Progressive enhancement for the copy buttons of a measure page: the citation is readable
// without it. The status messages come from the page (data-copied, data-failed), which
// takes them from the dictionary (src/i18n/zh-CN.ts).
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
