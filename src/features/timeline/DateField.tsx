import { useId, useState, type RefObject } from 'react';
import { formatDay, isoDay } from '../../content/dates';
import { useI18n } from '../../state/use-i18n';

interface DateFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Which end of a typed month or year is meant: its last day for "as of" and the end of a range, its first for a start. */
  end: 'first' | 'last';
  onChange: (day: number) => void;
  /** The input, for following a drag of the timeline without re-rendering (use-scrub-follow.ts). */
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * A date typed in the reader's language ("20 January 2025", "20 января 2025", "٢٠ يناير ٢٠٢٥", "2025-01-20",
 * "20/01/2025", or a month or a year), beside the slider. Set on Enter or on leaving the field; a date it cannot read
 * is said, not ignored, and one outside the timeline is brought to its nearest end, with a word.
 */
export function DateField({ label, value, min, max, end, onChange, inputRef }: DateFieldProps) {
  const { t, lang, locale } = useI18n();
  const id = useId();
  const shown = formatDay(value, 'day', locale);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = async () => {
    if (draft === null) return;
    // The reader (month names from Intl, in three languages) is fetched when a date is first typed, not with the page.
    const { parseTypedDate } = await import('./typed-date');
    const span = parseTypedDate(draft, lang);
    if (!span) {
      setProblem(t('timeline.typedUnreadable', { value: draft.slice(0, 40), example: formatDay(value, 'day', locale), iso: isoDay(value) }));
      return;
    }
    const day = end === 'first' ? span.start : span.end;
    const clamped = Math.min(max, Math.max(min, day));
    setProblem(clamped === day ? null : t('timeline.typedOutside', { start: formatDay(min, 'day', locale), end: formatDay(max, 'day', locale) }));
    setDraft(null);
    if (clamped !== value) onChange(clamped);
  };
  return (
    <span className="date-field">
      <input
        ref={inputRef}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={problem !== null && draft !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        value={draft ?? shown}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
        onFocus={() => void import('./typed-date')}
        onBlur={() => void commit()}
      />
      {problem && (
        <span id={`${id}-problem`} role="alert" className="date-field__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
