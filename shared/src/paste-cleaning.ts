/**
 * HTML pasted from Word, LibreOffice or a web page, made fit for the document schema before the editor reads it.
 * The schema itself already drops what it does not know (classes, fonts, colours, scripts, foreign images, unsafe
 * links) and reads only the styles that mean bold or italic (Google Docs wraps everything in a <b> made normal
 * by its style, so styles stay until then); this step handles what it would misread: Word's lists, which are paragraphs with a typed bullet, Word's
 * namespaced tags and conditional comments, and the empty paragraphs office suites use for spacing.
 *
 * It works on a DOM Document (the browser's, or happy-dom's in tests), so the editor and the tests run the same code.
 */

/** Tags whose content is never text of the document. */
const DROPPED_TAGS = ['script', 'style', 'meta', 'link', 'title', 'xml', 'template', 'iframe', 'object', 'embed', 'noscript', 'form'];

const WORD_LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\s*(\(?[0-9]{1,3}|[ivxlc]{1,6}|[a-z])[.)]\s*$/i;

export function cleanPastedDocument(doc: Document): void {
  removeComments(doc);
  for (const element of [...doc.querySelectorAll(DROPPED_TAGS.join(','))]) element.remove();
  // Word's <o:p>, <w:…>, <v:…>: office markup, whose content (if any) is a stray space.
  for (const element of [...doc.body.querySelectorAll('*')]) {
    if (element.tagName.includes(':')) element.remove();
  }
  convertWordLists(doc);
  removeEmptyParagraphs(doc);
}

/** The text/html clipboard content, cleaned: what the editor's transformPastedHTML returns. */
export function cleanPastedHtml(html: string, parser: { parseFromString(html: string, type: 'text/html'): Document }): string {
  const doc = parser.parseFromString(html, 'text/html');
  cleanPastedDocument(doc);
  return doc.body.innerHTML;
}

function removeComments(doc: Document) {
  const walker = doc.createTreeWalker(doc.body ?? doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function isEmptyParagraph(element: Element): boolean {
  return element.tagName === 'P' && element.querySelector('img, br, [data-mention]') === null && (element.textContent ?? '').replace(/[\s\u00a0]/g, '') === '';
}

function removeEmptyParagraphs(doc: Document) {
  for (const paragraph of [...doc.body.querySelectorAll('p')]) {
    if (isEmptyParagraph(paragraph) && paragraph.parentElement?.tagName !== 'TD' && paragraph.parentElement?.tagName !== 'TH') paragraph.remove();
  }
}

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

/** A paragraph Word styled as a list item, with its level and whether its typed marker is a number or a bullet. */
function wordListItem(element: Element): WordListItem | null {
  if (element.tagName !== 'P') return null;
  const style = element.getAttribute('style') ?? '';
  const match = WORD_LIST_STYLE.exec(style);
  const className = element.getAttribute('class') ?? '';
  if (!match && !/MsoListParagraph/i.test(className)) return null;
  // The marker ("1.", "a)", "·", "o", "§") is typed text in a span Word tags mso-list:Ignore.
  const marker = [...element.querySelectorAll('span')].find((span) => /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''));
  const markerText = marker?.textContent?.replace(/\u00a0/g, ' ') ?? '';
  marker?.remove();
  return { paragraph: element, level: match ? Number(match[2]) : 1, ordered: ORDERED_MARKER.test(markerText) };
}

/** Turns each run of consecutive Word list paragraphs into nested <ul>/<ol> lists. */
function convertWordLists(doc: Document) {
  const paragraphs = [...doc.body.querySelectorAll('p')];
  const handled = new Set<Element>();
  for (const first of paragraphs) {
    if (handled.has(first)) continue;
    const firstItem = wordListItem(first);
    if (!firstItem) continue;
    const run: WordListItem[] = [firstItem];
    handled.add(first);
    let next = nextElement(first);
    while (next && !handled.has(next)) {
      const item = wordListItem(next);
      if (!item) break;
      run.push(item);
      handled.add(next);
      next = nextElement(next);
    }
    first.parentNode?.insertBefore(buildList(doc, run), first);
    for (const item of run) item.paragraph.remove();
  }
}

function nextElement(element: Element): Element | null {
  let sibling = element.nextSibling;
  // Whitespace between Word's paragraphs does not break a list.
  while (sibling && sibling.nodeType === 3 && (sibling.textContent ?? '').trim() === '') sibling = sibling.nextSibling;
  return sibling && sibling.nodeType === 1 ? (sibling as Element) : null;
}

function buildList(doc: Document, items: WordListItem[]): Element {
  const baseLevel = Math.min(...items.map((item) => item.level));
  const root = doc.createElement(items[0].ordered ? 'ol' : 'ul');
  // The open list at each depth, and its last item (where a deeper list goes).
  const stack: { list: Element; lastItem: Element | null }[] = [{ list: root, lastItem: null }];
  for (const item of items) {
    const depth = Math.max(0, item.level - baseLevel);
    while (stack.length > depth + 1) stack.pop();
    while (stack.length < depth + 1) {
      const parent = stack[stack.length - 1];
      const holder = parent.lastItem ?? parent.list.appendChild(doc.createElement('li'));
      parent.lastItem = holder;
      const nested = holder.appendChild(doc.createElement(item.ordered ? 'ol' : 'ul'));
      stack.push({ list: nested, lastItem: null });
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    while (item.paragraph.firstChild) paragraph.appendChild(item.paragraph.firstChild);
    li.appendChild(paragraph);
    const current = stack[stack.length - 1];
    current.list.appendChild(li);
    current.lastItem = li;
  }
  return root;
}
