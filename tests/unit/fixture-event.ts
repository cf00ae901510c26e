import type { ArticleEvent } from '../../src/content/schema';

/** A FIXTURE event (made up for the tests, not content): what a test names, the rest of a whole event filled in. */
export function fixtureEvent(id: string, date: ArticleEvent['date']): ArticleEvent {
  return { id, title: `Fixture ${id}`, date, kind: 'military', place: { site: 'fixture-site' }, actors: [], summary: 'fixture', sources: ['fixture-source'], passages: ['fixture#p1'] };
}
