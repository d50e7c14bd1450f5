// "Similar News" / "Related" link lists: the heading and the headline-like
// lines after it are page furniture; the first line of prose ends the list.
import { describe, expect, test } from '@jest/globals';
import { isLinkListItem, isRelatedHeading } from '../../src/ingest/boilerplate.js';
import { parseSource } from '../../src/ingest/parse.js';

const excludedLines = (text: string) => {
  const s = parseSource(text, { id: 'x', path: 'x.md' }).source;
  return s.excluded.filter((r) => r.reason === 'boilerplate').flatMap((r) => s.text.slice(r.start, r.end).split('\n').filter(Boolean));
};

describe('link lists', () => {
  test.each([
    ['Similar News', true],
    ['Related articles:', true],
    ['YOU MAY ALSO LIKE', true],
    ['More from The Daily Example', true],
    ['Read more', true],
    ['Related to the budget, the council said more.', false],
    ['Similar news came from the north on Monday and the council met.', false],
  ])('isRelatedHeading(%j) = %s', (line, expected) => {
    expect(isRelatedHeading(line)).toBe(expected);
  });

  test.each([
    ['Ferry fares to rise 15% in April', true],
    ['Why the council voted 9 to 4?', true],
    ['The council approved the plan on Tuesday.', false],
    ['He said:', false],
    ['A very long line that goes on and on with many words in it so that it reads like prose and not like a headline at all', false],
  ])('isLinkListItem(%j) = %s', (line, expected) => {
    expect(isLinkListItem(line)).toBe(expected);
  });

  test('the list ends at the first prose paragraph; prose after it still yields sentences', () => {
    const text = [
      'Bridge closes for repairs',
      'The bridge will close for 14 days, officials said.',
      'Similar News',
      'Ferry fares to rise 15% in April',
      'Council hires 40 new inspectors',
      'The department said 3 lanes would stay open at night.',
      '',
    ].join('\n\n');
    expect(excludedLines(text)).toEqual(['Similar News', 'Ferry fares to rise 15% in April', 'Council hires 40 new inspectors']);
  });

  test('a subheading that is not a related-links heading leaves the headline-like lines after it alone', () => {
    const text = ['Budget passes', 'The council approved the plan.', 'What changes', 'Fares rise 15% in April', 'The vote was 9 to 4.', ''].join('\n\n');
    expect(excludedLines(text)).toEqual([]);
  });
});
