// Page furniture that is not article prose: menus, share bars, newsletter
// prompts, "related" blocks, credits and sign-offs. Patterns are generic
// (they name no story, outlet or topic) and apply to whole paragraphs.
// Long paragraphs are never boilerplate, so prose is never dropped because
// it happens to mention a newsletter.

const MAX_CHARS = 300;

/** Short interface labels, compared lower case without surrounding punctuation or a "(12)" count. */
const LABELS = new Set([
  'close', 'icon', 'trending', 'trending now', 'share', 'share this', 'share this article', 'share this story',
  'comments', 'comment', 'add comment', 'add a comment', 'leave a comment', 'post a comment', 'show comments',
  'similar news', 'related', 'related news', 'related articles', 'related stories', 'related content',
  'related topics', 'read more', 'read also', 'see also', 'read next', 'advertisement', 'advertisements', 'ad',
  'sponsored', 'sponsored content', 'menu', 'search', 'home', 'print', 'email', 'copy link', 'link copied',
  'newsletter', 'newsletters', 'subscribe', 'log in', 'login', 'sign in', 'register', 'skip to content',
  'skip to main content', 'back to top', 'most read', 'most popular', 'popular', 'latest', 'latest news',
  'top stories', 'you may also like', 'recommended', 'recommended for you', 'more', 'more news', 'listen',
  'listen to this article', 'follow us', 'tags', 'topics', 'next article', 'previous article', 'loading',
  'photo', 'photos', 'bigphoto', 'video', 'videos', 'gallery', 'image', 'images', 'zoom', 'expand', 'view',
  'font size', 'text size', 'save', 'bookmark', 'follow', 'all rights reserved',
]);

/** Headings of link lists to other articles: the short lines after one are headlines of other stories. */
const RELATED_HEADINGS = new Set([
  'similar news', 'related', 'related news', 'related articles', 'related stories', 'related content', 'related posts',
  'read more', 'read also', 'see also', 'read next', 'more news', 'more stories', 'you may also like', 'you might also like',
  'recommended', 'recommended for you', 'most read', 'most popular', 'popular', 'trending', 'trending now', 'latest',
  'latest news', 'top stories', 'more on this story', 'more on this topic', 'editor\'s picks', 'editors picks', 'also read',
  'in other news', 'what to read next', 'around the web',
]);

/** A heading that opens a list of links to other articles ("Similar News", "More from The Daily Example"). */
export function isRelatedHeading(paragraph: string): boolean {
  const s = paragraph.trim();
  if (s.length === 0 || s.length > 60) return false;
  const key = labelKey(s);
  return RELATED_HEADINGS.has(key) || /^more (?:from|stories from|news from|articles from|on)\s+\S/i.test(s);
}

/**
 * A line in a list of links to other articles: a headline (at most 20
 * words, 160 characters) that does not end like a sentence of prose.
 */
export function isLinkListItem(paragraph: string): boolean {
  const s = paragraph.trim();
  if (s.length === 0 || s.length > 160 || wordCount(s) > 20) return false;
  return !/[.:;,]["”’)]*$/u.test(s);
}

/** Photo/video placeholders left behind by a page's media block. */
const MARKERS = new Set(['photo', 'photos', 'bigphoto', 'video', 'videos', 'gallery', 'image', 'images', 'picture']);

/** Social networks and share targets; a line made only of these is a share bar. */
const SOCIAL = new Set([
  'x', 'twitter', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'whatsapp', 'telegram', 'reddit',
  'pinterest', 'threads', 'bluesky', 'mastodon', 'flipboard', 'snapchat', 'vk', 'weibo', 'wechat', 'line',
  'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'rss', 'newsletters', 'newsletter', 'share', 'follow',
  'us', 'on', 'google', 'news',
]);
const NETWORKS = new Set([
  'x', 'twitter', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'whatsapp', 'telegram', 'reddit',
  'pinterest', 'threads', 'bluesky', 'mastodon', 'flipboard', 'snapchat', 'vk', 'weibo', 'wechat', 'newsletters',
  'newsletter', 'rss',
]);

const PATTERNS: Array<[RegExp, number]> = [
  // newsletter and subscription prompts
  [/^(?:stay (?:informed|up to date|updated|in the know|ahead)|sign up\b|subscribe\b|get (?:our|the|daily|weekly)\b.*\bnewsletters?\b|join our\b|don'?t miss\b|never miss\b)/i, 30],
  [/\bnewsletters?\b/i, 8],
  // link prompts
  [/^(?:read|see|watch|listen)\s+(?:more|also|next|the full|full)\b/i, 15],
  [/^more (?:from|on|in|stories from|news from|articles from)\s+\S/i, 8],
  [/^(?:sources?|via)\s*:/i, 8],
  // contact and credits
  [/^(?:for (?:questions|comments|inquiries|enquiries|feedback|corrections)|to contact\b|contact us\b|send (?:us )?(?:tips|news)\b|email us\b)/i, 30],
  [/^(?:this (?:article|story|report|piece|content|post) (?:is|was|has been) (?:written|produced|prepared|compiled|edited|published|created|generated)\b|(?:written|reporting|additional reporting|editing|edited|compiled|produced) by\b)/i, 30],
  [/^(?:©|copyright\b|\(c\)\s)/i, 30],
  [/\ball rights reserved\b/i, 30],
  [/^(?:updated|published|posted)\b.*\bago$/i, 10],
  [/^comments?\s*\(\d+\)$/i, 3],
];

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s*(?:\p{Lu}[\p{L}'’.-]*|and|&|,))*$/u;

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** Lower case, surrounding emoji/punctuation removed, spaces collapsed, trailing "(3)" count dropped. */
function labelKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/\s+/g, ' ');
}

/** A photo/video placeholder line ("Photo", "BigPhoto"): captions sit next to it. */
export function isMediaMarker(paragraph: string): boolean {
  return paragraph.length <= 20 && MARKERS.has(labelKey(paragraph));
}

/** True for a paragraph that is page furniture rather than article prose. */
export function isBoilerplate(paragraph: string): boolean {
  const s = paragraph.trim();
  if (s.length === 0 || s.length > MAX_CHARS) return false;
  if (!/[\p{L}\p{N}]/u.test(s)) return true; // rules, bullets, emoji-only lines
  const key = labelKey(s);
  if (LABELS.has(key)) return true;
  const words = wordCount(s);
  const stripped = s.replace(/^[^\p{L}\p{N}©(]+/u, '');
  for (const [re, maxWords] of PATTERNS) if (words <= maxWords && re.test(stripped)) return true;
  if (words <= 15 && EMAIL.test(s)) return true;
  if (words <= 8 && BYLINE.test(stripped)) return true;
  const tokens = key.split(/[\s,|/•·]+/).filter(Boolean);
  if (tokens.length > 0 && tokens.length <= 10 && tokens.every((t) => SOCIAL.has(t)) && tokens.some((t) => NETWORKS.has(t))) {
    return true;
  }
  return false;
}

/** Common verbs and auxiliaries: a short line containing one is a sentence, not a tag. */
const VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'do', 'does', 'did', 'says', 'said', 'say', 'meet', 'meets', 'met', 'agree',
  'agrees', 'agreed', 'wins', 'won', 'dies', 'died', 'falls', 'fell', 'rises', 'rose', 'gets', 'got', 'make',
  'makes', 'made', 'hold', 'holds', 'held', 'take', 'takes', 'took',
]);

/**
 * A short tag line ("US and China", "Trade war"): at most 4 words, no
 * sentence punctuation at the end, no common verb. Only used for the lines
 * after the last prose paragraph, so section subheads inside the article
 * stay untouched.
 */
export function isShortTag(paragraph: string): boolean {
  const s = paragraph.trim();
  if (s.length === 0 || s.length > 60 || /[.!?:;,"”]$/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 4) return false;
  return !words.some((w) => VERBS.has(w.toLowerCase()));
}
