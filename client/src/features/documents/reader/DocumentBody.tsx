import { isOwnImagePath, isSafeLinkUrl, LINK_REL } from '@cocon/shared/content-rules';
import type { CSSProperties, ReactNode } from 'react';
import { CALLOUT_TONES, calloutTone } from './calloutTones';
import { childrenOf, isDocumentNode, mentionText, textOf, type DocumentNode } from './documentJson';
import { headingIdMaker } from './headingIds';

/**
 * A stored document drawn as plain React elements, without the editor: the same tags, classes and attributes as
 * the schema's renderHTML and the editor's views (so the reading styles apply as they are), for pages that only
 * read. Links keep only web and e-mail addresses, images only Cocon's own; anything else is left out.
 */

type Mark = NonNullable<DocumentNode['marks']>[number];

/** The editor's minimum column width, which sets a table's minimum width like in the editor. */
const CELL_MIN_WIDTH = 25;
const LIST_TYPES = ['1', 'a', 'A', 'i', 'I'];
const sameMark = (a: Mark | undefined, b: Mark | undefined) =>
  !!a && !!b && a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

interface Context {
  /** Gives each heading its id, in the document's order (the table of contents links to them). */
  headingId: (text: string) => string;
}

function markElement(mark: Mark, children: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{children}</strong>;
    case 'italic':
      return <em key={key}>{children}</em>;
    case 'underline':
      return <u key={key}>{children}</u>;
    case 'strike':
      return <s key={key}>{children}</s>;
    case 'code':
      return <code key={key}>{children}</code>;
    case 'highlight':
      return <mark key={key}>{children}</mark>;
    case 'link': {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      return isSafeLinkUrl(href) ? (
        <a key={key} href={href} rel={LINK_REL}>
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      );
    }
    default:
      return <span key={key}>{children}</span>;
  }
}

function inlineLeaf(node: DocumentNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'hardBreak':
      return <br key={key} />;
    case 'mention': {
      const { kind, id, label } = node.attrs ?? {};
      return (
        <span
          key={key}
          data-kind={kind === 'STRUCTURE' ? 'STRUCTURE' : 'PERSON'}
          data-id={typeof id === 'string' ? id : undefined}
          data-label={String(label ?? '')}
          data-mention=""
          className="mention"
        >
          {mentionText(node)}
        </span>
      );
    }
    default:
      return null;
  }
}

/**
 * Inline content with its marks nested as ProseMirror nests them: neighbours that share a mark share one element
 * (`<strong>gras <em>et italique</em></strong>`), outer marks first.
 */
function inline(nodes: DocumentNode[], depth = 0): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length;) {
    const mark = nodes[i].marks?.[depth];
    if (!mark) {
      out.push(inlineLeaf(nodes[i], i));
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < nodes.length && sameMark(nodes[end].marks?.[depth], mark)) end += 1;
    out.push(markElement(mark, inline(nodes.slice(i, end), depth + 1), i));
    i = end;
  }
  return out;
}

/** A paragraph's or heading's content; an empty one (or one ending with a line break) keeps its line, as in the editor. */
function textBlock(node: DocumentNode): ReactNode[] {
  const content = childrenOf(node);
  const last = content.at(-1);
  return !last || last.type === 'hardBreak' ? [...inline(content), <br key="end" />] : inline(content);
}

function tableColumns(table: DocumentNode): { cols: CSSProperties[]; style: CSSProperties } {
  const cols: CSSProperties[] = [];
  let total = 0;
  let fixed = true;
  for (const cell of childrenOf(childrenOf(table)[0] ?? { type: 'tableRow' })) {
    const colspan = Number(cell.attrs?.colspan ?? 1) || 1;
    const widths = Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : [];
    for (let j = 0; j < colspan; j++) {
      const width = Number(widths[j]) || 0;
      total += width || CELL_MIN_WIDTH;
      if (!width) fixed = false;
      cols.push(width ? { width: `${width}px` } : { minWidth: `${CELL_MIN_WIDTH}px` });
    }
  }
  return { cols, style: fixed ? { width: `${total}px` } : { minWidth: `${total}px` } };
}

function cell(node: DocumentNode, key: number, context: Context): ReactNode {
  const Tag = node.type === 'tableHeader' ? 'th' : 'td';
  const align = node.attrs?.align;
  return (
    <Tag
      key={key}
      colSpan={Number(node.attrs?.colspan ?? 1) || 1}
      rowSpan={Number(node.attrs?.rowspan ?? 1) || 1}
      style={
        typeof align === 'string' && ['left', 'center', 'right', 'justify'].includes(align) ? { textAlign: align as CSSProperties['textAlign'] } : undefined
      }
    >
      {blocks(childrenOf(node), context)}
    </Tag>
  );
}

/** A task's checkbox is read, not ticked: it says "Fait" or "À faire" with the task's own words. */
function taskItem(node: DocumentNode, key: number, context: Context): ReactNode {
  const checked = node.attrs?.checked === true;
  const label = `${checked ? 'Fait' : 'À faire'} : ${textOf(childrenOf(node)[0] ?? node)}`;
  return (
    <li key={key} data-checked={checked}>
      <label>
        <input type="checkbox" checked={checked} readOnly aria-label={label} onClick={(event) => event.preventDefault()} />
        <span className="visually-hidden">{label}</span>
      </label>
      <div>{blocks(childrenOf(node), context)}</div>
    </li>
  );
}

function block(node: DocumentNode, key: number, context: Context): ReactNode {
  const children = () => blocks(childrenOf(node), context);
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{textBlock(node)}</p>;
    case 'heading': {
      // The page's title is its only h1: a level-1 heading of the text reads as an h2, as in the editor.
      const Tag = `h${Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)))}` as 'h2' | 'h3' | 'h4';
      const text = textOf(node).trim();
      return (
        <Tag key={key} id={text ? context.headingId(text) : undefined}>
          {textBlock(node)}
        </Tag>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      const type = node.attrs?.type;
      return (
        <ol
          key={key}
          start={start !== 1 && Number.isFinite(start) ? start : undefined}
          type={typeof type === 'string' && LIST_TYPES.includes(type) ? (type as '1') : undefined}
        >
          {children()}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'taskList':
      return (
        <ul key={key} data-type="taskList">
          {children()}
        </ul>
      );
    case 'taskItem':
      return taskItem(node, key, context);
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' && /^[\w-]+$/.test(node.attrs.language) ? `language-${node.attrs.language}` : undefined;
      return (
        <pre key={key}>
          <code className={language}>{textOf(node)}</code>
        </pre>
      );
    }
    case 'horizontalRule':
      return <hr key={key} />;
    case 'image': {
      const { src, alt, title, width, height } = node.attrs ?? {};
      if (!isOwnImagePath(typeof src === 'string' ? src : null)) return null;
      return (
        <img
          key={key}
          src={src as string}
          alt={typeof alt === 'string' ? alt : ''}
          title={typeof title === 'string' ? title : undefined}
          width={typeof width === 'number' ? width : undefined}
          height={typeof height === 'number' ? height : undefined}
          loading="lazy"
        />
      );
    }
    case 'table': {
      const { cols, style } = tableColumns(node);
      return (
        <div key={key} className="tableWrapper">
          <table style={style}>
            <colgroup>
              {cols.map((col, i) => (
                <col key={i} style={col} />
              ))}
            </colgroup>
            <tbody>
              {childrenOf(node).map((row, i) => (
                <tr key={i}>{childrenOf(row).map((entry, j) => cell(entry, j, context))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'callout': {
      const tone = calloutTone(node.attrs?.tone);
      const { label, Icon } = CALLOUT_TONES[tone];
      return (
        <aside key={key} className="callout" data-tone={tone} data-callout="">
          <p className="callout-label">
            <Icon aria-hidden="true" size={20} />
            {label}
          </p>
          <div className="callout-content">{children()}</div>
        </aside>
      );
    }
    default:
      // A kind of block this reader does not know yet: its text is still shown.
      return childrenOf(node).length ? <div key={key}>{children()}</div> : null;
  }
}

function blocks(nodes: DocumentNode[], context: Context): ReactNode[] {
  return nodes.map((node, i) => block(node, i, context));
}

/** The `.document-body` of a stored document, for reading. */
export function DocumentBody({ content }: { content: unknown }) {
  const context: Context = { headingId: headingIdMaker() };
  return <div className="document-body">{isDocumentNode(content) ? blocks(childrenOf(content), context) : null}</div>;
}
