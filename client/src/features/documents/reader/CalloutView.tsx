import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { CALLOUT_TONES, calloutTone } from './calloutTones';

/** An "encadré" in the editor: its tone is written ("Attention") next to an icon, so it never depends on colour. */
export function CalloutView({ node }: ReactNodeViewProps) {
  const tone = calloutTone(node.attrs.tone);
  const { label, Icon } = CALLOUT_TONES[tone];
  return (
    <NodeViewWrapper as="aside" className="callout" data-tone={tone} data-callout="">
      <p className="callout-label" contentEditable={false}>
        <Icon aria-hidden="true" size={20} />
        {label}
      </p>
      <NodeViewContent className="callout-content" />
    </NodeViewWrapper>
  );
}
