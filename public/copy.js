// Progressive enhancement for "复制引用 / 复制链接": the citation is readable without it.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy],[data-copy-text]') : null;
  if (!button) return;
  const source = button.getAttribute('data-copy');
  const text = source ? (document.querySelector(source)?.textContent ?? '') : (button.getAttribute('data-copy-text') ?? '');
  const status = button.parentElement?.querySelector('.copy-status');
  try {
    await navigator.clipboard.writeText(text.trim());
    if (status) status.textContent = '已复制';
  } catch {
    if (status) status.textContent = '无法访问剪贴板，请手动选择文字复制';
  }
});
