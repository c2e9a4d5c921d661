import type { ReactNode } from 'react';
import { wordCountText } from './documentJson';
import './reader.css';

/**
 * A document's text with its table of contents: beside it on a wide screen, folded above it on a narrower one,
 * and the number of words under it. The same for the live editor and the light reader.
 */
export function ReadingLayout({ toc, words, children }: { toc: ReactNode; words: number; children: ReactNode }) {
  return (
    <div className="reading-layout">
      {toc}
      <div className="reading-main">
        {children}
        <p className="word-count">{wordCountText(words)}</p>
      </div>
    </div>
  );
}
