// The outlet's own name, when the page states it in its furniture:
// "More From Türkiye Today", "This article is written by the team of The
// Defense News.", "© 2025 The Daily Example". Deliberately few patterns:
// "Source: xyz" names where the story came from, not who published it.

const PATTERNS: RegExp[] = [
  /^more (?:from|stories from|news from|articles from)\s+(.+?)\s*$/i,
  /\b(?:written|produced|prepared|published|compiled) by (?:the )?(?:team|staff|editors|editorial team|editorial staff|newsroom|desk|editorial board) (?:of|at) (.+?)\.?\s*$/i,
  /^(?:©|copyright\b|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:[.,;]?\s+all rights reserved.*|[.,;])?\s*$/i,
];

/** The outlet named by a boilerplate paragraph, or undefined. */
export function outletFromLine(paragraph: string): string | undefined {
  const s = paragraph.trim().replace(/^[^\p{L}\p{N}©(]+/u, '');
  if (s.length > 200) return undefined;
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const name = m[1].trim().replace(/[.,;:!]+$/, '').trim();
    const words = name.split(/\s+/).length;
    if (name.length >= 2 && words <= 6 && /^[\p{Lu}\p{N}]/u.test(name)) return name;
  }
  return undefined;
}
