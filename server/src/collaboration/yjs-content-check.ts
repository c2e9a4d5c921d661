import { attributeProblem, attributesProblem, COLLABORATION_FIELD, isBlockOrInlineNodeName, isMarkName } from '@cocon/shared';
import * as Y from 'yjs';

/**
 * What the editor (tiptap's Collaboration, through y-prosemirror) writes into a document's Yjs state, and nothing
 * else: the root XmlFragment « default » holds XmlElements named after the schema's nodes, whose attributes are
 * plain values and whose children are XmlElements or XmlTexts; an XmlText holds strings and the schema's marks.
 * Attribute values follow the shared content rules (safe links, Cocon's own images, allowed values).
 */
function problemInChild(content: Y.Item['content']): string | null {
  if (!(content instanceof Y.ContentType)) return `${content.constructor.name} among the blocks`;
  const type = content.type;
  if (type instanceof Y.XmlText) return null;
  if (!(type instanceof Y.XmlElement)) return `${type.constructor.name} among the blocks`;
  if (!isBlockOrInlineNodeName(type.nodeName)) return `unknown node « ${type.nodeName} »`;
  // Its attributes came with it: read whole, so that a required one (an image's source) cannot be left out.
  return attributesProblem('node', type.nodeName, type.getAttributes());
}

/** The problem with one item a change adds, or null when the editor could have written it. */
export function problemInNewItem(item: Y.Item): string | null {
  if (item.deleted) return null;
  const parent = item.parent as Y.AbstractType<unknown> | null;
  if (!parent) return null;
  const content = item.content;
  if (parent instanceof Y.XmlText) {
    if (item.parentSub !== null) return `attribute « ${item.parentSub} » on a text`;
    if (content instanceof Y.ContentString) return null;
    if (!(content instanceof Y.ContentFormat)) return `${content.constructor.name} inside a text`;
    if (!isMarkName(content.key)) return `unknown mark « ${content.key} »`;
    // null ends the mark's run.
    return content.value === null ? null : attributesProblem('mark', content.key, content.value);
  }
  if (parent instanceof Y.XmlElement) {
    if (item.parentSub === null) return problemInChild(content);
    if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return `attribute « ${item.parentSub} » holding ${content.constructor.name}`;
    return attributeProblem('node', parent.nodeName, item.parentSub, content.arr[0]);
  }
  if (parent instanceof Y.XmlFragment && parent._item === null && Y.findRootTypeKey(parent) === COLLABORATION_FIELD) {
    if (item.parentSub !== null) return `attribute « ${item.parentSub} » on the document`;
    return problemInChild(content);
  }
  return `${parent.constructor.name} outside the editor’s field`;
}
