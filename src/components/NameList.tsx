import { Fragment } from 'react';

/**
 * Names, each isolated (`<bdi>`), so a Latin or Cyrillic name inside Arabic text (or the reverse) keeps its own
 * direction and does not reorder its neighbours or mirror their punctuation; joined by the language's separator.
 */
export function NameList({ names, separator }: { names: readonly string[]; separator: string }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={`${i}-${name}`}>
          {i > 0 && separator}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
