// Photo captions: they describe a picture, often printed twice by the page,
// and carry dates and places of the photo rather than of the story.

/** News agencies and picture desks credited alone in parentheses: "(Reuters)". */
const AGENCIES =
  /^(?:reuters|afp|ap|epa|epa-efe|efe|getty|getty images|shutterstock|xinhua|anadolu|anadolu agency|aa|dpa|ani|pti|yonhap|kyodo|alamy|ians|tass|sputnik|iha|dha|bernama|aap|ansa|wenn|sipa|abaca)$/i;

/** Words that make a parenthesis a picture credit: "(AFP Photo)", "(Photo: X)", "(File Photo)". */
const CREDIT_WORDS =
  /\b(?:photos?|images?|pictures?|pic|photograph(?:er|y)?|credit|courtesy|file|illustration|screenshot|handout|footage)\b/i;

/** A whole paragraph that is a credit line: "Photo: Reuters", "Image credit: X". */
const CREDIT_LINE = /^(?:photo|image|picture|photograph|video|illustration)s?\s*(?:credit|by)?\s*[:：]/i;

/** True when the paragraph ends with a picture credit in parentheses, or is a credit line. */
export function hasPhotoCredit(paragraph: string): boolean {
  const s = paragraph.trim();
  if (s.length <= 120 && CREDIT_LINE.test(s) && s.split(/\s+/).length <= 12) return true;
  const tail = s.slice(-160);
  const m = /\(([^()]{1,100})\)$/.exec(tail);
  if (!m) return false;
  const inner = m[1].trim();
  return AGENCIES.test(inner) || CREDIT_WORDS.test(inner);
}
