/**
 * Text normalisation for header words, scope labels and unit labels typed by hand: full-width
 * forms (％ （ ） １２３ and the ideographic space) folded to ASCII, case folded, spaces collapsed.
 * Written as one character loop so it can run on every row of a 100,000-row sheet cheaply.
 */
export function foldWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0x00a0) out += " ";
    else out += text[i];
  }
  return out;
}

/** Folded width, lower case, trimmed, inner whitespace collapsed to one space. */
export function normalizeLabel(text: string): string {
  return foldWidth(text).toLowerCase().replace(WHITESPACE_RUN, " ").trim();
}

const WHITESPACE_RUN = /\s+/g;
