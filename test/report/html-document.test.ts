import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatTimestamp,
  html,
  htmlDocument,
  SafeHtml,
  trustedHtml,
} from '../../src/report/html-document.js';

describe('html', () => {
  it('escapes interpolated text but keeps the literal markup', () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(html`<td title="${name}">${name}</td>`.toString()).toBe(
      '<td title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</td>',
    );
    expect(escapeHtml(`a & b 'c'`)).toBe('a &amp; b &#39;c&#39;');
  });

  it('joins arrays, keeps SafeHtml, renders nothing for null, undefined and booleans', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${true}${0}`.toString()).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>0',
    );
    expect(html`${trustedHtml('<b>x</b>')}`.toString()).toBe('<b>x</b>');
    expect(html`x`).toBeInstanceOf(SafeHtml);
  });
});

describe('htmlDocument', () => {
  it('builds a self-contained page with language, policy, escaped title and a fixed generation time', () => {
    const page = htmlDocument({
      title: 'A <b> title',
      lang: 'de',
      body: html`<p>${'Grüße & mehr'}</p>`,
      generatedAt: new Date(Date.UTC(2025, 4, 6, 7, 8)),
    });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<title>A &lt;b&gt; title</title>');
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('<p>Grüße &amp; mehr</p>');
    expect(page).toContain('Erstellt am 2025-05-06 07:08 UTC von leitwerk');
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<link|@import|url\(http/i);
  });

  it('formats timestamps in UTC', () => {
    expect(formatTimestamp(new Date(0))).toBe('1970-01-01 00:00 UTC');
  });
});
