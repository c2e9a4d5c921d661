import type { DiffSection, DocumentDiff } from '@cocon/shared/diff/document-diff';
import { foldRuns, paragraphs, sectionChanged, sectionNumbers, statsText, titleEntries } from '../lib/diffLayout';
import { wordChanges } from '../lib/words';
import { DiffEntryView, type DiffMode } from './DiffEntryView';
import { Expandable } from './Expandable';

export const chapterId = (index: number) => `chapitre-${index + 1}`;

interface Props {
  diff: DocumentDiff;
  mode: DiffMode;
  beforeLabel: string;
  afterLabel: string;
}

/** The compared text, chapter by chapter; unchanged chapters and long unchanged runs are folded. */
export function DiffView({ diff, mode, beforeLabel, afterLabel }: Props) {
  return (
    <div className={`diff diff--${mode}`}>
      {mode === 'columns' && (
        // Each cell also says "Avant"/"Après" for screen readers and stacked phones.
        <div className="diff-columns-head" aria-hidden="true">
          <div>Avant : {beforeLabel}</div>
          <div>Après : {afterLabel}</div>
        </div>
      )}
      {diff.sections.map((section, index) => (
        <DiffChapter key={index} section={section} id={chapterId(index)} mode={mode} />
      ))}
    </div>
  );
}

function DiffChapter({ section, id, mode }: { section: DiffSection; id: string; mode: DiffMode }) {
  const changed = sectionChanged(section);
  const skip = titleEntries(section);
  const numbers = sectionNumbers(section);
  const entry = (index: number) => (
    <DiffEntryView key={index} entry={section.entries[index]} mode={mode} numbers={{ before: numbers.before[index], after: numbers.after[index] }} />
  );
  const words = wordChanges(section.stats.wordsAdded, section.stats.wordsRemoved);

  return (
    <section aria-labelledby={id} className={`diff-chapter${changed ? '' : ' diff-chapter--unchanged'}`}>
      <h2 id={id} className="diff-chapter-title" tabIndex={-1}>
        {section.title}
      </h2>
      {changed ? (
        <>
          <p className="diff-chapter-stats">
            {statsText(section.stats, section)}
            {words && <> · {words}</>}
          </p>
          {foldRuns(section.entries, skip).map((run) =>
            run.kind === 'entry' ? (
              entry(run.index)
            ) : (
              <Expandable key={`fold-${run.entries[0].index}`} className="diff-fold" label={`${paragraphs(run.entries.length)} inchangés`}>
                {run.entries.map((item) => entry(item.index))}
              </Expandable>
            ),
          )}
        </>
      ) : (
        <Expandable className="diff-fold diff-fold--chapter" label={`Chapitre inchangé (${paragraphs(section.entries.length - skip)})`}>
          {section.entries.slice(skip).map((_, offset) => entry(offset + skip))}
        </Expandable>
      )}
    </section>
  );
}

/** The per-chapter summary at the top: each chapter's changes, a link to it. */
export function ChapterSummary({ diff }: { diff: DocumentDiff }) {
  return (
    <ul className="chapter-summary">
      {diff.sections.map((section, index) => {
        const changed = sectionChanged(section);
        return (
          <li key={index} className={changed ? 'chapter-summary-item--changed' : 'chapter-summary-item--unchanged'}>
            <a href={`#${chapterId(index)}`} className="text-link">
              {section.title}
            </a>{' '}
            : {changed ? statsText(section.stats, section) : 'inchangé'}
          </li>
        );
      })}
    </ul>
  );
}
