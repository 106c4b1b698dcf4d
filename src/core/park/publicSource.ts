/**
 * The data files name their sources for developers ("seed 001, Table 5 (park-standards.md
 * section 3)"); users read the public citation: the paper by its authors and title, the act by
 * its name. Internal file references are dropped, never shown.
 */
const PAPER =
  "Feng Yuxi, Xu Ming et al., “The Logic and Innovation Pathways for China's Zero-Carbon Industrial Park Development Under the Forcing Effect of Carbon Border Taxes”";

export function publicSource(source: string): string {
  return source
    .replace(/\s*\((?:[\w-]+\.md[^)]*|spec[^)]*)\)/g, "")
    .replace(/,?\s*[\w-]+\.md(?: section \d+)?/g, "")
    .replace(/\bseed 001\b/g, PAPER)
    .replace(/\s+,/g, ",")
    .trim();
}
