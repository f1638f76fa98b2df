/**
 * Makes user text inert inside an Adaptive Card TextBlock or fact: the characters of the Markdown that Teams
 * renders (emphasis, links, code, lists) are backslash-escaped so nobody can inject a link or formatting, and
 * the text is capped so one field can't crowd out the card. Parentheses and other punctuation stay as typed: with
 * `[` and `]` escaped no link can form, and fewer escapes keep text readable in renderers without escapes.
 */
export function escapeMarkdown(text: string, maxLength = 2000): string {
  const capped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return capped
    .replace(/[\\`*_[\]]/g, (ch) => `\\${ch}`)
    .replace(
      /^(\s*)([-=]|\d+\.)(\s)/gm,
      (_m, space: string, marker: string, after: string) => `${space}\\${marker}${after}`,
    );
}
