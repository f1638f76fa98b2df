/**
 * Makes user text inert inside an Adaptive Card TextBlock: Markdown characters are backslash-escaped so nobody
 * can inject a link, emphasis or a list, and the text is capped so one field can't crowd out the card.
 */
export function escapeMarkdown(text: string, maxLength = 2000): string {
  const capped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return capped
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`)
    .replace(
      /^(\s*)([-=]|\d+\.)(\s)/gm,
      (_m, space: string, marker: string, after: string) => `${space}\\${marker}${after}`,
    );
}
