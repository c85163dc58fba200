// The typed lookup, over a DOM from linkedom (the event helper, closestTarget, runs in
// Chromium in tests/search/ui.test.ts).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { required } from './dom.ts';

const { document, HTMLInputElement, HTMLButtonElement } = parseHTML(
  '<!doctype html><html><body><form id="f"><input id="q"><button type="button">搜索</button></form></body></html>',
);

describe('required', () => {
  it('returns the element, typed', () => {
    expect(required(document, '#q', HTMLInputElement).id).toBe('q');
    expect(required(document, 'button', HTMLButtonElement).textContent).toBe('搜索');
  });
  it('says which element is missing or of the wrong kind', () => {
    expect(() => required(document, '#search-sort', HTMLInputElement)).toThrow('search page: no element matches #search-sort');
    expect(() => required(document, '#f', HTMLInputElement)).toThrow('search page: #f is a <form>, expected HTMLInputElement');
  });
});
