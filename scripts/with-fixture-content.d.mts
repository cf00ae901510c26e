/** A temporary copy of content/ with the test fixture's files added (tests/fixtures/second-analysis). */
export function contentWithFixture(): string;
